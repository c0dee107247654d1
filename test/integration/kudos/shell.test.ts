import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../../src/core/shared/core';
import { openDatabase, type Database } from '../../../src/db/database';
import { escalations, kudos, people, workspaces } from '../../../src/db/schema';
import { queueSummaryNow } from '../../../src/core/digests/queue-summary';
import { t } from '../../../src/i18n';
import { createLogger } from '../../../src/log';
import { typeIntoShell } from '../../support/shell-session';

let database: Database;
let ctx: CoreContext;

beforeEach(() => {
  database = openDatabase(':memory:');
  ctx = {
    db: database.db,
    now: () => new Date('2026-11-20T10:00:00Z'),
    log: createLogger('silent'),
  };
});
afterEach(() => database.close());

const session = (lines: string[]) => typeIntoShell(ctx, lines);

test('giving kudos in the shell stores it and prints the reply, the channel post and the DMs', async () => {
  const out = await session([
    '/kudos @ana @ben thanks for rescuing the renewal #ownership client:"ACME Ltd"',
  ]);
  expect(out).toContain('Kudos from ACME Ltd recorded for @ana and @ben');
  expect(out).toContain('[#general] Frontline:');
  expect(out).toContain('ACME Ltd praised @ana and @ben (passed on by @shell)');
  expect(out).toContain('[DM to ana]');
  expect(out).toContain('[DM to ben]');
  expect(out).toContain('> thanks for rescuing the renewal');
  const rows = await ctx.db.select().from(kudos);
  expect(rows).toHaveLength(2);
  expect(rows[0]!.values).toEqual(['ownership']);
});

test('the shell answers rule violations and unknown commands, and /as switches the person', async () => {
  const out = await session([
    '/kudos @ana hi',
    '/hello',
    '/as ana',
    '/kudos @ana thanks for everything this week',
    '/kudos manager @ben @ana',
    '/quit',
    '/kudos @ben this line comes after quit',
  ]);
  expect(out).toContain(t('en', 'kudos.error.tooShort', { min: 10, length: 2 }));
  expect(out).toContain(t('en', 'shell.unknownCommand'));
  expect(out).toContain(t('en', 'shell.as', { name: 'ana' }));
  expect(out).toContain(t('en', 'kudos.error.self'));
  expect(out).toContain(t('en', 'manager.notAdmin'));
  expect(await ctx.db.select().from(kudos)).toHaveLength(0);
});

test('the first shell user is an admin and can set managers', async () => {
  const out = await session(['/kudos manager @ana @boss']);
  expect(out).toContain('@boss is now @ana’s manager.');
  const ana = (await first(ctx.db.select().from(people).where(eq(people.platformUserId, 'ana'))))!;
  const boss = (await first(
    ctx.db.select().from(people).where(eq(people.platformUserId, 'boss')),
  ))!;
  expect(ana.managerId).toBe(boss.id);
});

test('what the command line queued while the shell was closed is shown when it opens', async () => {
  await session(['/kudos summary here', '/kudos @ana thanks for rescuing the renewal']);
  const workspace = (await first(
    ctx.db.select().from(workspaces).where(eq(workspaces.platform, 'shell')),
  ))!;
  ctx = { ...ctx, now: () => new Date('2026-11-20T11:00:00Z') };
  expect(await queueSummaryNow(ctx, workspace)).toBe(true);
  const out = await session([]);
  expect(out).toContain('[#general] Frontline:');
  expect(out).toContain(t('en', 'summary.heading').toUpperCase());
});

test('the shell’s help is written for the shell and names /escalate, which answers too; a report left half-way stores nothing', async () => {
  const out = await session([
    '/help',
    '/kudos help',
    '/escalate help',
    '/escalate status',
    '/escalate ACME Ltd: shouted at me on the phone',
  ]);
  expect(out).toContain('/escalate help');
  expect(out).toContain('/kudos help');
  expect(out).toContain('/as NAME');
  expect(out).not.toMatch(/`|\*|Slack/);
  expect(out).toContain(t('en', 'escalate.status.none'));
  // The report's questions start; the input ends before they are answered.
  expect(out).toContain(t('en', 'escalate.form.words'));
  expect(out).toContain(t('en', 'shell.form.left', { title: t('en', 'escalate.form.title') }));
  expect(await ctx.db.select().from(escalations)).toHaveLength(0);
});

test('punctuation after @names ends them; an unreadable name is explained in the shell’s terms', async () => {
  const out = await session([
    '/kudos @ana, @ben: thanks for rescuing the renewal',
    '/kudos @z%ed thanks for rescuing the renewal',
    '/kudos thanks',
  ]);
  expect(out).toContain('Kudos recorded for @ana and @ben');
  expect((await ctx.db.select().from(people)).map((p) => p.name)).not.toContain('ben:');
  expect(out).toContain(t('en', 'kudos.error.unknownPerson.shell', { name: '@z%ed' }));
  expect(out).not.toContain('Slack');
  // The shell's user manages nobody yet.
  expect(out).toContain(t('en', 'thanks.list.noReports').replace(/`/g, ''));
});

test('/kudos alone asks the form’s questions, and the kudos is given', async () => {
  const out = await session([
    '/kudos',
    '@ana @ben',
    'ACME Ltd',
    'thanks for rescuing the renewal',
    'ownership',
  ]);
  expect(out).toContain(t('en', 'form.kudos.recipients'));
  expect(out).toContain('Kudos from ACME Ltd recorded for @ana and @ben');
  const rows = await ctx.db.select().from(kudos);
  expect(rows.map((k) => k.words)).toEqual([
    'thanks for rescuing the renewal',
    'thanks for rescuing the renewal',
  ]);
  expect(rows[0]!.values).toEqual(['ownership']);
});

test('/react with a kudos emoji on a colleague’s message gives them kudos; /unreact takes it back', async () => {
  const out = await session([
    '/as ana',
    'I stayed late and fixed the export for Globex',
    '/as ben',
    '/react :clap: 1',
    '/react :clap: 7',
  ]);
  expect(out).toContain('(1) [#general] ana posted this.');
  expect(out).toContain(t('en', 'reaction.undo', { seconds: 60 }));
  expect(out).toContain(t('en', 'shell.react.usage'));
  const given = await ctx.db.select().from(kudos);
  expect(given).toHaveLength(1);
  expect(given[0]!.words).toBe('I stayed late and fixed the export for Globex');

  const undone = await session([
    '/as ana',
    'another message',
    '/as ben',
    '/react :clap: 1',
    '/unreact :clap: 1',
  ]);
  expect(undone).toContain(t('en', 'shell.react.takenBack'));
  expect(await ctx.db.select().from(kudos)).toHaveLength(1);
});
