import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { escalationEvents, escalations } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import { databaseEnv } from '../../support/test-database';
import {
  blockAction,
  datePickers,
  escalationStep,
  reportSubmission,
  textInputs,
} from '../../support/slack-payloads';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

const WHAT = 'He shouted at me on the phone and called me useless, again.';
const WORDS = 'You people are worthless, I will have you fired.';
const REMINDER = 'is still waiting for you to acknowledge it';
const LATE = 'did not acknowledge this report in time';
const WENT_HIGHER = 'was not acknowledged in time';
const FOLLOW_UP = 'It is time to follow up on the report about';
const CHECK_IN = 'How are things with';

// Setup happens on Friday 20 November 2026; each test reports at its own moment.
let clock = new Date('2026-11-20T12:00:00Z');
let run: Running;

const db = () => run.frontline.database.db;
const send = (body: string) => postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, body);
const command = (text: string, user_id: string) => send(slashCommandBody({ text, user_id }));

/** Everything the bot said to `user` in a DM, as plain fallback text plus blocks. */
const dmsTo = (userId: string) =>
  run.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === userId)
    .map((c) => `${String(c.args.text)}\n${JSON.stringify(c.args.blocks)}`);
const dmsSaying = (userId: string, words: string) => dmsTo(userId).filter((m) => m.includes(words));
const events = async (kind?: string) =>
  (await db().select().from(escalationEvents)).filter((e) => !kind || e.kind === kind);
const report = async () => (await first(db().select().from(escalations)))!;

/** Moves the clock, lets the scheduler tick once and sends what it queued. */
async function at(iso: string): Promise<void> {
  clock = new Date(iso);
  await run.frontline.scheduler.tick();
  await run.frontline.outbox.drain();
}

const submitReport = (reporter: string, severity: string) =>
  send(
    reportSubmission(reporter, `V-report-${clock.getTime()}`, {
      client: 'ACME Ltd',
      what: WHAT,
      words: WORDS,
      severity,
    }),
  );

/** Reports at `iso` and sends the manager's card. */
async function reportAt(iso: string, severity: string): Promise<number> {
  clock = new Date(iso);
  await submitReport('UANA', severity);
  await run.frontline.outbox.drain();
  return (await report()).id;
}

/** Clicks a button in the actor's DM and waits for the private answer. */
async function click(actor: string, actionId: string, escalationId: number) {
  const before = run.slack.callsTo('chat.postEphemeral').length;
  await send(blockAction({ user: actor, actionId, value: String(escalationId) }));
  const answers = await run.slack.waitFor('chat.postEphemeral', before + 1);
  await run.frontline.outbox.drain();
  return String(answers.at(-1)!.args.text);
}

const submitTalk = (actor: string, escalationId: number, followUp: string) =>
  send(
    escalationStep(actor, 'escalation-talk', escalationId, {
      ...textInputs({ note: 'Called the client, coached Ana.' }),
      ...datePickers({ followUp }),
    }),
  );

beforeEach(async () => {
  clock = new Date('2026-11-20T12:00:00Z');
  run = await startWithMockSlack({}, { now: () => clock });
  // Ana reports to Max (New York), who reports to Bo (Vilnius), who reports to nobody.
  run.slack
    .addUser({ id: 'UANA', name: 'Ana', tz: 'Europe/Vilnius' })
    .addUser({ id: 'UMAX', name: 'Max', tz: 'America/New_York' })
    .addUser({ id: 'UBOSS', name: 'Bo', tz: 'Europe/Vilnius' })
    .addUser({ id: 'UPEER', name: 'Pat' })
    .addUser({ id: 'UADMIN', name: 'Ada', is_admin: true });
  await command('manager <@UANA|ana> <@UMAX|max>', 'UADMIN');
  await command('manager <@UMAX|max> <@UBOSS|bo>', 'UADMIN');
  await command('manager <@UPEER|pat> <@UMAX|max>', 'UADMIN');
  await run.frontline.outbox.drain();
  run.slack.calls.length = 0;
});

afterEach(async () => {
  // Privacy: whatever the timers sent, nothing of the report reached anyone outside the chain.
  const chain = new Set(['UANA', 'UMAX', 'UBOSS', 'UADMIN']);
  for (const call of run.slack.calls) {
    if (!['chat.postMessage', 'chat.postEphemeral'].includes(call.method)) continue;
    const to = String(call.method === 'chat.postEphemeral' ? call.args.user : call.args.channel);
    if (chain.has(to)) continue;
    const seen = JSON.stringify(call.args);
    expect(seen).not.toContain('ACME');
    expect(seen).not.toContain('shouted');
    expect(seen).not.toContain('worthless');
  }
  await run.stop();
});

test('an abusive report not acknowledged climbs: reminder, the manager’s manager, then the admins', async () => {
  // Monday 23 November, 09:00 in New York: due in 4 of Max's working hours, 13:00 there.
  const id = await reportAt('2026-11-23T14:00:00Z', 'abusive');
  expect(dmsTo('UMAX')).toHaveLength(1); // the card, at once

  await at('2026-11-23T17:59:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(0);
  await at('2026-11-23T18:00:00Z');
  const [reminder] = dmsSaying('UMAX', REMINDER);
  expect(reminder).toContain('<@UANA>');
  expect(reminder).toContain('"action_id":"escalation-acknowledge"');
  // Another 4 working hours for Max: 17:00 in New York.
  expect(await report()).toMatchObject({
    timerStage: 1,
    timerAt: new Date('2026-11-23T22:00:00Z'),
  });
  await at('2026-11-23T18:01:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(1);

  await at('2026-11-23T21:59:00Z');
  expect(dmsSaying('UBOSS', LATE)).toHaveLength(0);
  await at('2026-11-23T22:00:00Z');
  const [toBo] = dmsSaying('UBOSS', LATE);
  expect(toBo).toContain(LATE);
  expect(toBo).toContain(WHAT);
  expect(toBo).toContain(WORDS);
  expect(toBo).toContain('"action_id":"escalation-acknowledge"');
  const [told] = dmsSaying('UANA', WENT_HIGHER);
  expect(told).toContain('<@UBOSS>');
  expect(told).toContain('ACME Ltd');
  const bo = await report();
  expect(bo.handlerId).not.toBeNull();
  // Bo's deadline is in Bo's working hours: Tuesday 13:00 in Vilnius.
  expect(bo).toMatchObject({ status: 'open', timerAt: new Date('2026-11-24T11:00:00Z') });

  await at('2026-11-24T10:59:00Z');
  expect(dmsSaying('UADMIN', LATE)).toHaveLength(0);
  await at('2026-11-24T11:00:00Z');
  const [toAdmin] = dmsSaying('UADMIN', LATE);
  expect(toAdmin).toContain(LATE);
  expect(toAdmin).toContain(WHAT);
  expect(dmsSaying('UANA', WENT_HIGHER)).toHaveLength(2);
  expect(dmsSaying('UANA', WENT_HIGHER)[1]).toContain('the admins have it now');
  expect(await report()).toMatchObject({ handlerId: null, timerAt: null });

  // Nobody above the admins: the timer has stopped.
  await at('2026-11-25T11:00:00Z');
  expect(dmsSaying('UADMIN', LATE)).toHaveLength(1);
  expect(dmsSaying('UBOSS', LATE)).toHaveLength(1);
  const trail = (await events()).filter((e) => ['reminded', 'escalated'].includes(e.kind));
  expect(trail.map((e) => [e.kind, e.note, e.actorId])).toEqual([
    ['reminded', 'Max', null],
    ['escalated', 'Bo', null],
    ['escalated', 'admins', null],
  ]);
  // The admin may act on it.
  expect(await click('UADMIN', 'escalation-acknowledge', id)).toContain('Acknowledged');
  expect((await report()).status).toBe('acknowledged');
});

test('acknowledging stops the timers', async () => {
  const id = await reportAt('2026-11-23T14:00:00Z', 'abusive');
  await at('2026-11-23T18:00:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(1);
  await click('UMAX', 'escalation-acknowledge', id);
  expect(await report()).toMatchObject({ status: 'acknowledged', timerAt: null });

  await at('2026-11-23T22:00:00Z');
  await at('2026-11-24T11:00:00Z');
  expect(dmsSaying('UBOSS', LATE)).toHaveLength(0);
  expect(dmsSaying('UADMIN', LATE)).toHaveLength(0);
  expect(dmsSaying('UANA', WENT_HIGHER)).toHaveLength(0);
  expect(await events('escalated')).toHaveLength(0);
});

test('a threatening report at 23:00 on a Saturday is reminded after an hour, then goes up', async () => {
  // Saturday 21 November, 23:00 in New York, Max's timezone.
  await reportAt('2026-11-22T04:00:00Z', 'threatening');
  await at('2026-11-22T04:59:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(0);
  await at('2026-11-22T05:00:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(1);
  await at('2026-11-22T06:00:00Z');
  expect(dmsSaying('UBOSS', LATE)).toHaveLength(1);
  expect((await report()).timerAt).toEqual(new Date('2026-11-22T07:00:00Z'));
});

test('a concerning report waits for the next working day in the manager’s timezone', async () => {
  // Friday 16:00 in New York (23:00 in Ana's Vilnius): one working hour left on Friday,
  // seven more on Monday, so due at 16:00 on Monday in New York.
  await reportAt('2026-11-20T21:00:00Z', 'concerning');
  await at('2026-11-21T21:00:00Z'); // Saturday
  await at('2026-11-22T21:00:00Z'); // Sunday
  await at('2026-11-23T15:00:00Z'); // Monday 17:00 in Vilnius, 10:00 in New York
  await at('2026-11-23T20:59:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(0);
  await at('2026-11-23T21:00:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(1);
});

/** Starts Frontline again on the same database, and waits until what it started with is sent. */
async function restart(database: string): Promise<void> {
  run = await startWithMockSlack(databaseEnv(database), { now: () => clock });
  // A first request waits for Bolt's start-up auth.test, which must not outlive the mock.
  await command('help', 'UANA');
  // The round run at start lets other work go between its batches: it may not be done yet.
  await run.frontline.scheduler.settled();
  await run.frontline.outbox.drain();
}

test('a timer that came due while Frontline was down fires on start, once', async () => {
  await reportAt('2026-11-23T14:00:00Z', 'abusive');
  const { database } = run;
  await run.stop();

  // Down past the 18:00 deadline; starting again catches up at once.
  clock = new Date('2026-11-23T19:30:00Z');
  await restart(database);
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(1);
  await at('2026-11-23T19:31:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(1);
  expect(await events('reminded')).toHaveLength(1);

  // And a second restart does not send it again.
  await run.stop();
  await restart(database);
  await at('2026-11-23T19:32:00Z');
  expect(dmsSaying('UMAX', REMINDER)).toHaveLength(0);
  expect(await events('reminded')).toHaveLength(1);
  // The next deadline counts from the reminder: 14:30 in New York plus 4 working hours.
  expect(await report()).toMatchObject({
    timerStage: 1,
    timerAt: new Date('2026-11-24T15:30:00Z'),
  });
});

test('the manager is reminded to follow up on the date they set, once', async () => {
  const id = await reportAt('2026-11-23T14:00:00Z', 'abusive');
  await click('UMAX', 'escalation-acknowledge', id);
  const res = await submitTalk('UMAX', id, '2026-11-25');
  expect((res.json() as { response_action: string }).response_action).toBe('update');
  // 09:00 where Max is (New York).
  expect((await report()).timerAt).toEqual(new Date('2026-11-25T14:00:00Z'));

  await at('2026-11-25T13:59:00Z');
  expect(dmsSaying('UMAX', FOLLOW_UP)).toHaveLength(0);
  await at('2026-11-25T14:00:00Z');
  const [due] = dmsSaying('UMAX', FOLLOW_UP);
  expect(due).toContain('ACME Ltd');
  expect(due).toContain('"action_id":"escalation-resolve"');
  expect(await report()).toMatchObject({ timerAt: null, status: 'acknowledged' });
  await at('2026-11-25T15:00:00Z');
  expect(dmsSaying('UMAX', FOLLOW_UP)).toHaveLength(1);
  expect(await events('follow_up_due')).toHaveLength(1);
  // Following up is not escalating: nobody above was told anything.
  expect(dmsSaying('UBOSS', LATE)).toHaveLength(0);
});

test('the reporter is checked on after checkInDays; "worse" reaches the manager; nobody else may answer', async () => {
  const id = await reportAt('2026-11-23T14:00:00Z', 'abusive');
  await click('UMAX', 'escalation-acknowledge', id);

  await at('2026-11-26T13:59:00Z');
  expect(dmsSaying('UANA', CHECK_IN)).toHaveLength(0);
  await at('2026-11-26T14:00:00Z'); // three days later, the workspace default
  const [checkIn] = dmsSaying('UANA', CHECK_IN);
  expect(checkIn).toContain('ACME Ltd');
  for (const answer of ['better', 'same', 'worse']) {
    expect(checkIn).toContain(`"action_id":"escalation-checkin-${answer}"`);
  }
  expect((await report()).checkInAt).toBeNull();
  expect(await events('check_in_sent')).toHaveLength(1);
  await at('2026-11-27T14:00:00Z');
  expect(dmsSaying('UANA', CHECK_IN)).toHaveLength(1);

  // Someone else's answer, even the manager's, is refused and changes nothing.
  const notYours = t('en', 'escalate.checkIn.notYours');
  expect(await click('UPEER', 'escalation-checkin-worse', id)).toBe(notYours);
  expect(await click('UMAX', 'escalation-checkin-better', id)).toBe(notYours);
  expect(await events('check_in_answered')).toHaveLength(0);

  const worse = 'have got worse since their report';
  expect(await click('UANA', 'escalation-checkin-worse', id)).toContain('has been told');
  const [toMax] = dmsSaying('UMAX', worse);
  expect(toMax).toContain('<@UANA>');
  expect(toMax).toContain('ACME Ltd');
  // Answering twice is harmless: one line in the trail, one message to the manager.
  await click('UANA', 'escalation-checkin-worse', id);
  expect(dmsSaying('UMAX', worse)).toHaveLength(1);
  expect(await click('UANA', 'escalation-checkin-better', id)).toBe(
    t('en', 'escalate.checkIn.thanks.better'),
  );
  expect((await events('check_in_answered')).map((e) => e.note)).toEqual(['worse', 'better']);
  expect(dmsSaying('UMAX', worse)).toHaveLength(1);
  const ana = (await first(db().select().from(escalations).where(eq(escalations.id, id))))!
    .reporterId;
  expect((await events('check_in_answered')).every((e) => e.actorId === ana)).toBe(true);
});
