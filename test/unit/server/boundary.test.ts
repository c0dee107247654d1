import fs from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '..', '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (file: string) =>
  [
    ...fs
      .readFileSync(file, 'utf8')
      .matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g),
  ].map((m) => m[1]!);

// The core is the product; platforms are adapters around it.
describe.each(['core', 'i18n', 'db', 'jobs'])('src/%s knows no chat platform', (folder) => {
  const files = filesUnder(path.join(src, folder));

  test('has files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  test.each(files.map((f) => [path.relative(src, f), f]))('%s', (_name, file) => {
    const platformImports = importsOf(file).filter(
      (m) =>
        /^(@slack\/|botbuilder|botframework-)/.test(m) || /(^|\/)(slack|teams|shell)(\/|$)/.test(m),
    );
    expect(platformImports).toEqual([]);
  });
});
