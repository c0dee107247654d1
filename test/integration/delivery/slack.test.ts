import { eq } from 'drizzle-orm';
import { enqueueDelivery, type Target } from '../../../src/core/delivery/deliveries';
import { text } from '../../../src/core/shared/message';
import { outbox, people, workspaces } from '../../../src/db/schema';
import { OutboxWorker } from '../../../src/jobs/outbox';
import { createLogger } from '../../../src/log';
import { startWithMockSlack, type Running } from '../../support/frontline';

let run: Running;
let workspaceId: number;

beforeEach(async () => {
  // A Marketplace app (Tier 3 history): reading back after a crash is not paced a minute apart.
  run = await startWithMockSlack({ SLACK_HISTORY_PER_MINUTE: '100' });
  workspaceId = db()
    .insert(workspaces)
    .values({ platform: 'slack', externalId: 'T1' })
    .returning()
    .get().id;
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
const drain = () => run.frontline.outbox.drain();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let keys = 0;
function enqueue(to: Target | string): string {
  const key = `delivery-test:${++keys}`;
  const target: Target = typeof to === 'string' ? { kind: 'channel', channel: to } : to;
  enqueueDelivery(
    db(),
    { workspaceId, key, to: target, message: { parts: [text(`delivery ${keys}`)] } },
    new Date(),
  );
  return key;
}
const rowOf = (key: string) => db().select().from(outbox).where(eq(outbox.key, key)).get()!;
const postsTo = (channel: string) =>
  run.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
function addPerson(platformUserId: string): Target {
  const person = db()
    .insert(people)
    .values({ workspaceId, platformUserId, name: platformUserId })
    .returning()
    .get();
  return { kind: 'person', personId: person.id };
}

describe('delivering to Slack', () => {
  test('a 429 is retried no sooner than its Retry-After says', async () => {
    let limited = false;
    run.slack.override = (method) => {
      if (method !== 'chat.postMessage' || limited) return undefined;
      limited = true;
      return {
        status: 429,
        headers: { 'retry-after': '2' },
        body: { ok: false, error: 'ratelimited' },
      };
    };
    const key = enqueue('C1');
    const before = Date.now();
    await drain();
    const after = Date.now();

    const waiting = rowOf(key);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'rate limited' });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 2000);
    expect(waiting.nextAttemptAt.getTime()).toBeLessThanOrEqual(after + 2000);

    await drain();
    expect(run.slack.callsTo('chat.postMessage')).toHaveLength(1);

    // A timer may fire a millisecond before the clock shows its time.
    await sleep(waiting.nextAttemptAt.getTime() - Date.now() + 10);
    await drain();
    expect(rowOf(key)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(run.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  test('a 500 backs off and is tried again, not given up', async () => {
    let failing = true;
    run.slack.override = (method) =>
      failing && method === 'chat.postMessage'
        ? { status: 500, body: { ok: false, error: 'internal_error' } }
        : undefined;
    const key = enqueue('C1');
    const before = Date.now();
    await drain();

    const waiting = rowOf(key);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toContain('500');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 2000);

    failing = false;
    // The backoff has passed.
    db().update(outbox).set({ nextAttemptAt: new Date() }).where(eq(outbox.key, key)).run();
    await drain();
    expect(rowOf(key)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  test('a channel that always fails does not hold up the others', async () => {
    run.slack.override = (method, args) => {
      if (method !== 'chat.postMessage') return undefined;
      if (args.channel === 'CGONE') return { body: { ok: false, error: 'channel_not_found' } };
      if (args.channel === 'CDOWN') return { status: 500, body: { ok: false } };
      return undefined;
    };
    const gone = enqueue('CGONE');
    const down = enqueue('CDOWN');
    const others = ['C1', 'C2', 'C3', 'C4', 'C5'].map((channel) => enqueue(channel));
    await drain();

    expect(others.map((key) => rowOf(key).status)).toEqual(others.map(() => 'sent'));
    expect(rowOf(gone)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'channel_not_found',
    });
    expect(rowOf(down)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(rowOf(down).nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  test('every message carries its outbox key as Slack message metadata', async () => {
    const key = enqueue('C1');
    await drain();
    const [post] = postsTo('C1');
    expect(post!.args.metadata).toEqual({
      event_type: 'frontline_delivery',
      event_payload: { key },
    });
  });

  describe('after a crash mid-send', () => {
    /** A new process on the same database, as after a restart. */
    async function restart(): Promise<void> {
      const worker = new OutboxWorker(
        { db: db(), now: () => new Date(), log: createLogger('silent') },
        { slack: run.frontline.slack!.sender },
      );
      await worker.start();
      await worker.stop();
    }
    /** What a crash between Slack's answer and marking the row leaves: a claim by a worker gone. */
    const strand = (key: string) =>
      db()
        .update(outbox)
        .set({ status: 'sending', sentAt: null, claimedBy: 'a worker that crashed' })
        .where(eq(outbox.key, key))
        .run();

    test('a message Slack already has is marked sent, not posted again', async () => {
      const toChannel = enqueue('C1');
      const toAna = enqueue(addPerson('UANA'));
      await drain();
      expect(run.slack.messages.get('DUANA')).toHaveLength(1);
      strand(toChannel);
      strand(toAna);

      await restart();
      expect(rowOf(toChannel)).toMatchObject({ status: 'sent', attempts: 1 });
      expect(rowOf(toAna)).toMatchObject({ status: 'sent', attempts: 1 });
      expect(run.slack.callsTo('chat.postMessage')).toHaveLength(2);
      expect(run.slack.callsTo('conversations.open').map((c) => c.args.users)).toEqual(['UANA']);
      const looked = run.slack.callsTo('conversations.history').map((c) => c.args);
      expect(looked.map((a) => a.channel).sort()).toEqual(['C1', 'DUANA']);
      expect(looked.every((a) => String(a.include_all_metadata) === 'true')).toBe(true);
    });

    test('a message Slack does not have is posted once', async () => {
      const toAna = enqueue(addPerson('UANA'));
      // Another delivery to Ana is in her DM; this one never reached Slack.
      run.slack.post('DUANA', {
        text: 'earlier',
        metadata: { event_type: 'frontline_delivery', event_payload: { key: 'other' } },
      });
      db()
        .update(outbox)
        .set({ status: 'sending', attempts: 1, claimedAt: new Date() })
        .where(eq(outbox.key, toAna))
        .run();

      await restart();
      await drain();
      expect(rowOf(toAna)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(postsTo('UANA')).toHaveLength(1);
      expect(run.slack.messages.get('DUANA')).toHaveLength(2);
    });

    test('when Slack cannot tell, the row is failed and not posted again', async () => {
      const key = enqueue('CPRIVATE');
      db()
        .update(outbox)
        .set({ status: 'sending', attempts: 1, claimedAt: new Date() })
        .where(eq(outbox.key, key))
        .run();
      run.slack.override = (method) =>
        method === 'conversations.history'
          ? { body: { ok: false, error: 'not_in_channel' } }
          : undefined;

      await restart();
      await drain();
      expect(rowOf(key).status).toBe('failed');
      expect(rowOf(key).lastError).toContain('not sent again');
      expect(run.slack.callsTo('chat.postMessage')).toHaveLength(0);
    });
  });
});
