import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import {
  enqueueDeliveries,
  enqueueDelivery,
  type PlatformTarget,
  type Target,
} from '../../../src/core/delivery/deliveries';
import { text, type MessageModel } from '../../../src/core/shared/message';
import { outbox, outboxWorkers, type OutboxRow, type Workspace } from '../../../src/db/schema';
import {
  DeliveryError,
  OutboxWorker,
  type OutboxOptions,
  type Sender,
} from '../../../src/jobs/outbox';
import { createLogger } from '../../../src/log';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';
import { inTurn, times } from '../../support/in-turn';

/** The platform boundary: records what would have been sent, and fails when told to. */
class FakeSender implements Sender {
  readonly sent: { workspace: Workspace; to: PlatformTarget; message: MessageModel }[] = [];
  readonly keys: string[] = [];
  readonly failures: unknown[] = [];
  attempts = 0;
  /** Runs as each send begins: throw to fail it, or wait to make it slow. */
  onSend: (to: PlatformTarget) => Promise<void> | void = () => undefined;

  async send(
    workspace: Workspace,
    to: PlatformTarget,
    message: MessageModel,
    key: string,
  ): Promise<void> {
    this.attempts++;
    await this.onSend(to);
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    this.sent.push({ workspace, to, message });
    this.keys.push(key);
  }
}

/** A platform that can say which messages arrived: those whose keys are in `delivered`. */
class CheckingSender extends FakeSender {
  readonly checks: { to: PlatformTarget; since: Date }[] = [];
  readonly delivered = new Set<string>();
  failure: Error | undefined;

  async deliveredKeys(_workspace: Workspace, to: PlatformTarget, since: Date) {
    this.checks.push({ to, since });
    if (this.failure) throw this.failure;
    return this.delivered;
  }
}

let f: CoreFixture;
let workspace: Workspace;
let sender: FakeSender;
let worker: OutboxWorker | undefined;

beforeEach(async () => {
  f = await openCoreFixture(new Date('2025-03-10T12:00:00.000Z'));
  workspace = await addWorkspace(f.ctx);
  sender = new FakeSender();
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  f.database.close();
});

// Unpaced unless a test is about pacing: the pace is real time.
const newWorker = (options: OutboxOptions = {}) =>
  (worker = new OutboxWorker(
    f.ctx,
    { slack: sender },
    { pollMs: 60_000, perSecond: Infinity, ...options },
  ));

let keys = 0;
async function enqueue(
  to: Target = { kind: 'channel', channel: 'C1' },
  words = 'hello',
): Promise<OutboxRow> {
  const key = `test:${++keys}`;
  await enqueueDelivery(
    f.ctx.db,
    { workspaceId: workspace.id, key, to, message: { parts: [text(words)] } },
    f.clock.now,
  );
  return (await first(f.ctx.db.select().from(outbox).where(eq(outbox.key, key))))!;
}
const reload = async (row: OutboxRow) =>
  (await first(f.ctx.db.select().from(outbox).where(eq(outbox.id, row.id))))!;
const advance = (ms: number) => (f.clock.now = new Date(f.clock.now.getTime() + ms));
/** What a crash mid-send leaves behind. */
async function strand(row: OutboxRow, claimedAt = f.clock.now): Promise<void> {
  await f.ctx.db
    .update(outbox)
    .set({ status: 'sending', attempts: 1, claimedAt })
    .where(eq(outbox.id, row.id));
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('OutboxWorker', () => {
  it('sends each due row once and marks it sent', async () => {
    const channelRow = await enqueue({ kind: 'channel', channel: 'CKUDOS' }, 'to the channel');
    const ana = await addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
    const dmRow = await enqueue({ kind: 'person', personId: ana.id }, 'to Ana');

    await newWorker().drain();
    await newWorker().drain();

    expect(sender.sent).toEqual([
      {
        workspace,
        to: { kind: 'channel', channel: 'CKUDOS' },
        message: { parts: [text('to the channel')] },
      },
      { workspace, to: { kind: 'person', userId: 'UANA' }, message: { parts: [text('to Ana')] } },
    ]);
    for (const row of [channelRow, dmRow]) {
      expect(await reload(row)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
      expect((await reload(row)).sentAt).toEqual(f.clock.now);
    }
  });

  it('writing the same key twice sends once', async () => {
    const message = { parts: [text('once')] };
    const delivery = {
      workspaceId: workspace.id,
      key: 'same',
      to: { kind: 'channel', channel: 'C1' } as Target,
      message,
    };
    await enqueueDelivery(f.ctx.db, delivery, f.clock.now);
    await enqueueDelivery(f.ctx.db, delivery, f.clock.now);
    await newWorker().drain();
    expect(sender.sent).toHaveLength(1);
  });

  it('queues several deliveries in one write, in their order, each key once', async () => {
    const ana = await addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
    const delivery = (key: string, to: Target, words: string) => ({
      workspaceId: workspace.id,
      key,
      to,
      message: { parts: [text(words)] },
    });
    await enqueueDelivery(
      f.ctx.db,
      delivery('earlier', { kind: 'channel', channel: 'C1' }, 'a'),
      f.clock.now,
    );
    await enqueueDeliveries(
      f.ctx.db,
      [
        delivery('announce', { kind: 'channel', channel: 'C1', thread: '1.2' }, 'b'),
        delivery('earlier', { kind: 'channel', channel: 'C1' }, 'not again'),
        delivery('dm', { kind: 'person', personId: ana.id }, 'c'),
        delivery('dm', { kind: 'person', personId: ana.id }, 'not twice'),
      ],
      f.clock.now,
    );
    const rows = await f.ctx.db.select().from(outbox).orderBy(outbox.id);
    expect(rows.map((r) => [r.key, r.message])).toEqual([
      ['earlier', { parts: [text('a')] }],
      ['announce', { parts: [text('b')] }],
      ['dm', { parts: [text('c')] }],
    ]);
    expect(rows[1]).toMatchObject({ targetKind: 'channel', target: 'C1', thread: '1.2' });
    expect(rows[2]).toMatchObject({ targetKind: 'person', target: String(ana.id), thread: null });
    await newWorker().drain();
    expect(sender.sent).toHaveLength(3);
  });

  it('queues more deliveries than one statement holds, every one once', async () => {
    const deliveries = Array.from({ length: 250 }, (_, i) => ({
      workspaceId: workspace.id,
      key: `many:${i}`,
      to: { kind: 'channel' as const, channel: 'C1' },
      message: { parts: [text(`n${i}`)] },
    }));
    await enqueueDeliveries(f.ctx.db, deliveries, f.clock.now);
    await enqueueDeliveries(f.ctx.db, deliveries.slice(90, 210), f.clock.now);
    const rows = await f.ctx.db.select({ key: outbox.key }).from(outbox).orderBy(outbox.id);
    expect(rows.map((r) => r.key)).toEqual(deliveries.map((d) => d.key));
  });

  it('leaves rows that are not due yet', async () => {
    const row = await enqueue();
    await f.ctx.db
      .update(outbox)
      .set({ nextAttemptAt: new Date(f.clock.now.getTime() + 1000) })
      .where(eq(outbox.id, row.id));
    await newWorker().drain();
    expect(sender.attempts).toBe(0);
    expect((await reload(row)).status).toBe('pending');
  });

  it('two drains at once still send each row once', async () => {
    const rows = await times(10, async (i) => await enqueue(undefined, `message ${i}`));
    const w = newWorker();
    await Promise.all([w.drain(), w.drain(), newWorker().drain()]);
    const words = (m: MessageModel) => JSON.stringify(m);
    expect(sender.sent.map((s) => words(s.message)).sort()).toEqual(
      rows.map((r) => words(r.message as MessageModel)).sort(),
    );
    expect((await inTurn(rows, reload)).map((r) => r.status)).toEqual(rows.map(() => 'sent'));
  });

  it('waits as long as the platform asks before trying again', async () => {
    const row = await enqueue();
    sender.failures.push(new DeliveryError('rate limited', { retryAfterMs: 30_000 }));
    const w = newWorker();

    await w.drain();
    const waiting = await reload(row);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'rate limited' });
    expect(waiting.nextAttemptAt).toEqual(new Date(f.clock.now.getTime() + 30_000));

    advance(29_999);
    await w.drain();
    expect(sender.attempts).toBe(1);

    advance(1);
    await w.drain();
    expect(sender.sent).toHaveLength(1);
    expect(await reload(row)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('backs off on an unexpected error and tries again later', async () => {
    const row = await enqueue();
    sender.failures.push(new Error('socket hang up'));
    const w = newWorker();
    await w.drain();
    const waiting = await reload(row);
    expect(waiting).toMatchObject({ status: 'pending', lastError: 'socket hang up' });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(f.clock.now.getTime());

    advance(60_000);
    await w.drain();
    expect((await reload(row)).status).toBe('sent');
  });

  it('marks a permanent failure failed at once, with the reason', async () => {
    const row = await enqueue();
    sender.failures.push(new DeliveryError('channel_not_found', { permanent: true }));
    const w = newWorker();
    await w.drain();
    expect(await reload(row)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'channel_not_found',
    });
    advance(24 * 60 * 60 * 1000);
    await w.drain();
    expect(sender.attempts).toBe(1);
  });

  it('gives up after maxAttempts', async () => {
    const row = await enqueue();
    sender.failures.push(...Array.from({ length: 10 }, (_, i) => new Error(`down ${i + 1}`)));
    const w = newWorker({ maxAttempts: 3 });
    for (let i = 0; i < 6; i++) {
      await w.drain();
      advance(60 * 60 * 1000);
    }
    expect(sender.attempts).toBe(3);
    expect(sender.sent).toHaveLength(0);
    expect(await reload(row)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'down 3' });
  });

  it('fails a DM to a person without a platform account, without calling the platform', async () => {
    const imported = await addPerson(f.ctx, workspace, { name: 'Ivy', email: 'ivy@example.com' });
    const row = await enqueue({ kind: 'person', personId: imported.id });
    await newWorker().drain();
    expect(sender.attempts).toBe(0);
    expect(await reload(row)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await reload(row)).lastError).toContain('no platform account');
  });

  it('does not stop at a failing row: the others are still sent', async () => {
    const bad = await enqueue(undefined, 'first');
    const good = await enqueue(undefined, 'second');
    sender.failures.push(new DeliveryError('is_archived', { permanent: true }));
    await newWorker().drain();
    expect((await reload(bad)).status).toBe('failed');
    expect((await reload(good)).status).toBe('sent');
  });

  it('leaves alone a row for a platform it has no sender for (another process may own it)', async () => {
    const teams = await addWorkspace(f.ctx, { platform: 'teams' });
    await enqueueDelivery(
      f.ctx.db,
      {
        workspaceId: teams.id,
        key: 'teams:1',
        to: { kind: 'channel', channel: '19:abc' },
        message: { parts: [text('hi')] },
      },
      f.clock.now,
    );
    await newWorker().drain();
    const row = (await first(f.ctx.db.select().from(outbox).where(eq(outbox.key, 'teams:1'))))!;
    expect(row).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
  });

  it('claims a row with the time of the attempt and passes its key to the sender', async () => {
    const row = await enqueue();
    advance(5000);
    await newWorker().drain();
    expect(sender.keys).toEqual([row.key]);
    expect((await reload(row)).claimedAt).toEqual(f.clock.now);
  });

  it('after a crash, a row the platform already has is marked sent, not sent again', async () => {
    const ana = await addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
    const row = await enqueue({ kind: 'person', personId: ana.id }, 'interrupted');
    const claimedAt = f.clock.now;
    await strand(row, claimedAt);
    advance(60_000);
    const checking = (sender = new CheckingSender());
    checking.delivered.add(row.key);

    await newWorker().drain();
    expect((await reload(row)).status).toBe('sending');

    const w = newWorker();
    await w.start();
    await w.stop();
    expect(checking.checks).toEqual([{ to: { kind: 'person', userId: 'UANA' }, since: claimedAt }]);
    expect(checking.attempts).toBe(0);
    expect(await reload(row)).toMatchObject({ status: 'sent', attempts: 1, sentAt: f.clock.now });
  });

  it('after a crash, a row the platform does not have is sent again, once', async () => {
    const row = await enqueue(undefined, 'interrupted');
    await strand(row);
    const checking = (sender = new CheckingSender());

    const w = newWorker();
    await w.start();
    await w.stop();
    await newWorker().drain();
    expect(checking.checks).toHaveLength(1);
    expect(checking.sent.map((s) => s.message)).toEqual([{ parts: [text('interrupted')] }]);
    expect(await reload(row)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('after a crash, a home refresh is published again without asking the platform', async () => {
    const ana = await addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
    const row = await enqueue({ kind: 'home', personId: ana.id }, '');
    await strand(row);
    // Even a sender that cannot tell: a home is replaced, so nothing can show twice.
    sender = new FakeSender();

    const w = newWorker();
    await w.start();
    await w.stop();
    await newWorker().drain();
    expect(sender.attempts).toBe(1);
    expect(await reload(row)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it.each([
    ['cannot check', () => new FakeSender()],
    [
      'fails to check',
      () => Object.assign(new CheckingSender(), { failure: new Error('channel_not_found') }),
    ],
  ])(
    'after a crash, when the platform %s, the row is failed and not sent again',
    async (_, make) => {
      const row = await enqueue(undefined, 'interrupted');
      await strand(row);
      sender = make();

      const w = newWorker();
      await w.start();
      await w.stop();
      advance(24 * 60 * 60 * 1000);
      await newWorker().drain();
      expect(sender.attempts).toBe(0);
      const failed = await reload(row);
      expect(failed.status).toBe('failed');
      expect(failed.lastError).toMatch(/interrupted.*not sent again/);
    },
  );

  it('after a crash, rows to one conversation are read back with one look-up', async () => {
    const first = await enqueue({ kind: 'channel', channel: 'CKUDOS' }, 'first');
    const firstClaimed = f.clock.now;
    await strand(first, firstClaimed);
    advance(1000);
    const second = await enqueue({ kind: 'channel', channel: 'CKUDOS' }, 'second');
    await strand(second, f.clock.now);
    const other = await enqueue({ kind: 'channel', channel: 'COTHER' }, 'elsewhere');
    const otherClaimed = f.clock.now;
    await strand(other, otherClaimed);
    const checking = (sender = new CheckingSender());
    checking.delivered.add(first.key);

    const w = newWorker();
    await w.start();
    await w.stop();
    // One look-up per conversation, from the earliest claim among its rows.
    expect(checking.checks).toEqual([
      {
        to: { kind: 'channel', channel: 'CKUDOS' },
        since: firstClaimed,
      },
      { to: { kind: 'channel', channel: 'COTHER' }, since: otherClaimed },
    ]);
    expect(await reload(first)).toMatchObject({ status: 'sent', attempts: 1 });
    // Conversations are sent to side by side: only the order within one is kept.
    expect(checking.sent.map((m) => m.message)).toHaveLength(2);
    expect(checking.sent.map((m) => m.message)).toEqual(
      expect.arrayContaining([{ parts: [text('second')] }, { parts: [text('elsewhere')] }]),
    );
  });

  it('says in the log how long reading back interrupted deliveries will take', async () => {
    const lines: string[] = [];
    const log = createLogger('info', {
      destination: { write: (line: string) => lines.push(line) },
    });
    for (const channel of ['C1', 'C2', 'C3'])
      await strand(await enqueue({ kind: 'channel', channel }));
    const checking = Object.assign(new CheckingSender(), {
      lookupTimeMs: (addresses: PlatformTarget[]) => (addresses.length - 1) * 60_000,
    });
    const w = (worker = new OutboxWorker(
      { ...f.ctx, log },
      { slack: checking },
      { pollMs: 60_000 },
    ));
    await w.start();
    const said = lines.map(
      (l) => JSON.parse(l) as { msg: string; lookups?: number; seconds?: number },
    );
    expect(said.find((l) => l.lookups !== undefined)).toMatchObject({ lookups: 3, seconds: 120 });
  });

  it('stop() while a look-up waits on the platform leaves the rows for the next start', async () => {
    const row = await enqueue();
    await strand(row);
    const waiting = Object.assign(new CheckingSender(), {
      deliveredKeys: (_w: Workspace, _to: PlatformTarget, _since: Date, signal?: AbortSignal) =>
        new Promise<ReadonlySet<string>>((_, reject) =>
          signal?.addEventListener('abort', () => reject(new Error('stopped'))),
        ),
    });
    sender = waiting;
    const w = newWorker();
    const started = w.start();
    await sleep(10);
    await w.stop();
    await started;
    expect((await reload(row)).status).toBe('sending');
  });

  it('does not take its own row in flight for one a crash left behind', async () => {
    const row = await enqueue();
    const checking = (sender = new CheckingSender());
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    checking.onSend = () => held;
    const w = newWorker();
    const draining = w.drain();
    await sleep(10);
    expect((await reload(row)).status).toBe('sending');

    await w.start();
    release();
    await draining;
    await w.stop();
    expect(checking.checks).toEqual([]);
    expect(await reload(row)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('leaves a row a live worker is sending alone, and settles those of a worker gone quiet', async () => {
    const claim = async (row: OutboxRow, worker: string) =>
      await f.ctx.db
        .update(outbox)
        .set({ status: 'sending', attempts: 1, claimedAt: f.clock.now, claimedBy: worker })
        .where(eq(outbox.id, row.id));
    const seen = async (worker: string, secondsAgo: number) => {
      const seenAt = new Date(Date.now() - secondsAgo * 1000);
      await f.ctx.db
        .insert(outboxWorkers)
        .values({ id: worker, seenAt })
        .onConflictDoUpdate({ target: outboxWorkers.id, set: { seenAt } });
    };
    const another = await enqueue();
    const killed = await enqueue();
    await claim(another, 'another process');
    await claim(killed, 'a killed process');
    await seen('another process', 0);
    await seen('a killed process', 6);
    const checking = (sender = new CheckingSender());
    checking.delivered.add(killed.key);

    // The other process says it is alive, as its worker does, every second.
    const beating = setInterval(async () => await seen('another process', 0), 200);
    const w = newWorker();
    await w.start();
    // Gone quiet for longer than five seconds: settled at start (Slack has it: sent).
    expect(await reload(killed)).toMatchObject({ status: 'sent', attempts: 1 });
    await sleep(1200);
    expect((await reload(another)).status).toBe('sending');
    expect(checking.checks).toHaveLength(1);

    // The other process stops saying it is alive: within a second its row is settled too.
    clearInterval(beating);
    await seen('another process', 6);
    // Settled as not arrived, it goes back to 'pending' and is sent again.
    while (['sending', 'pending'].includes((await reload(another)).status)) await sleep(50);
    expect(await reload(another)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(checking.checks).toHaveLength(2);
  });

  it('two workers settling the same stranded row send it once', async () => {
    const row = await enqueue();
    await strand(row);
    // C looks the row up slowly; meanwhile B settles it and is sending it again.
    let answerC = (_keys: ReadonlySet<string>) => {};
    const slow = Object.assign(new CheckingSender(), {
      deliveredKeys: () => new Promise<ReadonlySet<string>>((resolve) => (answerC = resolve)),
    });
    const c = new OutboxWorker(f.ctx, { slack: slow }, { pollMs: 60_000, perSecond: Infinity });
    const cStarted = c.start();
    await sleep(10);
    const checking = new CheckingSender();
    let releaseB = () => {};
    checking.onSend = () => new Promise<void>((resolve) => (releaseB = resolve));
    const b = new OutboxWorker(f.ctx, { slack: checking }, { pollMs: 60_000, perSecond: Infinity });
    await b.start();
    while ((await reload(row)).attempts < 2) await sleep(5);
    expect((await reload(row)).status).toBe('sending');

    // C's answer comes late, about a claim that is no more: it changes nothing.
    answerC(new Set());
    await cStarted;
    // Were the row C's to send again, this is when it would.
    await c.drain();
    releaseB();
    await b.idle();
    await c.idle();
    expect(await reload(row)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(slow.sent.length + checking.sent.length).toBe(1);
    await c.stop();
    await b.stop();
  });

  it('a worker only asked to drain says it is alive all through a slow send, and is gone after', async () => {
    await enqueue();
    let release = () => {};
    sender.onSend = () => new Promise<void>((resolve) => (release = resolve));
    const w = newWorker();
    const draining = w.drain();
    const seenAt = async () =>
      (await first(f.ctx.db.select().from(outboxWorkers).where(eq(outboxWorkers.id, w.id))))
        ?.seenAt;
    await sleep(50);
    const firstSeen = (await seenAt())!.getTime();
    await sleep(1300);
    // Still sending, and seen again since: no other worker takes its row over.
    expect((await seenAt())!.getTime()).toBeGreaterThan(firstSeen);
    release();
    await draining;
    expect(await seenAt()).toBeUndefined();
  });

  it('a recipient that always fails does not hold up the others, and backs off', async () => {
    const rows = await times(
      6,
      async (i) =>
        await enqueue({ kind: 'channel', channel: i === 0 ? 'CSTUCK' : `C${i}` }, `message ${i}`),
    );
    sender.onSend = (to) => {
      if (to.kind === 'channel' && to.channel === 'CSTUCK') throw new Error('internal_error');
    };
    const w = newWorker();
    for (let i = 0; i < 3; i++) {
      await w.drain();
      advance(1000);
    }
    expect(sender.sent).toHaveLength(5);
    expect((await inTurn(rows.slice(1), reload)).every((r) => r.status === 'sent')).toBe(true);
    // Tried at 0s and again after its 2s backoff, not on every drain.
    expect(await reload(rows[0]!)).toMatchObject({ status: 'pending', attempts: 2 });
  });

  it('a slow recipient holds up only its own lane', async () => {
    const slow = await enqueue({ kind: 'channel', channel: 'CSLOW' }, 'slow');
    const others = await times(8, async (i) => await enqueue(undefined, `message ${i}`));
    let release = () => {};
    sender.onSend = (to) =>
      to.kind === 'channel' && to.channel === 'CSLOW'
        ? new Promise<void>((resolve) => (release = resolve))
        : undefined;
    const draining = newWorker().drain();
    while (sender.sent.length < others.length) await sleep(5);
    expect((await reload(slow)).status).toBe('sending');
    expect((await inTurn(others, reload)).every((r) => r.status === 'sent')).toBe(true);
    release();
    await draining;
    expect((await reload(slow)).status).toBe('sent');
  });

  it('paces each workspace to perSecond, without holding up another workspace', async () => {
    const other = await addWorkspace(f.ctx);
    const busy = await times(4, async (i) => await enqueue(undefined, `busy ${i}`));
    await enqueueDelivery(
      f.ctx.db,
      {
        workspaceId: other.id,
        key: 'quiet',
        to: { kind: 'channel', channel: 'CQUIET' },
        message: { parts: [text('quiet')] },
      },
      f.clock.now,
    );
    const started: { channel: string; at: number }[] = [];
    sender.onSend = (to) => {
      if (to.kind === 'channel') started.push({ channel: to.channel, at: Date.now() });
    };

    await newWorker({ perSecond: 10 }).drain();
    const busyTimes = started.filter((s) => s.channel === 'C1').map((s) => s.at);
    expect(busyTimes).toHaveLength(busy.length);
    // A lower bound only: a slow machine spaces them further apart, never closer.
    for (let i = 1; i < busyTimes.length; i++) {
      // (timers may fire a millisecond or two early against Date.now())
      expect(busyTimes[i]! - busyTimes[i - 1]!).toBeGreaterThanOrEqual(90);
    }
    // Written last, but the other workspace's slot is free: it does not wait for the busy queue.
    const quiet = started.find((s) => s.channel === 'CQUIET')!;
    expect(quiet.at).toBeLessThan(busyTimes[busyTimes.length - 1]!);
  });

  it('stop() finishes the batch in hand and leaves the rest pending for the next start', async () => {
    const rows = await times(51, async (i) => await enqueue(undefined, `message ${i}`));
    const w = newWorker();
    void w.start();
    await w.stop();
    expect(sender.sent).toHaveLength(50);
    expect(await reload(rows[50]!)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('start() delivers what is already due', async () => {
    const row = await enqueue();
    const w = newWorker();
    await w.start();
    await w.stop();
    expect((await reload(row)).status).toBe('sent');
  });
});

describe('OutboxWorker.idle', () => {
  it('waits for what a kick started, which a drain() called meanwhile finds already claimed', async () => {
    const row = await enqueue();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    sender.onSend = () => held;
    const w = newWorker();
    w.kick();
    while (sender.attempts === 0) await sleep(5);
    await w.drain();
    expect((await reload(row)).status).toBe('sending');

    const idle = w.idle();
    release();
    await idle;
    expect((await reload(row)).status).toBe('sent');
    expect(sender.sent).toHaveLength(1);
  });

  it('starts a kick still waiting to coalesce, and resolves once it is done', async () => {
    const row = await enqueue();
    const w = newWorker();
    w.kick();
    await w.idle();
    expect((await reload(row)).status).toBe('sent');
  });

  it('resolves at once when nothing is being sent', async () => {
    const row = await enqueue();
    await newWorker().idle();
    expect((await reload(row)).status).toBe('pending');
  });
});
