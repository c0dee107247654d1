import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {
  MANIFEST_DIR,
  PACKAGE_FILES,
  SCHEMA_PATH,
  TeamsPackageError,
  compileManifestSchema,
  fillManifest,
  packageTeams,
  readManifestTemplate,
  validateManifest,
} from '../../../scripts/package-teams';

const APP_ID = '8f2b6c1e-4d3a-4b5c-9e7f-1a2b3c4d5e6f';
const DOMAIN = 'frontline.example.com';
const env = { MicrosoftAppId: APP_ID, FRONTLINE_DOMAIN: DOMAIN };

interface Command {
  id?: string;
  title: string;
  description?: string;
  type?: string;
  context?: string[];
  fetchTask?: boolean;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  developer: Record<string, string>;
  icons: { color: string; outline: string };
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles?: boolean;
    commandLists: { scopes: string[]; commands: Command[] }[];
  }[];
  composeExtensions: { botId: string; commands: Command[] }[];
  validDomains: string[];
}

const template = readManifestTemplate();
const manifest = fillManifest(template, env) as unknown as Manifest;
const validate = compileManifestSchema();

describe('the Teams manifest', () => {
  it('matches the vendored Teams manifest schema once its placeholders are filled', () => {
    expect(validateManifest(manifest, validate)).toEqual([]);
  });

  it('is checked for real: the schema rejects a bot id that is not a GUID and an unknown context', () => {
    const broken = JSON.parse(JSON.stringify(manifest)) as Manifest;
    broken.bots[0]!.botId = 'frontline-bot';
    broken.composeExtensions[0]!.commands[0]!.context = ['messages'];
    const problems = validateManifest(broken, validate);
    expect(problems.some((p) => p.startsWith('/bots/0/botId'))).toBe(true);
    expect(problems.some((p) => p.startsWith('/composeExtensions/0/commands/0/context/0'))).toBe(
      true,
    );
  });

  it('names the schema version it was checked against', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as {
      properties: { manifestVersion: { const: string } };
    };
    expect(manifest.manifestVersion).toBe(schema.properties.manifestVersion.const);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });

  it('takes the app id and the domain from the environment everywhere they are needed', () => {
    expect(template).toContain('{{MicrosoftAppId}}');
    expect(JSON.stringify(manifest)).not.toMatch(/\{\{|\}\}/);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0]!.botId).toBe(APP_ID);
    expect(manifest.composeExtensions[0]!.botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual([DOMAIN]);
    for (const url of Object.values(manifest.developer).filter((v) => v.includes('://'))) {
      expect(url.startsWith(`https://${DOMAIN}/`)).toBe(true);
    }
  });

  it('names every missing or malformed variable in one error', () => {
    expect(() => fillManifest(template, {})).toThrow(TeamsPackageError);
    expect(() => fillManifest(template, {})).toThrow(/MicrosoftAppId[\s\S]*FRONTLINE_DOMAIN/);
    expect(() => fillManifest(template, { ...env, MicrosoftAppId: 'frontline' })).toThrow(
      /MicrosoftAppId must be a GUID/,
    );
    for (const domain of ['https://frontline.example.com', 'frontline.example.com/bot', 'a b']) {
      expect(() => fillManifest(template, { ...env, FRONTLINE_DOMAIN: domain })).toThrow(
        /FRONTLINE_DOMAIN must be a bare host name/,
      );
    }
  });

  it('offers the two message actions, opening a dialog from any message', () => {
    const commands = manifest.composeExtensions[0]!.commands;
    expect(commands.map((c) => c.id)).toEqual(['giveKudosForThis', 'reportAbusiveClient']);
    for (const command of commands) {
      expect(command).toMatchObject({ type: 'action', context: ['message'], fetchTask: true });
    }
    expect(commands.map((c) => c.title)).toEqual(['Give kudos for this', 'Report abusive client']);
  });

  it('lets files be sent to the bot, so a forwarded .eml reaches it in a personal chat', () => {
    expect(manifest.bots[0]!.supportsFiles).toBe(true);
    // The schema knows the property: a wrong type is refused.
    const broken = JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>;
    (broken.bots as Record<string, unknown>[])[0]!.supportsFiles = 'yes';
    const problems = validateManifest(broken as unknown as Manifest, validate);
    expect(problems.some((p) => p.startsWith('/bots/0/supportsFiles'))).toBe(true);
  });

  it('lists kudos and help in every scope, and escalate only in a personal chat', () => {
    const bot = manifest.bots[0]!;
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const titlesIn = (scope: string) =>
      bot.commandLists
        .filter((l) => l.scopes.includes(scope))
        .flatMap((l) => l.commands.map((c) => c.title));
    for (const scope of bot.scopes) {
      expect(titlesIn(scope)).toEqual(expect.arrayContaining(['kudos', 'help']));
      expect(titlesIn(scope).includes('escalate')).toBe(scope === 'personal');
      // The home is the person's own: offered only in their personal chat.
      expect(titlesIn(scope).includes('home')).toBe(scope === 'personal');
    }
  });
});

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** RGBA, 4 bytes a pixel. */
  pixels: Buffer;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG, undoing every row filter. */
function decodePng(file: string): Png {
  const data = fs.readFileSync(file);
  expect(data.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('ascii', at + 4, at + 8);
    const body = data.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8); // bit depth
      colorType = body[9]!;
      expect(body[12]).toBe(0); // not interlaced
    } else if (type === 'IDAT') {
      idat.push(body);
    }
    at += 12 + length;
  }
  expect([2, 6]).toContain(colorType);
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const pixels = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < width * height; i++)
    out.copy(pixels, i * 4, i * channels, (i + 1) * channels);
  return { width, height, colorType, pixels };
}

describe('the Teams icons', () => {
  it('are a 192×192 colour icon and a 32×32 outline icon', () => {
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    const color = decodePng(path.join(MANIFEST_DIR, 'color.png'));
    const outline = decodePng(path.join(MANIFEST_DIR, 'outline.png'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('draw the outline in white on a transparent background', () => {
    const { colorType, pixels } = decodePng(path.join(MANIFEST_DIR, 'outline.png'));
    expect(colorType).toBe(6);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const alpha = pixels[i + 3]!;
      if (alpha === 0) transparent++;
      else expect([...pixels.subarray(i, i + 3)]).toEqual([255, 255, 255]);
      if (alpha === 255) opaque++;
    }
    // A real glyph: some solid white, and a background to see it on.
    expect(opaque).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
  });
});

/** Name → contents of each entry, read through the zip's central directory. */
function readZip(file: string): Map<string, Buffer> {
  const zip = fs.readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThanOrEqual(0);
  const count = zip.readUInt16LE(end + 10);
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const stored = zip.subarray(start, start + compressedSize);
    entries.set(name, method === 8 ? zlib.inflateRawSync(stored) : Buffer.from(stored));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('npm run package:teams', () => {
  let outDir: string;
  beforeEach(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-teams-'));
  });
  afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('zips exactly the filled manifest and the two icons at the root', async () => {
    const file = await packageTeams(env, outDir);
    expect(file).toBe(path.join(outDir, 'frontline-teams.zip'));
    const entries = readZip(file);
    expect([...entries.keys()].sort()).toEqual([...PACKAGE_FILES].sort());
    expect(PACKAGE_FILES).toHaveLength(3);
    const packed = JSON.parse(entries.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(packed.id).toBe(APP_ID);
    expect(packed.validDomains).toEqual([DOMAIN]);
    for (const icon of ['color.png', 'outline.png']) {
      expect(entries.get(icon)).toEqual(fs.readFileSync(path.join(MANIFEST_DIR, icon)));
    }
  });

  it('writes nothing when a variable is missing', async () => {
    await expect(packageTeams({ FRONTLINE_DOMAIN: DOMAIN }, outDir)).rejects.toThrow(
      /MicrosoftAppId/,
    );
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('exits non-zero from the command line with a message that names the variable', () => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, FRONTLINE_DOMAIN: DOMAIN };
    delete childEnv.MicrosoftAppId;
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', path.join('scripts', 'package-teams.ts')],
      { cwd: path.resolve(__dirname, '..', '..', '..'), env: childEnv, encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot build the Teams package');
    expect(run.stderr).toContain('MicrosoftAppId is not set');
    expect(run.stdout).toBe('');
  });
});
