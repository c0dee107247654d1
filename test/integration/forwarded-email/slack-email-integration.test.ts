import { first } from '../../../src/db/query';
/**
 * Emails people forward to Slack's own email addresses (a channel's, an app's): Slack posts
 * them as Slackbot, with a bot_id and an email file. Every event here is a recorded one
 * (test/fixtures/recorded/slack) with only ids and the email's own fields changed.
 */
import { eq } from 'drizzle-orm';
import { forwardedEmails, kudos, people } from '../../../src/db/schema';
import { EMAIL_ACTIONS } from '../../../src/core/forwarded-email/react';
import { findOrCreateWorkspace } from '../../../src/core/people/people';
import { importPeople } from '../../../src/core/people/import-people';
import { createLogger } from '../../../src/log';
import { t } from '../../../src/i18n';
import { until } from '../../support/eventually';
import { startWithMockSlack, type Running } from '../../support/frontline';
import {
  recorded,
  recordedEvent,
  replayCommand,
  replayEvent,
  replayInteraction,
} from '../../support/recorded-slack';
import { inTurn } from '../../support/in-turn';

let run: Running;

beforeEach(async () => {
  run = await startWithMockSlack();
  run.slack
    .addUser({ id: 'UGIA', name: 'Gia', email: 'gia@example.com' })
    .addUser({ id: 'UANA', name: 'Ana', email: 'ana@example.com' })
    .addUser({ id: 'UMAX', name: 'Max', email: 'max@example.com' });
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
const emails = async () => await db().select().from(forwardedEmails);
const personOf = async (id: number) =>
  await first(db().select().from(people).where(eq(people.id, id)));

const COMPLIMENT =
  'Hi Ana,\n\nThank you so much for your fantastic help yesterday. You went above and beyond, ' +
  'and the whole team is grateful for your patience.\n\nBest regards,\nJohn Smith\nHead of Operations';
const ABUSE =
  'You are useless incompetent idiots. I will make sure you all get fired, you pathetic morons.';

/** What Gmail puts in an email forwarded on to Slack: the forwarder's note, then the client's. */
const gmailForward = (words: string) =>
  'Look what the client wrote.\n\n---------- Forwarded message ---------\n' +
  'From: John Smith <john@acme-logistics.com>\nDate: Mon, Nov 16, 2026 at 10:12 AM\n' +
  'Subject: Yesterday’s delivery\nTo: Ana <ana@example.com>\n\n' +
  `${words}\n`;

/**
 * The recorded email-integration event, as if `sender` had forwarded `body` to the channel's
 * (or the DM's) address: only the email file's own fields, the conversation and the ts change.
 */
function forwardedToSlack(
  sender: string,
  body: string,
  where: { channel?: string; im?: boolean; ts?: string } = {},
) {
  return recordedEvent('message-email-integration', (event) => {
    const [file] = event.files;
    file.from = [{ address: sender, name: 'Forwarder', original: `Forwarder <${sender}>` }];
    file.subject = 'Fwd: Yesterday’s delivery';
    file.title = file.name = file.subject;
    file.plain_text = body;
    file.preview = file.preview_plain_text = body.slice(0, 80);
    file.headers.message_id = `<${where.ts ?? event.ts}@mail.example.com>`;
    event.channel = where.channel ?? event.channel;
    event.channel_type = where.im ? 'im' : 'channel';
    event.ts = event.event_ts = where.ts ?? event.ts;
  });
}

const lookupsOf = (address: string) =>
  run.slack.callsTo('users.lookupByEmail').filter((c) => c.args.email === address);

describe("Slack's email integration", () => {
  test('the recorded event as Slack sent it is read and kept, not dropped for its bot_id', async () => {
    const envelope = recorded('message-email-integration');
    const res = await replayEvent(run.baseUrl, envelope);
    expect(res.status).toBe(200);
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(row).toMatchObject({
      source: 'email-file',
      channel: 'C1',
      messageTs: '1671217113.292829',
      fromAddress: 'addr@example.com',
      subject: 'meow',
      kind: 'neither',
      status: 'dismissed',
    });
    // Its sender is nobody here: Slackbot, who posted it, stands in on the record.
    expect(lookupsOf('addr@example.com')).toHaveLength(1);
    expect(await personOf(row!.forwarderId)).toMatchObject({
      platformUserId: 'USLACKBOT',
      isBot: true,
    });
    // "meow" is neither praise nor abuse: nothing is said.
    expect(run.slack.callsTo('reactions.add')).toEqual([]);
  });

  test('the forwarder found by users.lookupByEmail gets the sparkles, the thread offer, and records it in one click', async () => {
    await replayEvent(run.baseUrl, forwardedToSlack('gia@example.com', gmailForward(COMPLIMENT)));
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(await personOf(row!.forwarderId)).toMatchObject({ platformUserId: 'UGIA', name: 'Gia' });
    expect(lookupsOf('gia@example.com')).toHaveLength(1);
    expect(row).toMatchObject({ kind: 'compliment', fromAddress: 'john@acme-logistics.com' });
    // Whom it concerns is the client's addressee, not the forwarder.
    expect((await inTurn(row!.concernsIds, personOf)).map((p) => p?.platformUserId)).toEqual([
      'UANA',
    ]);

    const [reaction] = await run.slack.waitFor('reactions.add');
    expect(reaction!.args).toMatchObject({
      channel: 'C1',
      timestamp: '1671217113.292829',
      name: 'sparkles',
    });
    const [offer] = await run.slack.waitFor('chat.postMessage');
    expect(offer!.args).toMatchObject({ channel: 'C1', thread_ts: '1671217113.292829' });
    expect(JSON.stringify(offer!.args.blocks)).toContain(
      'Record kudos for Ana from Acme Logistics',
    );

    // The recorded click, made Gia's on Frontline's button.
    const click = recorded('block-actions');
    click.actions[0].action_id = EMAIL_ACTIONS.recordKudos;
    click.actions[0].value = String(row!.id);
    await replayInteraction(run.baseUrl, click);
    const given = await until(async () => await first(db().select().from(kudos)));
    expect(given).toMatchObject({ source: 'email' });
    expect(given.words).toContain('fantastic help yesterday');
  });

  test('abuse forwarded from a known address: the eyes, and the report offered privately to the forwarder', async () => {
    await replayEvent(run.baseUrl, forwardedToSlack('max@example.com', gmailForward(ABUSE)));
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(row).toMatchObject({ kind: 'abusive' });
    expect((await personOf(row!.forwarderId))?.platformUserId).toBe('UMAX');
    const [reaction] = await run.slack.waitFor('reactions.add');
    expect(reaction!.args.name).toBe('eyes');
    const [dm] = await run.slack.waitFor('chat.postMessage');
    expect(dm!.args.channel).toBe('UMAX');
    expect(JSON.stringify(dm!.args.blocks)).toContain(EMAIL_ACTIONS.report);
    expect(JSON.stringify(dm!.args.blocks)).toContain('Report to my manager');
    // Nothing public, and the client's words nowhere.
    const posts = run.slack.callsTo('chat.postMessage');
    expect(posts.filter((c) => String(c.args.channel).startsWith('C'))).toEqual([]);
    expect(JSON.stringify(run.slack.calls)).not.toContain('pathetic morons');
  });

  test('the forwarder found by an imported email is not looked up in Slack', async () => {
    const ctx = { db: db(), now: () => new Date(), log: createLogger('silent') };
    const workspace = await findOrCreateWorkspace(ctx, 'slack', 'T1');
    run.slack.addUser({ id: 'UNORA', name: 'Nora', email: 'nora@example.com' });
    await importPeople(
      ctx,
      workspace,
      'person,name,team\nnora@example.com,Nora Imported,Support\n',
    );
    // Nora uses Frontline once: her Slack account is linked to the imported row.
    await replayCommand(run.baseUrl, {
      ...recorded('slash-command'),
      user_id: 'UNORA',
      text: 'help',
    });
    const nora = await until(
      async () => await first(db().select().from(people).where(eq(people.platformUserId, 'UNORA'))),
    );
    expect(nora).toMatchObject({ email: 'nora@example.com', team: 'Support' });

    await replayEvent(run.baseUrl, forwardedToSlack('Nora@Example.com', gmailForward(COMPLIMENT)));
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(row!.forwarderId).toBe(nora.id);
    expect(run.slack.callsTo('users.lookupByEmail').map((c) => c.args.email)).not.toContain(
      'Nora@Example.com',
    );
    await run.slack.waitFor('reactions.add');
    const [offer] = await run.slack.waitFor('chat.postMessage');
    expect(offer!.args.thread_ts).toBe('1671217113.292829');
  });

  test('an imported person Slack does not know by that address is still the forwarder on record', async () => {
    const ctx = { db: db(), now: () => new Date(), log: createLogger('silent') };
    const workspace = await findOrCreateWorkspace(ctx, 'slack', 'T1');
    await importPeople(ctx, workspace, 'person,name\nolga@example.com,Olga\n');
    await replayEvent(run.baseUrl, forwardedToSlack('olga@example.com', gmailForward(COMPLIMENT)));
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    // Slack was asked, and answered as it does for an address it has no account for.
    expect(lookupsOf('olga@example.com')).toHaveLength(1);
    expect(await personOf(row!.forwarderId)).toMatchObject({ name: 'Olga', platformUserId: null });
    await run.slack.waitFor('reactions.add');
    const [offer] = await run.slack.waitFor('chat.postMessage');
    expect(JSON.stringify(offer!.args.blocks)).toContain(
      'Record kudos for Ana from Acme Logistics',
    );
  });

  test('from an address nobody has, in a DM: the DM’s owner is the forwarder', async () => {
    await replayEvent(
      run.baseUrl,
      forwardedToSlack('gia.home@gmail.com', gmailForward(ABUSE), { channel: 'DUGIA', im: true }),
    );
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(lookupsOf('gia.home@gmail.com')).toHaveLength(1);
    expect(run.slack.callsTo('conversations.info')[0]!.args.channel).toBe('DUGIA');
    expect((await personOf(row!.forwarderId))?.platformUserId).toBe('UGIA');
    const [reaction] = await run.slack.waitFor('reactions.add');
    expect(reaction!.args).toMatchObject({ channel: 'DUGIA', name: 'eyes' });
    const [dm] = await run.slack.waitFor('chat.postMessage');
    expect(dm!.args.channel).toBe('UGIA');
    expect(JSON.stringify(dm!.args.blocks)).toContain(EMAIL_ACTIONS.report);
  });

  test('nobody to tell: the thread hears it, the record is kept, and whoever forwarded it can claim it', async () => {
    const envelope = forwardedToSlack('someone@elsewhere.example', gmailForward(COMPLIMENT));
    await replayEvent(run.baseUrl, envelope);
    const [row] = await until(async () => (await emails()).length === 1 && (await emails()));
    expect(row).toMatchObject({ kind: 'compliment', status: 'offered' });
    expect((await personOf(row!.forwarderId))?.platformUserId).toBe('USLACKBOT');
    const [told] = await run.slack.waitFor('chat.postMessage');
    expect(told!.args).toMatchObject({ channel: 'C1', thread_ts: '1671217113.292829' });
    expect(String(told!.args.text)).toBe(t('en', 'email.forwarder.unknown'));
    // No reaction and no offer: there is nobody to make it to.
    expect(run.slack.callsTo('reactions.add')).toEqual([]);
    expect(JSON.stringify(told!.args.blocks ?? '')).not.toContain(EMAIL_ACTIONS.recordKudos);
    // A channel is not a DM: its members are nobody's forward.
    expect(run.slack.callsTo('conversations.info')).toEqual([]);

    // Gia says it was hers: the recorded mention, made in the email's thread.
    run.slack.addMessage('C1', { ...envelope.event });
    await replayEvent(
      run.baseUrl,
      recordedEvent('app-mention', (event) => {
        event.thread_ts = '1671217113.292829';
        event.text = '<@UBOT> that was me';
      }),
    );
    const [answer] = await run.slack.waitFor('chat.postEphemeral');
    expect(answer!.args.user).toBe('UGIA');
    expect(JSON.stringify(answer!.args.blocks)).toContain(EMAIL_ACTIONS.recordKudos);
    const claimed = await until(async () => {
      const now = (await emails())[0]!;
      return (await personOf(now.forwarderId))?.platformUserId === 'UGIA' && now;
    });
    expect(claimed.id).toBe(row!.id);
    expect(await emails()).toHaveLength(1);
  });

  test('Slack retrying the same event changes nothing', async () => {
    const envelope = forwardedToSlack('gia@example.com', gmailForward(COMPLIMENT));
    await replayEvent(run.baseUrl, envelope);
    await until(async () => (await emails()).length === 1);
    await run.slack.waitFor('chat.postMessage');
    await replayEvent(run.baseUrl, envelope, { retryNum: 1 });
    await replayEvent(run.baseUrl, envelope, { retryNum: 2 });
    await afterTheOthers();
    expect(notTheMarker(await emails())).toHaveLength(1);
    expect(notTheMarker(run.slack.callsTo('reactions.add'))).toHaveLength(1);
    const inChannel = run.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C1');
    expect(inChannel).toHaveLength(1);
    expect(run.slack.callsTo('chat.postEphemeral')).toEqual([]);
    expect(await db().select().from(people).where(eq(people.platformUserId, 'UGIA'))).toHaveLength(
      1,
    );
  });
});

describe('messages that are nobody’s forward', () => {
  test('Frontline’s own messages are not read, not even an email file or a forward in them', async () => {
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-own-bot', (event) => {
        event.text = gmailForward(COMPLIMENT);
      }),
    );
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-email-integration', (event) => {
        event.user = 'UBOT';
        event.bot_id = event.files[0].bot_id = 'BBOT';
        event.files[0].plain_text = gmailForward(COMPLIMENT);
      }),
    );
    await afterTheOthers();
    expect(notTheMarker(await emails())).toEqual([]);
    expect(notTheMarker(run.slack.callsTo('reactions.add'))).toEqual([]);
  });

  test('other apps’ messages and Slackbot’s notices are not read, forwards in them or not', async () => {
    const forward = gmailForward(COMPLIMENT);
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-other-bot', (event) => {
        event.text = forward;
      }),
    );
    // The same app posting without a subtype, as apps using chat.postMessage do.
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-other-bot', (event) => {
        delete event.subtype;
        event.user = 'UOTHERAPP';
        event.text = forward;
      }),
    );
    await replayEvent(
      run.baseUrl,
      recordedEvent('message-slackbot-notice', (event) => {
        event.text = forward;
      }),
    );
    // The recorded notice as it was: nothing either.
    await replayEvent(run.baseUrl, recorded('message-slackbot-notice'));
    await afterTheOthers();
    expect(notTheMarker(await emails())).toEqual([]);
    expect(notTheMarker(run.slack.callsTo('reactions.add'))).toEqual([]);
    expect(run.slack.callsTo('chat.postEphemeral')).toEqual([]);
    // Nobody was taken for the author of a forward: only Gia, for her own.
    expect(run.slack.callsTo('users.info').map((c) => c.args.user)).toEqual(['UGIA']);
  });
});

const MARKER_TS = '1664408649.009629';

/**
 * Events are answered before they are handled: a forward Gia pastes in her DM last is read
 * after the ones before it were handled (or dropped), so what they left can be looked at.
 */
async function afterTheOthers(): Promise<void> {
  await replayEvent(
    run.baseUrl,
    recordedEvent('message-im', (event) => {
      const words = 'Many thanks to Ana for the wonderful support on Friday.';
      event.text = gmailForward(words).replace(/</g, '&lt;').replace(/>/g, '&gt;');
    }),
  );
  await until(async () => (await emails()).some((e) => e.messageTs === MARKER_TS));
  await run.frontline.outbox.drain();
}

/** What is left once the marker's own record and calls are set aside. */
const notTheMarker = <T extends { messageTs?: string; args?: Record<string, unknown> }>(
  list: T[],
) => list.filter((x) => x.messageTs !== MARKER_TS && x.args?.timestamp !== MARKER_TS);
