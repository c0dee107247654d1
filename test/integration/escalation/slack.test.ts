import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { clients, escalationEvents, escalations, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import {
  blockAction,
  datePickers,
  escalationStep,
  messageShortcut,
  reportSubmission,
  staticSelects,
  textInputs,
  type ReportForm,
  type ViewStateValues,
} from '../../support/slack-payloads';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

const WHAT = 'He shouted at me on the phone and called me useless, again.';
const WORDS = 'You people are worthless, I will have you fired.';
let run: Running;

const db = () => run.frontline.database.db;
const send = (body: string) => postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, body);
const command = (name: '/kudos' | '/escalate', text: string, user_id: string, channel_id = 'C1') =>
  send(slashCommandBody({ command: name, text, user_id, channel_id }));
/** Resolves with the first post to `channel`, waiting up to `ms`. */
async function postTo(channel: string, ms = 2000) {
  const until = Date.now() + ms;
  for (;;) {
    const post = run.slack.callsTo('chat.postMessage').find((c) => c.args.channel === channel);
    if (post) return post;
    if (Date.now() > until) throw new Error(`nothing posted to ${channel}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
const submitReport = (reporter: string, viewId: string, form: ReportForm) =>
  send(reportSubmission(reporter, viewId, form));
const click = (actor: string, actionId: string, escalationId: number) =>
  send(blockAction({ user: actor, actionId, value: String(escalationId) }));
const submitStep = (
  actor: string,
  callbackId: string,
  escalationId: number,
  state: ViewStateValues,
) => send(escalationStep(actor, callbackId, escalationId, state));

beforeEach(async () => {
  run = await startWithMockSlack();
  run.slack
    .addUser({ id: 'UANA', name: 'Ana' })
    .addUser({ id: 'UMAX', name: 'Max' })
    .addUser({ id: 'UBOSS', name: 'Bo' })
    .addUser({ id: 'UPEER', name: 'Pat' })
    .addUser({ id: 'UADMIN', name: 'Ada', is_admin: true });
  await command('/kudos', 'manager <@UANA|ana> <@UMAX|max>', 'UADMIN');
  await command('/kudos', 'manager <@UMAX|max> <@UBOSS|bo>', 'UADMIN');
  await command('/kudos', 'manager <@UPEER|pat> <@UMAX|max>', 'UADMIN');
  // A public kudos in a channel, so the privacy check below has public posts to look at.
  await command('/kudos', '<@UPEER|pat> kept calm with a hard client all week', 'UANA', 'CPUBLIC');
  await run.frontline.outbox.drain();
});

afterEach(() => run.stop());

test('the whole path: report, manager told at once, acknowledge, talk, take over, resolve — all private', async () => {
  const opened = await command('/escalate', 'ACME Ltd: he shouted at me again', 'UANA');
  expect(opened.status).toBe(200);
  const [open] = await run.slack.waitFor('views.open');
  expect(JSON.stringify(open!.args.view)).toContain('ACME Ltd');

  const started = Date.now();
  const res = await submitReport('UANA', 'VREPORT', {
    client: 'ACME Ltd',
    what: WHAT,
    words: WORDS,
    severity: 'abusive',
    keep: 'yes',
  });
  expect((res.json() as { response_action: string }).response_action).toBe('update');
  const [escalation] = await db().select().from(escalations);
  expect(escalation).toMatchObject({ severity: 'abusive', status: 'open', whatHappened: WHAT });
  // The manager's card arrives within a second of the submission.
  const card = await postTo('UMAX', 1000);
  expect(Date.now() - started).toBeLessThan(1000);
  expect(JSON.stringify(card.args.blocks)).toContain(WORDS);
  expect(JSON.stringify(card.args.blocks)).toContain('"action_id":"escalation-acknowledge"');

  // A retried submission records nothing new.
  await submitReport('UANA', 'VREPORT', { client: 'ACME Ltd', what: WHAT, severity: 'abusive' });
  expect(await db().select().from(escalations)).toHaveLength(1);

  await click('UMAX', 'escalation-acknowledge', escalation!.id);
  await submitStep('UMAX', 'escalation-talk', escalation!.id, {
    ...textInputs({ note: 'Called the client, coached Ana.' }),
    ...datePickers({ followUp: '2099-01-05' }),
  });
  await click('UMAX', 'escalation-take-over', escalation!.id);
  const acme = (await first(db().select().from(clients).where(eq(clients.name, 'ACME Ltd'))))!;
  const max = (await first(db().select().from(people).where(eq(people.platformUserId, 'UMAX'))))!;
  expect(acme.ownerId).toBe(max.id);

  await submitStep('UMAX', 'escalation-resolve', escalation!.id, {
    ...staticSelects({ outcome: 'account_taken_over' }),
    ...textInputs({ note: '' }),
  });
  const done = (await first(db().select().from(escalations)))!;
  expect(done).toMatchObject({ status: 'resolved', outcome: 'account_taken_over' });
  const trail = (
    await db()
      .select()
      .from(escalationEvents)
      .where(eq(escalationEvents.escalationId, escalation!.id))
  ).map((e) => e.kind);
  expect(trail).toEqual(['reported', 'routed', 'acknowledged', 'talked', 'took_over', 'resolved']);

  // An action on a resolved report is answered, and changes nothing.
  await click('UMAX', 'escalation-take-over', escalation!.id);
  const refusal = (await run.slack.waitFor('chat.postEphemeral', 3)).at(-1)!;
  expect(String(refusal.args.text)).toBe(t('en', 'escalate.refused.resolved'));

  // The reporter was told at each step, privately, and can read the trail.
  await run.frontline.outbox.drain();
  expect(
    run.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UANA').length,
  ).toBe(3);
  const status = await command('/escalate', 'status', 'UANA');
  expect(JSON.stringify(status.json())).toContain('ACME Ltd');

  // Privacy: nothing of the report reached a channel or anyone outside Ana's chain.
  const chain = new Set(['UANA', 'UMAX', 'UBOSS', 'UADMIN']);
  const elsewhere = run.slack.calls.filter(
    (c) =>
      ['chat.postMessage', 'chat.postEphemeral'].includes(c.method) &&
      !chain.has(String(c.args.channel)) &&
      !chain.has(String(c.args.user ?? '')) &&
      !String(c.args.channel).startsWith('D'),
  );
  expect(elsewhere.length).toBeGreaterThan(0); // the public kudos, at least
  for (const call of elsewhere) {
    const seen = JSON.stringify(call.args);
    expect(seen).not.toContain('ACME');
    expect(seen).not.toContain('shouted');
    expect(seen).not.toContain('worthless');
  }
  const peerStatus = await command('/escalate', 'status', 'UPEER');
  expect((peerStatus.json() as { text: string }).text).toBe(t('en', 'escalate.status.none'));
});

test('forged actions by someone outside the chain are refused and change nothing', async () => {
  await submitReport('UANA', 'VR1', { client: 'Globex', what: WHAT, severity: 'threatening' });
  const [escalation] = await db().select().from(escalations);
  await click('UPEER', 'escalation-acknowledge', escalation!.id);
  const [refusal] = await run.slack.waitFor('chat.postEphemeral');
  expect(String(refusal!.args.text)).toBe(t('en', 'escalate.refused.notYours'));
  const forged = await submitStep(
    'UPEER',
    'escalation-resolve',
    escalation!.id,
    staticSelects({ outcome: 'other' }),
  );
  expect(JSON.stringify(forged.json())).toContain(t('en', 'escalate.refused.notYours'));
  expect(await first(db().select().from(escalations))).toMatchObject({
    status: 'open',
    acknowledgedAt: null,
  });
  // The manager's manager may act: the chain goes all the way up.
  await click('UBOSS', 'escalation-acknowledge', escalation!.id);
  await run.frontline.outbox.drain();
  expect((await first(db().select().from(escalations)))!.status).toBe('acknowledged');
});

test('bad input gets a clear answer; no manager means the admins get it and the reporter is told', async () => {
  const short = await submitReport('UADMIN', 'VB1', {
    client: 'ACME',
    what: 'rude',
    severity: 'abusive',
  });
  expect(JSON.stringify(short.json())).toContain('"what"');
  const noSeverity = await submitReport('UADMIN', 'VB2', { client: 'ACME', what: WHAT });
  expect(JSON.stringify(noSeverity.json())).toContain('"severity"');
  expect(await db().select().from(escalations)).toHaveLength(0);

  await submitReport('UBOSS', 'VB3', { client: 'Initech', what: WHAT, severity: 'concerning' });
  const [escalation] = await db().select().from(escalations);
  expect(escalation!.handlerId).toBeNull();
  expect(JSON.stringify((await postTo('UADMIN')).args.blocks)).toContain('Initech');
});

test('"Report abusive client" on a message opens the same private form with the message as the words', async () => {
  await send(
    messageShortcut({
      user: 'UANA',
      callbackId: 'report_abusive_client',
      triggerId: 'trigger-shortcut',
      text: 'From the client: &lt;you are useless&gt;',
    }),
  );
  const [open] = await run.slack.waitFor('views.open');
  expect(open!.args.trigger_id).toBe('trigger-shortcut');
  const view = JSON.stringify(open!.args.view);
  expect(view).toContain('"callback_id":"escalate"');
  expect(view).toContain('From the client: <you are useless>');
});

test('admins set how many days after a report the reporter is checked on', async () => {
  const refused = await command('/escalate', 'checkin 5', 'UANA');
  expect((refused.json() as { text: string }).text).toBe(t('en', 'escalate.checkIn.days.usage'));
  const done = await command('/escalate', 'checkin 5', 'UADMIN');
  expect((done.json() as { text: string }).text).toBe(
    t('en', 'escalate.checkIn.days', { days: 5 }),
  );
  await submitReport('UANA', 'VC1', { client: 'Globex', what: WHAT, severity: 'concerning' });
  const [escalation] = await db().select().from(escalations);
  expect(escalation!.checkInAt!.getTime() - escalation!.createdAt.getTime()).toBe(
    5 * 24 * 3_600_000,
  );
});

describe('privacy fixes', () => {
  test('a manager who chose to support is reminded only of later reports in their own chain', async () => {
    run.slack.addUser({ id: 'UZED', name: 'Zed' }).addUser({ id: 'UOUT', name: 'Oli' });
    await command('/kudos', 'manager <@UOUT|oli> <@UZED|zed>', 'UADMIN');
    await submitReport('UANA', 'VS1', { client: 'ACME Ltd', what: WHAT, severity: 'abusive' });
    const [first] = await db().select().from(escalations);
    await submitStep(
      'UMAX',
      'escalation-support',
      first!.id,
      textInputs({ note: 'ACME is our largest account this year.' }),
    );
    await run.frontline.outbox.drain();
    run.slack.calls.length = 0;

    // Oli is in Zed's team: Max must not learn that Oli reported ACME.
    await submitReport('UOUT', 'VS2', { client: 'ACME Ltd', what: WHAT, severity: 'abusive' });
    await run.frontline.outbox.drain();
    for (const call of run.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === 'UMAX')) {
      expect(JSON.stringify(call.args)).not.toContain('ACME');
    }
    // Ana reports ACME again: Max is reminded to thank her.
    await submitReport('UANA', 'VS3', { client: 'ACME Ltd', what: WHAT, severity: 'abusive' });
    await run.frontline.outbox.drain();
    const reminders = run.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === 'UMAX' && String(c.args.text).includes('Thank'));
    expect(reminders).toHaveLength(1);
    expect(JSON.stringify(reminders[0]!.args.blocks)).toContain('<@UANA>');
  });

  test('an admin cannot act on their own report, and a second takeover click tells nobody twice', async () => {
    await command('/kudos', 'manager <@UADMIN|ada> <@UBOSS|bo>', 'UADMIN');
    await submitReport('UADMIN', 'VA1', { client: 'Globex', what: WHAT, severity: 'abusive' });
    const [own] = await db().select().from(escalations);
    await click('UADMIN', 'escalation-resolve', own!.id);
    const [refusal] = await run.slack.waitFor('chat.postEphemeral');
    expect(String(refusal!.args.text)).toBe(t('en', 'escalate.refused.notYours'));

    await click('UBOSS', 'escalation-take-over', own!.id);
    await click('UBOSS', 'escalation-take-over', own!.id);
    await run.frontline.outbox.drain();
    const told = run.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === 'UADMIN' && String(c.args.text).includes('taken over'));
    expect(told).toHaveLength(1);
  });
});
