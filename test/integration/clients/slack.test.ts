import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { clients, escalations, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import {
  blockAction,
  escalationStep,
  reportSubmission,
  staticSelects,
  textInputs,
  type ViewStateValues,
} from '../../support/slack-payloads';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

const WHAT = 'He shouted at me on the phone and called me useless, again.';
const DAY = 24 * 60 * 60 * 1000;
let run: Running;
let clock: Date;

const db = () => run.frontline.database.db;
const send = (body: string) => postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, body);
const command = (name: '/kudos' | '/escalate', text: string, user_id: string, channel_id = 'C1') =>
  send(slashCommandBody({ command: name, text, user_id, channel_id }));
const escalate = async (text: string, user: string, channel = 'C1') =>
  JSON.stringify((await command('/escalate', text, user, channel)).json());
const later = (days: number) => {
  clock = new Date(clock.getTime() + days * DAY);
};

let views = 0;
async function report(reporter: string, client: string, severity: string) {
  const res = await send(
    reportSubmission(reporter, `VREPORT${++views}`, { client, what: WHAT, severity }),
  );
  await run.frontline.outbox.drain();
  const escalation = (await db().select().from(escalations)).at(-1)!;
  return { confirmation: JSON.stringify(res.json()), escalation };
}

const step = (actor: string, callbackId: string, escalationId: number, values: ViewStateValues) =>
  send(escalationStep(actor, callbackId, escalationId, values));
const click = (actor: string, actionId: string, escalationId: number) =>
  send(blockAction({ user: actor, actionId, value: String(escalationId) }));

/** Every card `person` received about report `escalationId`, as Slack got it. */
function cardsTo(person: string, escalationId: number): string {
  return run.slack
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === person)
    .map((c) => JSON.stringify(c.args.blocks))
    .filter((blocks) => blocks.includes(`"value":"${escalationId}"`))
    .join('\n');
}

beforeEach(async () => {
  clock = new Date('2025-03-10T12:00:00Z');
  run = await startWithMockSlack({}, { now: () => clock });
  // Two teams: Ana reports to Max, Pat to Zed; Bo is above Max only.
  run.slack
    .addUser({ id: 'UANA', name: 'Ana' })
    .addUser({ id: 'UMAX', name: 'Max' })
    .addUser({ id: 'UBOSS', name: 'Bo' })
    .addUser({ id: 'UPAT', name: 'Pat' })
    .addUser({ id: 'UZED', name: 'Zed' })
    .addUser({ id: 'UADMIN', name: 'Ada', is_admin: true });
  await command('/kudos', 'manager <@UANA|ana> <@UMAX|max>', 'UADMIN');
  await command('/kudos', 'manager <@UMAX|max> <@UBOSS|bo>', 'UADMIN');
  await command('/kudos', 'manager <@UPAT|pat> <@UZED|zed>', 'UADMIN');
  await run.frontline.outbox.drain();
});

afterEach(() => run.stop());

test('a second report within 90 days shows the manager the history: dates, outcomes, names only in their chain', async () => {
  const first = await report('UANA', 'ACME Ltd', 'concerning');
  expect(cardsTo('UMAX', first.escalation.id)).not.toContain('difficult client');
  await step('UMAX', 'escalation-resolve', first.escalation.id, {
    ...staticSelects({ outcome: 'client_apologised' }),
    ...textInputs({ note: '' }),
  });

  // Twenty days later, someone in another team reports the same client.
  later(20);
  const second = await report('UPAT', 'acme  ltd', 'abusive');
  const zedCard = cardsTo('UZED', second.escalation.id);
  expect(zedCard).toContain('difficult client: 2 reports in the last 90 days');
  expect(zedCard).toContain(
    'Mar 10, 2025: Concerning, resolved: The client apologised; reported by a colleague',
  );
  expect(zedCard).not.toContain('UANA');
  expect(zedCard).not.toContain('Ana');

  // And Ana again: Max sees her earlier report by name, and Pat's as a colleague's.
  later(5);
  const third = await report('UANA', 'ACME Ltd', 'threatening');
  const maxCard = cardsTo('UMAX', third.escalation.id);
  expect(maxCard).toContain('difficult client: 3 reports in the last 90 days');
  expect(maxCard).toContain(
    'Mar 30, 2025: Abusive, waiting to be acknowledged; reported by a colleague',
  );
  expect(maxCard).toContain(
    'Mar 10, 2025: Concerning, resolved: The client apologised; reported by <@UANA>',
  );
  expect(maxCard).not.toContain('UPAT');
  expect(maxCard).not.toContain('Pat');

  // Privacy: Pat, Zed and any channel never heard of Ana's reports.
  for (const call of run.slack.calls) {
    const to = String(call.args.channel ?? call.args.user ?? '');
    if (!['UPAT', 'UZED'].includes(to) && !to.startsWith('C')) continue;
    expect(JSON.stringify(call.args)).not.toContain('UANA');
  }
});

test('admins mark a client, record its value and cost, and see the account card; others are refused', async () => {
  expect(await escalate('client ACME Ltd', 'UADMIN')).toContain(
    t('en', 'clients.unknown', { client: '*ACME Ltd*' }),
  );
  await report('UANA', 'ACME Ltd', 'abusive');

  expect(await escalate('client ACME Ltd abusive', 'UANA')).toContain(t('en', 'clients.notAdmin'));
  expect(await escalate('client ACME Ltd', 'UMAX')).toContain(t('en', 'clients.notAdmin'));
  expect((await first(db().select().from(clients)))!.conduct).toBeNull();

  expect(await escalate('client acme ltd demanding', 'UADMIN')).toContain(
    'is marked demanding but fair.',
  );
  await escalate('client ACME Ltd abusive', 'UADMIN');
  await escalate('client ACME Ltd value 120000 cost 30000', 'UADMIN');
  expect(await first(db().select().from(clients))).toMatchObject({
    conduct: 'abusive',
    yearlyValue: 120000,
    yearlyServiceCost: 30000,
  });

  const card = await escalate('client ACME Ltd', 'UADMIN');
  expect(card).toContain('"response_type":"ephemeral"');
  expect(card).toContain('Conduct: abusive');
  expect(card).toContain('Yearly value: 120,000 · cost of serving it: 30,000');
  expect(card).toContain('value minus cost: 90,000');
  expect(card).toContain('Reports in the last 90 days: 1 · all time: 1');
  expect(card).toContain('Not a difficult client');
  expect(card).not.toContain('shouted');
  expect(card).not.toContain('UANA');

  later(3);
  await report('UPAT', 'ACME Ltd', 'concerning');
  expect(await escalate('client ACME Ltd', 'UADMIN')).toContain(
    'A difficult client: 2 or more reports in 90 days.',
  );

  expect(await escalate('client ACME Ltd value 12.5', 'UADMIN')).toContain(
    t('en', 'clients.badNumber', { word: '12.5' }),
  );
  expect(await escalate('help', 'UANA')).toContain('/escalate client ACME Ltd');
});

test('a linked channel hears of a takeover; linking is done in the channel, not in a DM', async () => {
  const { escalation } = await report('UANA', 'ACME Ltd', 'abusive');
  expect(await escalate('client ACME Ltd channel here', 'UADMIN', 'DADMIN')).toContain(
    '/escalate client ACME Ltd channel here',
  );
  expect((await first(db().select().from(clients)))!.channel).toBeNull();
  await escalate('client ACME Ltd channel here', 'UADMIN', 'CACME');
  expect((await first(db().select().from(clients)))!.channel).toBe('CACME');

  await click('UMAX', 'escalation-take-over', escalation.id);
  await run.frontline.outbox.drain();
  const notices = run.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CACME');
  expect(notices).toHaveLength(1);
  expect(JSON.stringify(notices[0]!.args)).not.toContain('shouted');
});

test('a report on a client someone else serves is recorded and routed, and the reporter is told', async () => {
  const earlier = await report('UANA', 'ACME Ltd', 'abusive');
  await click('UMAX', 'escalation-take-over', earlier.escalation.id);
  const max = (await first(db().select().from(people).where(eq(people.platformUserId, 'UMAX'))))!;
  expect((await first(db().select().from(clients)))!.ownerId).toBe(max.id);

  // Pat, in another team, reports the account Max now serves.
  const other = await report('UPAT', 'ACME Ltd', 'concerning');
  const zed = (await first(db().select().from(people).where(eq(people.platformUserId, 'UZED'))))!;
  expect(other.escalation.handlerId).toBe(zed.id);
  expect(other.confirmation).toContain('is recorded, privately');
  expect(other.confirmation).toContain(
    'the *ACME Ltd* account is served by <@UMAX>, not by you. Your report is recorded and sent to your manager all the same, and your manager will check with <@UMAX>.',
  );
  expect(cardsTo('UZED', other.escalation.id)).toContain(
    'account is served by <@UMAX>, not by <@UPAT>',
  );

  // Ana's account is served by her own manager now: nothing to add.
  const again = await report('UANA', 'ACME Ltd', 'concerning');
  expect(again.confirmation).not.toContain('served by');
});
