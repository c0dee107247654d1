// Jest runs CommonJS; a few dependencies ship only ES modules (Node itself can require them).
// Turn those into CommonJS for the tests; a CommonJS module already has its own `require`.
const ts = require('typescript');

module.exports = {
  process(source, filename) {
    const commonJs = source
      .replace(/const require = createRequire\(import\.meta\.url\);/g, '')
      .replace(/import\.meta\.url/g, 'require("url").pathToFileURL(__filename).href');
    const out = ts.transpileModule(commonJs, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        allowJs: true,
      },
    });
    return { code: out.outputText };
  },
};
