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

const core = path.join(src, 'core');
/** The core feature a file belongs to (its folder under src/core), if any. */
const featureOf = (file: string) =>
  file.startsWith(core + path.sep) ? path.relative(core, file).split(path.sep)[0] : undefined;

/** Where a relative import lands: a .ts file, or a folder's index.ts. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
}

/** The imports of `file` that reach into another core feature past its index.ts. */
function pastTheIndex(file: string, imports = importsOf(file)): string[] {
  return imports
    .filter((m) => m.startsWith('.'))
    .filter((m) => {
      const target = resolveImport(file, m);
      const feature = target && featureOf(target);
      if (!feature || feature === featureOf(file)) return false;
      return target !== path.join(core, feature, 'index.ts');
    });
}

// A feature is read through what it chooses to show; its files may move without breaking others.
describe('core features are imported only through their index.ts', () => {
  const features = fs
    .readdirSync(core, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  test.each(features)('%s has an index.ts', (feature) => {
    expect(fs.existsSync(path.join(core, feature, 'index.ts'))).toBe(true);
  });

  test.each(filesUnder(src).map((f) => [path.relative(src, f), f]))('%s', (_name, file) => {
    expect(pastTheIndex(file)).toEqual([]);
  });

  test('an import past the index is caught, one through it is not', () => {
    const adapter = path.join(src, 'slack', 'app.ts');
    const imports = ['../core/kudos/give-kudos', '../core/kudos', './kit/context'];
    expect(pastTheIndex(adapter, imports)).toEqual(['../core/kudos/give-kudos']);
  });
});
