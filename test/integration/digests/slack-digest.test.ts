import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { kudos, outbox, people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import {
  blockAction,
  reportSubmission,
  textInputs,
  viewSubmission,
} from '../../support/slack-payloads';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

// Friday 20 November 2026, 22:00 in Vilnius and 15:00 in New York: after Friday's digests.
const START = '2026-11-20T20:00:00Z';
let clock = new Date(START);
let run: Running;

const db = () => run.frontline.database.db;
const send = (body: string) => postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, body);
const kudosCommand = (text: string, user_id = 'UGIVER') =>
  send(slashCommandBody({ text, user_id }));
const personId = async (slackId: string) =>
  (await first(db().select().from(people).where(eq(people.platformUserId, slackId))))!.id;
const dmsTo = (user: string) =>
  run.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === user);

beforeEach(async () => {
  clock = new Date(START);
  run = await startWithMockSlack({}, { now: () => clock });
  run.slack
    .addUser({ id: 'UGIVER', name: 'Gia' })
    .addUser({ id: 'UANA', name: 'Ana' })
    .addUser({ id: 'UBEN', name: 'Ben' })
    .addUser({ id: 'UMAX', name: 'Max', tz: 'Europe/Vilnius' })
    .addUser({ id: 'UNY', name: 'Nora', tz: 'America/New_York' })
    .addUser({ id: 'UBOSS', name: 'Bo', tz: 'Europe/Vilnius', is_admin: true });
  // Bo manages Max and Nora; Max manages Ana; Nora manages Ben.
  await kudosCommand('manager <@UANA|ana> <@UMAX|max>', 'UBOSS');
  await kudosCommand('manager <@UBEN|ben> <@UNY|nora>', 'UBOSS');
  await kudosCommand('manager <@UMAX|max> <@UBOSS|bo>', 'UBOSS');
  await kudosCommand('manager <@UNY|nora> <@UBOSS|bo>', 'UBOSS');
  await kudosCommand('<@UANA|ana> rescued the ACME renewal at midnight client:"ACME Ltd"');
  await kudosCommand('<@UBEN|ben> calmed an angry caller with patience');
  await run.frontline.outbox.drain();
  run.slack.calls.length = 0;
});

afterEach(() => run.stop());

async function at(iso: string): Promise<void> {
  clock = new Date(iso);
  await run.frontline.scheduler.tick();
  await run.frontline.outbox.drain();
}

test('each manager gets their digest at 09:00 on a working day in their own timezone, once', async () => {
  await at('2026-11-21T08:00:00Z'); // Saturday: no working-day digest
  expect(run.slack.callsTo('chat.postMessage')).toHaveLength(0);

  await at('2026-11-23T07:00:00Z'); // Monday 09:00 in Vilnius, 02:00 in New York
  const max = dmsTo('UMAX');
  expect(max).toHaveLength(1);
  const maxBlocks = JSON.stringify(max[0]!.args.blocks);
  expect(maxBlocks).toContain('<@UANA>');
  expect(maxBlocks).toContain('ACME Ltd');
  expect(maxBlocks).toContain('rescued the ACME renewal at midnight');
  expect(maxBlocks).toContain('"action_id":"send-thanks"');
  expect(maxBlocks).not.toContain('<@UBEN>'); // not Max's report
  expect(dmsTo('UNY')).toHaveLength(0);
  // Bo manages managers: the client-praised hero two levels down, and no digest for Ana.
  expect(JSON.stringify(dmsTo('UBOSS')[0]!.args.blocks)).toContain('<@UANA>');
  expect(dmsTo('UANA')).toHaveLength(0);

  await at('2026-11-23T07:30:00Z'); // the scheduler ticks again: nothing twice
  expect(dmsTo('UMAX')).toHaveLength(1);

  await at('2026-11-23T14:00:00Z'); // 09:00 in New York
  const nora = dmsTo('UNY');
  expect(nora).toHaveLength(1);
  expect(JSON.stringify(nora[0]!.args.blocks)).toContain('calmed an angry caller');
});

test('after downtime only the latest missed digest is sent, covering everything since the last', async () => {
  await at('2026-11-26T10:00:00Z'); // Thursday: Monday to Thursday were missed
  expect(dmsTo('UMAX')).toHaveLength(1);
  const max = await personId('UMAX');
  const keys = (await db().select().from(outbox))
    .map((r) => r.key)
    .filter((k) => k.includes(`:digest:${max}:`));
  expect(keys).toEqual([expect.stringContaining('2026-11-26')]);
});

test('an empty digest is not sent, and /kudos digest off stops them', async () => {
  const off = await kudosCommand('digest off', 'UNY');
  expect((off.json() as { text: string }).text).toBe(t('en', 'settings.digest.off'));
  await at('2026-11-23T14:00:00Z');
  expect(dmsTo('UNY')).toHaveLength(0);
  await at('2026-11-24T07:00:00Z'); // Tuesday: Max's praise was in Monday's digest already
  expect(dmsTo('UMAX')).toHaveLength(1);
});

describe('Send thanks', () => {
  const click = (user: string, kudosId: number) =>
    send(
      blockAction({
        user,
        actionId: 'send-thanks',
        value: String(kudosId),
        text: 'Send thanks',
        responseUrl: 'http://127.0.0.1:9/response',
      }),
    );
  const submit = (user: string, kudosId: number, note: string, viewId = 'VTHANKS') =>
    send(
      viewSubmission({
        user,
        callbackId: 'send-thanks',
        viewId,
        metadata: { kudos: String(kudosId) },
        title: 'Send thanks',
        state: textInputs({ note }),
      }),
    );

  test('the manager edits a suggested note; the employee gets it and the thanks is recorded', async () => {
    const anaKudos = (await first(
      db()
        .select()
        .from(kudos)
        .where(eq(kudos.recipientId, await personId('UANA'))),
    ))!;
    expect((await click('UMAX', anaKudos.id)).status).toBe(200);
    const [open] = await run.slack.waitFor('views.open');
    const modal = JSON.stringify(open!.args.view);
    expect(modal).toContain('"callback_id":"send-thanks"');
    expect(modal).toContain('ACME Ltd took the time to praise you');

    clock = new Date('2026-11-21T01:00:00Z');
    const res = await submit('UMAX', anaKudos.id, 'Ana, ACME noticed and so did I. Thank you!');
    expect((res.json() as { response_action: string }).response_action).toBe('update');
    const thanked = (await first(db().select().from(kudos).where(eq(kudos.id, anaKudos.id))))!;
    expect(thanked.thankedById).toBe(await personId('UMAX'));
    expect(thanked.thankedAt).toEqual(clock);
    await run.frontline.outbox.drain();
    const dm = dmsTo('UANA');
    expect(dm).toHaveLength(1);
    expect(JSON.stringify(dm[0]!.args.blocks)).toContain('ACME noticed and so did I');
    expect(JSON.stringify(dm[0]!.args.blocks)).toContain('<@UMAX>');

    // Thanked kudos leave the digest; the manager sees their own time to thank (5 h).
    await kudosCommand('<@UANA|ana> another lovely note from a client client:"Globex"');
    await at('2026-11-23T07:00:00Z');
    const digest = JSON.stringify(dmsTo('UMAX')[0]!.args.blocks);
    expect(digest).not.toContain('rescued the ACME renewal');
    expect(digest).toContain('Globex');
    expect(digest).toContain(t('en', 'digest.thankTime', { hours: 5 }));
  });

  test('someone outside the manager chain cannot open or send thanks; nothing is stored', async () => {
    const anaKudos = (await first(
      db()
        .select()
        .from(kudos)
        .where(eq(kudos.recipientId, await personId('UANA'))),
    ))!;
    await click('UNY', anaKudos.id);
    const [refusal] = await run.slack.waitFor('chat.postEphemeral');
    expect(String(refusal!.args.text)).toBe(t('en', 'thanks.notYourReport', { name: 'Ana' }));
    expect(run.slack.callsTo('views.open')).toHaveLength(0);

    const forged = await submit('UNY', anaKudos.id, 'I am not her manager');
    expect(forged.json()).toEqual({
      response_action: 'errors',
      errors: { note: t('en', 'thanks.notYourReport', { name: 'Ana' }) },
    });
    expect(
      (await first(db().select().from(kudos).where(eq(kudos.id, anaKudos.id))))!.thankedAt,
    ).toBeNull();
  });

  test('the manager’s manager may thank too, and thanking twice is answered, not repeated', async () => {
    const anaKudos = (await first(
      db()
        .select()
        .from(kudos)
        .where(eq(kudos.recipientId, await personId('UANA'))),
    ))!;
    await submit('UBOSS', anaKudos.id, 'From Bo: thank you, Ana.', 'V1');
    const again = await submit('UMAX', anaKudos.id, 'Thanks from Max too', 'V2');
    expect(JSON.stringify(again.json())).toContain('was already thanked');
    await run.frontline.outbox.drain();
    expect(dmsTo('UANA')).toHaveLength(1);
  });
});

test('/kudos thanks lists what is still waiting for the manager’s thanks', async () => {
  const res = await kudosCommand('thanks', 'UMAX');
  const body = JSON.stringify(res.json());
  expect(body).toContain('rescued the ACME renewal');
  expect(body).toContain('"action_id":"send-thanks"');
  // Bo manages Max and Nora, whose praise (none) is all thanked.
  const none = await kudosCommand('thanks', 'UBOSS');
  expect((none.json() as { text: string }).text).toBe(t('en', 'thanks.list.empty'));
  // Ana manages nobody: she is told so, and how that is set, not that all is thanked.
  const nobody = await kudosCommand('thanks', 'UANA');
  expect((nobody.json() as { text: string }).text).toBe(t('en', 'thanks.list.noReports'));
});

test('/kudos summary preview by someone who is not an admin says who may preview', async () => {
  const res = await kudosCommand('summary preview', 'UANA');
  expect((res.json() as { text: string }).text).toBe(t('en', 'summary.preview.notAdmin'));
  expect(t('en', 'summary.preview.notAdmin')).not.toContain('change');
});

test('open reports in the manager’s chain are in the digest, overdue first, never in anyone else’s', async () => {
  const report = (reporter: string, client: string, severity: string, viewId: string) =>
    send(
      reportSubmission(reporter, viewId, {
        client,
        what: 'Shouted at me on the phone again.',
        severity,
      }),
    );
  await report('UANA', 'Initech', 'concerning', 'VR1');
  clock = new Date('2026-11-20T21:00:00Z');
  await report('UANA', 'Umbrella', 'threatening', 'VR2'); // a threat: overdue an hour later
  await run.frontline.outbox.drain();
  run.slack.calls.length = 0;
  clock = new Date('2026-11-23T07:00:00Z');
  await run.frontline.scheduler.tick();
  await run.frontline.outbox.drain();
  const digest = dmsTo('UMAX')[0]!;
  const blocks = JSON.stringify(digest.args.blocks);
  expect(blocks).toContain(t('en', 'digest.reports.title'));
  expect(blocks.indexOf('Umbrella')).toBeLessThan(blocks.indexOf('Initech'));
  expect(blocks).toContain('Overdue: ');
  // Nora manages Ben, not Ana: her digest (if any) says nothing of Ana's reports.
  for (const call of dmsTo('UNY')) expect(JSON.stringify(call.args)).not.toContain('Initech');
});
