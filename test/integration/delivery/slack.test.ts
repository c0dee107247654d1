import { first, written } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { enqueueDelivery, type Target } from '../../../src/core/delivery/deliveries';
import { text } from '../../../src/core/shared/message';
import { outbox, people, workspaces } from '../../../src/db/schema';
import { OutboxWorker } from '../../../src/jobs/outbox';
import { createLogger } from '../../../src/log';
import { startWithMockSlack, type Running } from '../../support/frontline';
import { inTurn } from '../../support/in-turn';

let run: Running;
let workspaceId: number;

beforeEach(async () => {
  // A Marketplace app (Tier 3 history): reading back after a crash is not paced a minute apart.
  run = await startWithMockSlack({ SLACK_HISTORY_PER_MINUTE: '100' });
  workspaceId = (
    await written(
      db().insert(workspaces).values({ platform: 'slack', externalId: 'T1' }).returning(),
    )
  ).id;
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
const drain = () => run.frontline.outbox.drain();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let keys = 0;
async function enqueue(to: Target | string): Promise<string> {
  const key = `delivery-test:${++keys}`;
  const target: Target = typeof to === 'string' ? { kind: 'channel', channel: to } : to;
  await enqueueDelivery(
    db(),
    { workspaceId, key, to: target, message: { parts: [text(`delivery ${keys}`)] } },
    new Date(),
  );
  return key;
}
const rowOf = async (key: string) =>
  (await first(db().select().from(outbox).where(eq(outbox.key, key))))!;
const postsTo = (channel: string) =>
  run.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
async function addPerson(platformUserId: string): Promise<Target> {
  const person = await written(
    db().insert(people).values({ workspaceId, platformUserId, name: platformUserId }).returning(),
  );
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
    const key = await enqueue('C1');
    const before = Date.now();
    await drain();
    const after = Date.now();

    const waiting = await rowOf(key);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'rate limited' });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 2000);
    expect(waiting.nextAttemptAt.getTime()).toBeLessThanOrEqual(after + 2000);

    await drain();
    expect(run.slack.callsTo('chat.postMessage')).toHaveLength(1);

    // A timer may fire a millisecond before the clock shows its time.
    await sleep(waiting.nextAttemptAt.getTime() - Date.now() + 10);
    await drain();
    expect(await rowOf(key)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(run.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  test('a 500 backs off and is tried again, not given up', async () => {
    let failing = true;
    run.slack.override = (method) =>
      failing && method === 'chat.postMessage'
        ? { status: 500, body: { ok: false, error: 'internal_error' } }
        : undefined;
    const key = await enqueue('C1');
    const before = Date.now();
    await drain();

    const waiting = await rowOf(key);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting.lastError).toContain('500');
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 2000);

    failing = false;
    // The backoff has passed.
    await db().update(outbox).set({ nextAttemptAt: new Date() }).where(eq(outbox.key, key));
    await drain();
    expect(await rowOf(key)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  test('a channel that always fails does not hold up the others', async () => {
    run.slack.override = (method, args) => {
      if (method !== 'chat.postMessage') return undefined;
      if (args.channel === 'CGONE') return { body: { ok: false, error: 'channel_not_found' } };
      if (args.channel === 'CDOWN') return { status: 500, body: { ok: false } };
      return undefined;
    };
    const gone = await enqueue('CGONE');
    const down = await enqueue('CDOWN');
    const others = await inTurn(['C1', 'C2', 'C3', 'C4', 'C5'], enqueue);
    await drain();

    expect((await inTurn(others, rowOf)).map((r) => r.status)).toEqual(others.map(() => 'sent'));
    expect(await rowOf(gone)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'channel_not_found',
    });
    expect(await rowOf(down)).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await rowOf(down)).nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });

  test('every message carries its outbox key as Slack message metadata', async () => {
    const key = await enqueue('C1');
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
    const strand = async (key: string) =>
      await db()
        .update(outbox)
        .set({ status: 'sending', sentAt: null, claimedBy: 'a worker that crashed' })
        .where(eq(outbox.key, key));

    test('a message Slack already has is marked sent, not posted again', async () => {
      const toChannel = await enqueue('C1');
      const toAna = await enqueue(await addPerson('UANA'));
      await drain();
      expect(run.slack.messages.get('DUANA')).toHaveLength(1);
      await strand(toChannel);
      await strand(toAna);

      await restart();
      expect(await rowOf(toChannel)).toMatchObject({ status: 'sent', attempts: 1 });
      expect(await rowOf(toAna)).toMatchObject({ status: 'sent', attempts: 1 });
      expect(run.slack.callsTo('chat.postMessage')).toHaveLength(2);
      expect(run.slack.callsTo('conversations.open').map((c) => c.args.users)).toEqual(['UANA']);
      const looked = run.slack.callsTo('conversations.history').map((c) => c.args);
      expect(looked.map((a) => a.channel).sort()).toEqual(['C1', 'DUANA']);
      expect(looked.every((a) => String(a.include_all_metadata) === 'true')).toBe(true);
    });

    test('a message Slack does not have is posted once', async () => {
      const toAna = await enqueue(await addPerson('UANA'));
      // Another delivery to Ana is in her DM; this one never reached Slack.
      run.slack.post('DUANA', {
        text: 'earlier',
        metadata: { event_type: 'frontline_delivery', event_payload: { key: 'other' } },
      });
      await db()
        .update(outbox)
        .set({ status: 'sending', attempts: 1, claimedAt: new Date() })
        .where(eq(outbox.key, toAna));

      await restart();
      await drain();
      expect(await rowOf(toAna)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(postsTo('UANA')).toHaveLength(1);
      expect(run.slack.messages.get('DUANA')).toHaveLength(2);
    });

    test('when Slack cannot tell, the row is failed and not posted again', async () => {
      const key = await enqueue('CPRIVATE');
      await db()
        .update(outbox)
        .set({ status: 'sending', attempts: 1, claimedAt: new Date() })
        .where(eq(outbox.key, key));
      run.slack.override = (method) =>
        method === 'conversations.history'
          ? { body: { ok: false, error: 'not_in_channel' } }
          : undefined;

      await restart();
      await drain();
      expect((await rowOf(key)).status).toBe('failed');
      expect((await rowOf(key)).lastError).toContain('not sent again');
      expect(run.slack.callsTo('chat.postMessage')).toHaveLength(0);
    });
  });
});
