import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { escalationEvents, escalations, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { openCoreFixture, type CoreFixture } from '../../support/core-fixture';
import { messageWithButton, printedAfter, typeIntoShell } from '../../support/shell-session';

let fixture: CoreFixture;
beforeEach(async () => (fixture = await openCoreFixture(new Date('2026-11-20T10:00:00Z'))));
afterEach(() => fixture.database.close());

const REPORT = [
  '/kudos manager @ana @ben',
  '/as ana',
  '/escalate ACME Ltd: shouted at me on the phone and called me useless',
  'you are useless',
  '2',
  'yes',
  '',
];

test('a report is asked question by question, stored, and routed to the manager', async () => {
  const out = await typeIntoShell(fixture.ctx, REPORT);
  const rows = await fixture.ctx.db.select().from(escalations);
  expect(rows).toHaveLength(1);
  const ben = (await first(
    fixture.ctx.db.select().from(people).where(eq(people.platformUserId, 'ben')),
  ))!;
  expect(rows[0]).toMatchObject({
    whatHappened: 'shouted at me on the phone and called me useless',
    clientWords: 'you are useless',
    severity: 'abusive',
    wantsToKeepAccount: true,
    cause: null,
    handlerId: ben.id,
  });
  expect(out).toContain(t('en', 'escalate.form.severity'));
  // Client and story came with the command: not asked again.
  expect(out).not.toContain(t('en', 'escalate.form.client'));
  expect(out).toContain(t('en', 'shell.dm.waiting', { name: 'ben' }));
});

test('the report’s words reach nobody at the terminal but the reporter and the manager', async () => {
  const out = await typeIntoShell(fixture.ctx, [...REPORT, '/as carl', '/steps 1', '/as ben']);
  const asCarl = printedAfter(out, t('en', 'shell.as', { name: 'carl' }));
  const carlSees = asCarl.slice(0, asCarl.indexOf(t('en', 'shell.as', { name: 'ben' })));
  expect(carlSees).toContain(t('en', 'escalate.refused.notYours'));
  expect(carlSees).not.toContain('useless');
  // The DM waited for Ben and is his to read.
  const benSees = printedAfter(out, t('en', 'shell.as', { name: 'ben' }));
  expect(benSees).toContain('[DM to ben] Frontline:');
  expect(benSees).toContain('> shouted at me on the phone and called me useless');
  expect(benSees).toMatch(/\[Take over the account\] \/do \d+ take-over/);
});

test('the manager takes the account over with /do, and a step with a form asks its questions', async () => {
  await typeIntoShell(fixture.ctx, [...REPORT, '/as ben']);
  // A new shell numbers its messages from 1 again: /steps shows the card anew, as message 1.
  const out = await typeIntoShell(fixture.ctx, [
    '/as ben',
    '/steps 1',
    `/do 1 talk`,
    'Called their director; they apologised.',
    '2026-11-27',
    '/do 1 take-over',
  ]);
  expect(messageWithButton(out, 'take-over')).toBe(1);
  expect(out).toContain(t('en', 'escalate.talk.note'));
  const row = (await first(fixture.ctx.db.select().from(escalations)))!;
  expect(row.status).toBe('taken_over');
  const kinds = (
    await fixture.ctx.db
      .select()
      .from(escalationEvents)
      .where(eq(escalationEvents.escalationId, row.id))
  ).map((e) => e.kind);
  expect(kinds).toEqual(expect.arrayContaining(['talked', 'took_over']));
  expect(out).toContain(t('en', 'shell.dm.waiting', { name: 'ana' }));
});

test('a choice not offered is asked again; /cancel leaves the report with nothing stored', async () => {
  const out = await typeIntoShell(fixture.ctx, [
    '/escalate',
    'ACME Ltd',
    'shouted at me',
    '',
    '9',
    '/cancel',
  ]);
  expect(out).toContain(t('en', 'shell.form.choice'));
  expect(out).toContain(t('en', 'shell.form.left', { title: t('en', 'escalate.form.title') }));
  expect(await fixture.ctx.db.select().from(escalations)).toHaveLength(0);
});

test('a report the core refuses says what to fix and asks again, keeping the answers', async () => {
  const out = await typeIntoShell(fixture.ctx, [
    '/escalate ACME Ltd: hi',
    '',
    '1',
    '',
    '',
    // Asked again from the top: Enter keeps what was given, the story is retyped.
    '',
    'they shouted at me on the phone for ten minutes',
    '',
    '',
    '',
    '',
  ]);
  expect(out).toContain(t('en', 'shell.form.keep', { value: 'ACME Ltd' }));
  const row = await first(fixture.ctx.db.select().from(escalations));
  expect(row?.whatHappened).toBe('they shouted at me on the phone for ten minutes');
  expect(row?.severity).toBe('concerning');
});
