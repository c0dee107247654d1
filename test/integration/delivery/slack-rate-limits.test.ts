import { first, written } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { enqueueDelivery } from '../../../src/core/delivery/deliveries';
import { text } from '../../../src/core/shared/message';
import { connectDatabase } from '../../../src/db/database';
import { forwardedEmails, kudos, outbox, people, workspaces } from '../../../src/db/schema';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import { databaseEnv, newTestDatabase } from '../../support/test-database';
import type { MockSlackApi } from '../../support/mock-slack-api';
import { eventBody, postToSlackEndpoint } from '../../support/slack-request';
import { until } from '../../support/eventually';

/**
 * Slack holds apps distributed outside its Marketplace to one conversations.history and one
 * conversations.replies call a minute (15 messages each); here that minute's call is spent.
 */
const limitHistory = (slack: MockSlackApi) =>
  slack
    .limit('conversations.history', 1, { used: true })
    .limit('conversations.replies', 1, { used: true });

let run: Running | undefined;
afterEach(async () => {
  await run?.stop();
  run = undefined;
});

const db = () => run!.frontline.database.db;
/** The kudos recorded, once there are any. */
const given = async () => {
  const rows = await db().select().from(kudos);
  return rows.length > 0 && rows;
};
const historyCalls = () =>
  run!.slack.calls.filter((c) => /^conversations\.(history|replies)$/.test(c.method));

let eventCount = 0;
const sendEvent = (event: Record<string, unknown>) =>
  postToSlackEndpoint(run!.baseUrl, SIGNING_SECRET, eventBody(event, `EvRate${++eventCount}`), {
    json: true,
  });

const COMPLIMENT_FORWARD =
  '---------- Forwarded message ---------\nFrom: John Smith <john@acme-logistics.com>\n' +
  'Date: Mon, Nov 16, 2026 at 10:12 AM\nSubject: Yesterday\nTo: Ana <ana@example.com>\n\n' +
  'Hi Ana,\n\nThank you so much for your fantastic help yesterday. You went above and beyond, ' +
  'and the whole team is grateful for your patience.\n\nBest regards,\nJohn Smith\n';

describe('reactions while conversations.history is limited to a call a minute', () => {
  beforeEach(async () => {
    run = await startWithMockSlack({}, { prepare: limitHistory });
    run.slack
      .addUser({ id: 'UGIA', name: 'Gia', email: 'gia@example.com' })
      .addUser({ id: 'UANA', name: 'Ana', email: 'ana@example.com' })
      .addUser({ id: 'UBEN', name: 'Ben', email: 'ben@example.com' });
  });

  test('a kudos emoji on a forwarded email Frontline read costs no history call', async () => {
    await sendEvent({
      type: 'message',
      channel: 'C1',
      channel_type: 'channel',
      user: 'UGIA',
      ts: '1700000100.000100',
      text: COMPLIMENT_FORWARD,
    });
    await until(async () => (await db().select().from(forwardedEmails)).length === 1);
    const before = historyCalls().length;

    await sendEvent({
      type: 'reaction_added',
      user: 'UBEN',
      reaction: 'clap',
      item_user: 'UGIA',
      item: { type: 'message', channel: 'C1', ts: '1700000100.000100' },
      event_ts: '1700000100.000200',
    });
    const [kudosGiven] = await until(given);
    // The email's words, for the person it concerns (not the forwarder who posted it).
    expect(kudosGiven!.words).toContain('fantastic help yesterday');
    const ana = (await first(db().select().from(people).where(eq(people.platformUserId, 'UANA'))))!;
    expect(kudosGiven!.recipientId).toBe(ana.id);
    expect(historyCalls().length).toBe(before);
  });

  test('the report emoji costs no history call: the message is read when the button is used', async () => {
    await sendEvent({
      type: 'reaction_added',
      user: 'UANA',
      reaction: 'rotating_light',
      item_user: 'UGIA',
      item: { type: 'message', channel: 'C1', ts: '1700000200.000100' },
      event_ts: '1700000200.000200',
    });
    const [prompt] = await run!.slack.waitFor('chat.postEphemeral');
    expect(prompt!.args.user).toBe('UANA');
    expect(historyCalls()).toEqual([]);
  });

  test('a kudos emoji on a message Slack will not let Frontline read: kudos for item_user', async () => {
    run!.slack.addMessage('C1', {
      ts: '1700000300.000100',
      user: 'UANA',
      text: 'I fixed the invoice export for ACME tonight',
    });
    await sendEvent({
      type: 'reaction_added',
      user: 'UBEN',
      reaction: 'clap',
      item_user: 'UANA',
      item: { type: 'message', channel: 'C1', ts: '1700000300.000100' },
      event_ts: '1700000300.000200',
    });
    const [kudosGiven] = await until(given);
    const ana = (await first(db().select().from(people).where(eq(people.platformUserId, 'UANA'))))!;
    expect(kudosGiven!.recipientId).toBe(ana.id);
    // Slack said no (429, Retry-After): Frontline went on without waiting out the minute.
    expect(historyCalls().some((c) => c.rateLimited)).toBe(true);
    expect(historyCalls().every((c) => c.rateLimited)).toBe(true);
  });
});

describe('crash reconciliation under the same limit', () => {
  test('two interrupted deliveries to one DM are read back with one history call', async () => {
    const database = await newTestDatabase();
    const seed = await connectDatabase(database);
    const ws = await written(
      seed.db.insert(workspaces).values({ platform: 'slack', externalId: 'T1' }).returning(),
    );
    const ana = await written(
      seed.db
        .insert(people)
        .values({ workspaceId: ws.id, platformUserId: 'UANA', name: 'Ana' })
        .returning(),
    );
    const claimedAt = new Date(Date.now() - 5_000);
    for (const key of ['digest:arrived', 'digest:lost']) {
      await enqueueDelivery(
        seed.db,
        {
          workspaceId: ws.id,
          key,
          to: { kind: 'person', personId: ana.id },
          message: { parts: [text(`message ${key}`)] },
        },
        claimedAt,
      );
    }
    // The crash came after Slack took the first and before it took the second.
    await seed.db.update(outbox).set({ status: 'sending', attempts: 1, claimedAt });
    await seed.close();

    run = await startWithMockSlack(databaseEnv(database), {
      prepare: (slack) => {
        slack
          .limit('conversations.history', 1)
          .limit('conversations.replies', 1)
          .addMessage('DUANA', {
            ts: (claimedAt.getTime() / 1000 + 1).toFixed(6),
            user: 'UBOT',
            bot_id: 'BBOT',
            text: 'message digest:arrived',
            metadata: {
              event_type: 'frontline_delivery',
              event_payload: { key: 'digest:arrived' },
            },
          });
      },
    });
    const rows = await until(async () => {
      const all = await db().select().from(outbox);
      return all.every((r) => r.status === 'sent') && all;
    });
    expect(rows).toHaveLength(2);
    // One look-up for the conversation, within the limit; only the lost one posted again.
    expect(historyCalls()).toHaveLength(1);
    expect(historyCalls()[0]!.rateLimited).toBeUndefined();
    expect(Number(historyCalls()[0]!.args.limit)).toBeLessThanOrEqual(15);
    const posted = run.slack.callsTo('chat.postMessage');
    expect(posted.map((c) => c.args.text)).toEqual(['message digest:lost']);
  });
});
