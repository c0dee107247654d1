/**
 * `npm run package:teams`: fills the placeholders of manifests/teams/manifest.json from the
 * environment, checks the result against Microsoft's published manifest schema and zips it with
 * its two icons into dist/teams/frontline-teams.zip, the file an admin uploads to Teams.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { ZipFile } from 'yazl';

const root = path.resolve(__dirname, '..');
export const MANIFEST_DIR = path.join(root, 'manifests', 'teams');
export const SCHEMA_PATH = path.join(
  root,
  'test',
  'fixtures',
  'teams',
  'MicrosoftTeams.schema.json',
);
export const DEFAULT_OUT_DIR = path.join(root, 'dist', 'teams');
export const PACKAGE_NAME = 'frontline-teams.zip';
/** What Teams reads from the package root, with the icon sizes it insists on. */
export const ICON_SIZES = { 'color.png': 192, 'outline.png': 32 } as const;
export const PACKAGE_FILES = ['manifest.json', ...Object.keys(ICON_SIZES)];

/** A problem the person running the script can fix; its message says how. */
export class TeamsPackageError extends Error {}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const DRAFT_04 = 'http://json-schema.org/draft-04/schema#';

export type PackageEnv = Partial<Record<'MicrosoftAppId' | 'FRONTLINE_DOMAIN', string>>;

/** The placeholder values, or every problem with them at once. */
function placeholderValues(env: PackageEnv): Record<string, string> {
  const problems: string[] = [];
  const appId = env.MicrosoftAppId?.trim() ?? '';
  const domain = env.FRONTLINE_DOMAIN?.trim() ?? '';
  if (!appId) {
    problems.push(
      "MicrosoftAppId is not set: set it to the bot's Microsoft App ID (a GUID), the same value Frontline runs with.",
    );
  } else if (!GUID.test(appId)) {
    problems.push(
      `MicrosoftAppId must be a GUID such as 00000000-0000-0000-0000-000000000000, not "${appId}".`,
    );
  }
  if (!domain) {
    problems.push(
      'FRONTLINE_DOMAIN is not set: set it to the public host name Frontline is served from, e.g. frontline.example.com.',
    );
  } else if (!HOST_NAME.test(domain)) {
    problems.push(
      `FRONTLINE_DOMAIN must be a bare host name such as frontline.example.com (no https://, path or port), not "${domain}".`,
    );
  }
  if (problems.length > 0) throw new TeamsPackageError(problems.join('\n'));
  return { MicrosoftAppId: appId, FRONTLINE_DOMAIN: domain.toLowerCase() };
}

/** The manifest template with every {{NAME}} replaced; the values are checked first. */
export function fillManifest(template: string, env: PackageEnv): Record<string, unknown> {
  const values = placeholderValues(env);
  const filled = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new TeamsPackageError(`manifest.json has a placeholder ${whole} that nothing fills.`);
    }
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

export function readManifestTemplate(): string {
  return fs.readFileSync(path.join(MANIFEST_DIR, 'manifest.json'), 'utf8');
}

/** draft-04 keywords that draft-07 reads differently; none may appear in the schema. */
function draft04OnlyKeywords(node: unknown, at = '#'): string[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => draft04OnlyKeywords(item, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here = `${at}/${key}`;
    const differs =
      (['exclusiveMinimum', 'exclusiveMaximum'].includes(key) && typeof value === 'boolean') ||
      (key === 'id' && typeof value === 'string');
    return [...(differs ? [here] : []), ...draft04OnlyKeywords(value, here)];
  });
}

/**
 * Microsoft's schema says draft-04 but already uses draft-06's `const`. Ajv 8 has no draft-04
 * mode, so it is read with the draft-07 vocabulary, after checking that it uses no keyword that
 * the two drafts read differently.
 */
export function compileManifestSchema(schemaText = fs.readFileSync(SCHEMA_PATH, 'utf8')) {
  const { $schema, ...schema } = JSON.parse(schemaText) as Record<string, unknown>;
  if ($schema !== DRAFT_04) {
    throw new TeamsPackageError(`Expected a draft-04 manifest schema, found ${String($schema)}.`);
  }
  const differing = draft04OnlyKeywords(schema);
  if (differing.length > 0) {
    throw new TeamsPackageError(`The schema uses draft-04-only keywords: ${differing.join(', ')}.`);
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const errorLine = (e: ErrorObject) =>
  `${e.instancePath || '/'} ${e.message ?? e.keyword}${
    e.keyword === 'additionalProperties' ? ` (${String(e.params.additionalProperty)})` : ''
  }${e.keyword === 'enum' ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`;

/** Every way the manifest breaks the schema, one line each; empty when it is valid. */
export function validateManifest(manifest: unknown, validate = compileManifestSchema()): string[] {
  return validate(manifest) ? [] : (validate.errors ?? []).map(errorLine);
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 24 || !png.subarray(0, 8).equals(signature)) return undefined;
  if (png.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function readIcons(): Map<string, Buffer> {
  const icons = new Map<string, Buffer>();
  const problems: string[] = [];
  for (const [name, side] of Object.entries(ICON_SIZES)) {
    const file = path.join(MANIFEST_DIR, name);
    if (!fs.existsSync(file)) {
      problems.push(`${name} is missing from manifests/teams.`);
      continue;
    }
    const png = fs.readFileSync(file);
    const size = pngSize(png);
    if (!size) problems.push(`${name} is not a PNG.`);
    else if (size.width !== side || size.height !== side) {
      problems.push(`${name} is ${size.width}×${size.height}; Teams needs ${side}×${side}.`);
    }
    icons.set(name, png);
  }
  if (problems.length > 0) throw new TeamsPackageError(problems.join('\n'));
  return icons;
}

function writeZip(entries: Map<string, Buffer>, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const [name, data] of entries) zip.addBuffer(data, name);
    const out = fs.createWriteStream(file);
    out.once('close', () => resolve());
    out.once('error', reject);
    zip.outputStream.once('error', reject).pipe(out);
    zip.end();
  });
}

/** Builds the package and returns the zip's path; throws TeamsPackageError on a fixable problem. */
export async function packageTeams(
  env: PackageEnv,
  outDir: string = DEFAULT_OUT_DIR,
): Promise<string> {
  const manifest = fillManifest(readManifestTemplate(), env);
  const problems = validateManifest(manifest);
  if (problems.length > 0) {
    throw new TeamsPackageError(
      `manifest.json does not match the Teams manifest schema:\n${problems.join('\n')}`,
    );
  }
  const entries = new Map<string, Buffer>([
    ['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)],
  ]);
  for (const [name, png] of readIcons()) entries.set(name, png);

  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, PACKAGE_NAME);
  await writeZip(entries, file);
  return file;
}

if (require.main === module) {
  packageTeams(process.env).then(
    (file) => console.log(path.relative(process.cwd(), file) || file),
    (err: unknown) => {
      if (err instanceof TeamsPackageError) {
        console.error(`Cannot build the Teams package:\n${err.message}`);
      } else {
        console.error(err);
      }
      process.exitCode = 1;
    },
  );
}
