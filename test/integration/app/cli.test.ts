import { first, written } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../src/cli';
import { openDatabase } from '../../../src/db/database';
import { clientScores, kudos, people, workspaces } from '../../../src/db/schema';
import { tempDbPath } from '../../support/test-database';
import { MockSlackApi } from '../../support/mock-slack-api';
import { typeIntoShell } from '../../support/shell-session';
import { createLogger } from '../../../src/log';
import { t } from '../../../src/i18n';
import { inTurn } from '../../support/in-turn';

let dbPath: string;
const saved = process.env.DATABASE_PATH;

beforeEach(() => {
  dbPath = tempDbPath();
  process.env.DATABASE_PATH = dbPath;
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_PATH;
  else process.env.DATABASE_PATH = saved;
});

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

test('migrate creates the database and its folder', async () => {
  const result = await cli('migrate');
  expect(result.code).toBe(0);
  expect(fs.existsSync(dbPath)).toBe(true);
});

test('backup copies the database while it is open elsewhere, and will not overwrite a file', async () => {
  const live = openDatabase(dbPath);
  try {
    await live.db.insert(workspaces).values({ platform: 'slack', externalId: 'TLIVE' });
    const copy = path.join(path.dirname(dbPath), 'copy.db');
    const result = await cli('backup', copy);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`backed up to ${copy}`);
    const restored = openDatabase(copy);
    expect((await restored.db.select().from(workspaces)).map((w) => w.externalId)).toEqual([
      'TLIVE',
    ]);
    restored.close();
    const again = await cli('backup', copy);
    expect(again.code).toBe(2);
    expect(again.err).toContain('exists already');
    expect((await cli('backup')).err).toContain('frontline backup FILE.db');
  } finally {
    live.close();
  }
});

test('import people reports unusable rows and imports the rest; export prints kudos', async () => {
  const csv = path.join(path.dirname(dbPath), 'people.csv');
  fs.writeFileSync(
    csv,
    [
      'person,name,manager,team,timezone,locale',
      'UANA,Ana,boss@example.com,Support,Europe/Vilnius,lt',
      'boss@example.com,Bo Boss,,Support,Europe/Bucharest,ro',
      'not-an-id,Nobody,,,,',
      'UCY,Cy,,,Mars/Olympus,en',
    ].join('\n'),
  );
  const imported = await cli('import', 'people', csv, '--workspace', 'T1', '--create');
  expect(imported.code).toBe(1);
  expect(imported.out).toContain('2 created');
  expect(imported.out).toContain('1 managers set');
  expect(imported.err).toContain('row 4: person "not-an-id"');
  expect(imported.err).toContain('row 5: unknown timezone "Mars/Olympus"');

  const { db, close } = openDatabase(dbPath);
  const [ws] = await db.select().from(workspaces);
  const all = await db.select().from(people);
  const ana = all.find((p) => p.platformUserId === 'UANA')!;
  const boss = all.find((p) => p.email === 'boss@example.com')!;
  expect(ana.managerId).toBe(boss.id);
  await db.insert(kudos).values({
    workspaceId: ws!.id,
    giverId: boss.id,
    recipientId: ana.id,
    words: 'Calm, kind, and "right" on the renewal',
    values: ['care'],
    source: 'command',
    sourceRef: 'x1',
    createdAt: new Date('2026-11-02T09:00:00Z'),
  });
  close();

  const json = await cli('export', 'kudos', '--format', 'json', '--since', '2026-11-01');
  expect(json.code).toBe(0);
  expect(JSON.parse(json.out)).toEqual([
    expect.objectContaining({ giver: 'Bo Boss', recipient: 'Ana', values: ['care'] }),
  ]);
  const later = await cli('export', 'kudos', '--format', 'json', '--since', '2026-11-03');
  expect(JSON.parse(later.out)).toEqual([]);
  const csvOut = await cli('export', 'kudos', '--format', 'csv');
  expect(csvOut.out.split('\r\n')[1]).toContain('"Calm, kind, and ""right"" on the renewal"');
});

test('bad arguments get a clear message and usage', async () => {
  const result = await cli('export', 'kudos', '--format', 'xml');
  expect(result.code).toBe(2);
  expect(result.err).toContain('--format is csv or json');
  expect(result.err).toContain('Usage: frontline');
  expect((await cli('import', 'people')).err).toContain('name the CSV file');
  expect((await cli('export', 'kudos', '--since', 'yesterday')).err).toContain('--since is a date');
});

test('digest preview prints a manager’s digest; digest send --now and summary send deliver', async () => {
  const slack = await new MockSlackApi().start();
  const env = { ...process.env };
  process.env.SLACK_BOT_TOKEN = 'xoxb-cli';
  process.env.SLACK_SIGNING_SECRET = 'cli-secret';
  process.env.SLACK_API_URL = slack.url;
  try {
    const { db, close } = openDatabase(dbPath);
    const ws = await written(
      db
        .insert(workspaces)
        .values({ platform: 'slack', externalId: 'T1', summaryChannel: 'CSUM' })
        .returning(),
    );
    const boss = await written(
      db
        .insert(people)
        .values({
          workspaceId: ws.id,
          platformUserId: 'UBOSS',
          name: 'Bo',
          email: 'bo@example.com',
        })
        .returning(),
    );
    const ana = await written(
      db
        .insert(people)
        .values({ workspaceId: ws.id, platformUserId: 'UANA', name: 'Ana', managerId: boss.id })
        .returning(),
    );
    await db.insert(kudos).values({
      workspaceId: ws.id,
      giverId: boss.id,
      recipientId: ana.id,
      words: 'Ana turned an angry call into a renewal',
      source: 'command',
      sourceRef: 'k1',
      createdAt: new Date(Date.now() - 60_000),
    });
    close();

    const preview = await cli('digest', 'preview', '--manager', 'bo@example.com');
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('Ana turned an angry call into a renewal');
    expect(preview.out).toContain('[Send thanks]');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);

    const sent = await cli('digest', 'send', '--now');
    expect(sent.out).toContain('1 digests queued');
    const dms = slack.callsTo('chat.postMessage');
    expect(dms.map((c) => c.args.channel)).toEqual(['UBOSS']);
    // Sent once: asking again finds nothing new since this digest.
    expect((await cli('digest', 'send', '--now')).out).toContain('0 digests queued');

    const summary = await cli('summary', 'preview');
    expect(summary.out).toContain('Ana');
    await cli('summary', 'send');
    expect(slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toContain('CSUM');
  } finally {
    process.env = env;
    await slack.stop();
  }
});

test('a command alone names the subcommands it takes, with only its own usage', async () => {
  const summary = await cli('summary');
  expect(summary.code).toBe(2);
  expect(summary.err).toContain('frontline summary needs a subcommand: preview or send');
  expect(summary.err).toContain('summary preview | send');
  expect(summary.err).not.toContain('unknown command');
  expect(summary.err).not.toContain('Usage: frontline');
  const importAlone = await cli('import');
  expect(importAlone.err).toContain('frontline import needs a subcommand: people or scores');
  expect(importAlone.err).toContain('import people FILE.csv');
  expect(importAlone.err).not.toContain('export kudos');
  expect((await cli('digest', 'later')).err).toContain(
    'frontline digest does not take "later": preview or send',
  );
  // Nothing was opened for a command that could not run.
  expect(fs.existsSync(dbPath)).toBe(false);
});

test('import into a workspace the database does not know is refused unless --create', async () => {
  const { db, close } = openDatabase(dbPath);
  await db.insert(workspaces).values({ platform: 'slack', externalId: 'T1' });
  close();
  const csv = path.join(path.dirname(dbPath), 'people.csv');
  fs.writeFileSync(csv, 'person,name,manager,team,timezone,locale\nUANA,Ana,,,,\n');

  const typo = await cli('import', 'people', csv, '--workspace', 'T999');
  expect(typo.code).toBe(2);
  expect(typo.err).toContain('no workspace T999 (known: T1 (slack))');
  expect(typo.err).toContain('--create');
  const reopened = openDatabase(dbPath);
  expect((await reopened.db.select().from(workspaces)).map((w) => w.externalId)).toEqual(['T1']);
  expect(await reopened.db.select().from(people)).toHaveLength(0);
  reopened.close();

  const created = await cli('import', 'people', csv, '--workspace', 'T999', '--create');
  expect(created.code).toBe(0);
  expect(created.out).toContain('workspace T999: 1 created');
  // The known one is used as named, without --create.
  expect((await cli('import', 'people', csv, '--workspace', 'T1')).out).toContain(
    'workspace T1: 1 created',
  );
});

test('without --workspace the one Slack or Teams workspace is used, not the shell’s trial one', async () => {
  const { db, close } = openDatabase(dbPath);
  await db.insert(workspaces).values({ platform: 'shell', externalId: 'local' });
  await db.insert(workspaces).values({ platform: 'slack', externalId: 'T1' });
  close();
  const csv = path.join(path.dirname(dbPath), 'people.csv');
  fs.writeFileSync(csv, 'person,name,manager,team,timezone,locale\nUANA,Ana,,,,\n');
  expect((await cli('import', 'people', csv)).out).toContain('slack workspace T1: 1 created');
  expect((await cli('import', 'people', csv, '--platform', 'shell')).out).toContain(
    'shell workspace local: 1 created',
  );
});

test('people imported for the shell by handle are the shell’s people, with their manager and language', async () => {
  const csv = path.join(path.dirname(dbPath), 'shell-people.csv');
  fs.writeFileSync(
    csv,
    'person,name,manager,team,timezone,locale\n@ben,Ben,,Renewals,,\nana,Ana,@ben,Renewals,,ro\n',
  );
  const imported = await cli('import', 'people', csv, '--platform', 'shell');
  expect(imported.out).toContain('shell workspace');
  expect(imported.out).toContain('2 created, 0 updated, 1 managers set');
  const database = openDatabase(dbPath);
  try {
    const ctx = { db: database.db, now: () => new Date(), log: createLogger('silent') };
    const out = await typeIntoShell(ctx, ['/as ana']);
    expect(out).toContain(t('ro', 'shell.as', { name: 'Ana' }));
    const [ben, ana] = await inTurn(
      ['ben', 'ana'],
      async (handle) =>
        (await first(database.db.select().from(people).where(eq(people.platformUserId, handle))))!,
    );
    expect(ana!.managerId).toBe(ben!.id);
  } finally {
    database.close();
  }
});

test('summary send in the shell’s database says the shell will show it, not that Slack is missing', async () => {
  const { db, close } = openDatabase(dbPath);
  const ws = await written(
    db
      .insert(workspaces)
      .values({ platform: 'shell', externalId: 'local', summaryChannel: 'general' })
      .returning(),
  );
  const [ana, ben] = await inTurn(
    ['ana', 'ben'],
    async (handle) =>
      await written(
        db
          .insert(people)
          .values({ workspaceId: ws.id, platformUserId: handle, name: handle })
          .returning(),
      ),
  );
  await db.insert(kudos).values({
    workspaceId: ws.id,
    giverId: ben!.id,
    recipientId: ana!.id,
    words: 'Ana calmed the client down',
    source: 'shell',
    sourceRef: 's1',
    createdAt: new Date(Date.now() - 60_000),
  });
  close();
  const sent = await cli('summary', 'send');
  expect(sent.code).toBe(0);
  expect(sent.out).toContain('Summary queued.');
  expect(sent.out).toContain('They wait for the shell: start it');
  expect(sent.out).not.toContain('Slack is not configured');
});

describe('frontline manifest slack', () => {
  const urls = (manifest: {
    features: { slash_commands: { url?: string }[] };
    settings: {
      interactivity: { request_url?: string };
      event_subscriptions: { request_url?: string };
    };
  }) => [
    ...manifest.features.slash_commands.map((c) => c.url),
    manifest.settings.interactivity.request_url,
    manifest.settings.event_subscriptions.request_url,
  ];

  test('--host puts the host in all four URLs, ready to paste', async () => {
    const result = await cli('manifest', 'slack', '--host', 'frontline.acme.com');
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('example.com');
    const manifest = JSON.parse(result.out) as Parameters<typeof urls>[0] & {
      settings: { socket_mode_enabled: boolean };
    };
    expect(urls(manifest)).toEqual(Array(4).fill('https://frontline.acme.com/slack/events'));
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  test('--socket-mode needs no host and leaves no URL; a bad host is refused', async () => {
    const socket = await cli('manifest', 'slack', '--socket-mode');
    const manifest = JSON.parse(socket.out) as Parameters<typeof urls>[0] & {
      settings: { socket_mode_enabled: boolean };
    };
    expect(urls(manifest)).toEqual([undefined, undefined, undefined, undefined]);
    expect(manifest.settings.socket_mode_enabled).toBe(true);

    const bad = await cli('manifest', 'slack', '--host', 'https://frontline.acme.com/');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no https:// or path');
    expect((await cli('manifest', 'slack')).err).toContain('--host frontline.acme.com');
    expect((await cli('manifest', 'teams')).err).toContain('frontline manifest does not take');
  });
});

describe('frontline triage', () => {
  const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'emails');

  test('prints what it makes of one .eml file, in its charset', async () => {
    const result = await cli('triage', path.join(fixtures, 'outlook-forward-ru-windows-1251.eml'));
    expect(result.code).toBe(0);
    const triage = JSON.parse(result.out) as Record<string, unknown>;
    expect(triage).toMatchObject({ language: 'ru' });
    expect(['compliment', 'abusive', 'neither']).toContain(triage.kind);
    expect(String(triage.words)).toMatch(/[а-яё]/i);
    expect(typeof triage.confidence).toBe('number');
    // It needs no database.
    expect(fs.existsSync(dbPath)).toBe(false);
  });

  test('--jsonl reads one object a line and writes one result a line, bad lines named', async () => {
    const file = path.join(path.dirname(dbPath), 'mail.jsonl');
    fs.writeFileSync(
      file,
      [
        JSON.stringify({ text: 'Thank you so much, Ana was wonderful and helped us a lot!' }),
        'not json',
        JSON.stringify({
          eml: fs.readFileSync(path.join(fixtures, 'gmail-forward-en.eml'), 'utf8'),
        }),
        JSON.stringify({ text: 'You useless idiots, I will make sure you all get fired.' }),
      ].join('\n'),
    );
    const result = await cli('triage', '--jsonl', file);
    expect(result.code).toBe(1);
    expect(result.err).toContain('line 2: not JSON');
    const lines = result.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
    expect(lines[0]).toMatchObject({ kind: 'compliment', language: 'en' });
    expect(lines[1]).toMatchObject({ problem: 'notJson' });
    expect(lines[2]!.client).toBeTruthy();
    expect(lines[3]).toMatchObject({ kind: 'abusive' });
  });

  test('an email in its own charset can come on standard input', async () => {
    let out = '';
    const input = fs.createReadStream(path.join(fixtures, 'outlook-forward-ru-windows-1251.eml'));
    const code = await runCli(['triage', '-'], { out: (s) => (out += s), err: () => {} }, input);
    expect(code).toBe(0);
    const triage = JSON.parse(out) as { language: string; words: string };
    expect(triage.language).toBe('ru');
    expect(triage.words).not.toContain('\ufffd');
  });

  test('a missing file is a usage error', async () => {
    const result = await cli('triage', 'no-such-mail.eml');
    expect(result.code).toBe(2);
    expect(result.err).toContain('no such file');
  });
});

test('import scores stores clients’ measures once, and names each bad row', async () => {
  const dir = path.dirname(dbPath);
  fs.writeFileSync(path.join(dir, 'people.csv'), 'person,name\nUANA,Ana\n');
  await cli('import', 'people', path.join(dir, 'people.csv'), '--workspace', 'T1', '--create');
  const csv = path.join(dir, 'scores.csv');
  fs.writeFileSync(
    csv,
    [
      'client,date,score,kind,comment,person',
      'ACME Hardware,2025-03-03,9,NPS,Ana was wonderful,UANA',
      'ACME Hardware,2025-03-04,12,NPS,,',
      'Globex,2025-03-05,4,CSAT,,',
    ].join('\n'),
  );
  const first = await cli('import', 'scores', csv, '--workspace', 'T1');
  expect(first.code).toBe(1);
  expect(first.out).toContain('2 new, 0 imported before');
  expect(first.err).toContain('row 3: score "12" is not a whole number from 0 to 10 for NPS');
  const again = await cli('import', 'scores', csv, '--workspace', 'T1');
  expect(again.out).toContain('0 new, 2 imported before');
  expect((await cli('import', 'scores')).err).toContain('name the CSV file');
  const { db, close } = openDatabase(dbPath);
  expect(await db.select().from(clientScores)).toHaveLength(2);
  close();
});
