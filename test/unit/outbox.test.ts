import { eq } from 'drizzle-orm';
import { enqueueDelivery, type Target } from '../../src/core/deliveries';
import { text, type MessageModel } from '../../src/core/message';
import { outbox, type OutboxRow, type Workspace } from '../../src/db/schema';
import { DeliveryError, OutboxWorker, type Address, type Sender } from '../../src/jobs/outbox';
import { addPerson, addWorkspace, openCoreFixture, type CoreFixture } from './core-fixture';

/** The platform boundary: records what would have been sent, and fails when told to. */
class FakeSender implements Sender {
  readonly sent: { workspace: Workspace; to: Address; message: MessageModel }[] = [];
  readonly failures: unknown[] = [];
  attempts = 0;

  async send(workspace: Workspace, to: Address, message: MessageModel): Promise<void> {
    this.attempts++;
    const failure = this.failures.shift();
    if (failure !== undefined) throw failure;
    this.sent.push({ workspace, to, message });
  }
}

let f: CoreFixture;
let workspace: Workspace;
let sender: FakeSender;
let worker: OutboxWorker | undefined;

beforeEach(() => {
  f = openCoreFixture(new Date('2025-03-10T12:00:00.000Z'));
  workspace = addWorkspace(f.ctx);
  sender = new FakeSender();
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  f.database.close();
});

const newWorker = (options: { maxAttempts?: number } = {}) =>
  (worker = new OutboxWorker(f.ctx, { slack: sender }, { pollMs: 60_000, ...options }));

let keys = 0;
function enqueue(to: Target = { kind: 'channel', channel: 'C1' }, words = 'hello'): OutboxRow {
  const key = `test:${++keys}`;
  enqueueDelivery(
    f.ctx.db,
    { workspaceId: workspace.id, key, to, message: { parts: [text(words)] } },
    f.clock.now,
  );
  return f.ctx.db.select().from(outbox).where(eq(outbox.key, key)).get()!;
}
const reload = (row: OutboxRow) =>
  f.ctx.db.select().from(outbox).where(eq(outbox.id, row.id)).get()!;
const advance = (ms: number) => (f.clock.now = new Date(f.clock.now.getTime() + ms));

describe('OutboxWorker', () => {
  it('sends each due row once and marks it sent', async () => {
    const channelRow = enqueue({ kind: 'channel', channel: 'CKUDOS' }, 'to the channel');
    const ana = addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
    const dmRow = enqueue({ kind: 'person', personId: ana.id }, 'to Ana');

    await newWorker().drain();
    await newWorker().drain();

    expect(sender.sent).toEqual([
      {
        workspace,
        to: { kind: 'channel', channel: 'CKUDOS' },
        message: { parts: [text('to the channel')] },
      },
      { workspace, to: { kind: 'user', userId: 'UANA' }, message: { parts: [text('to Ana')] } },
    ]);
    for (const row of [channelRow, dmRow]) {
      expect(reload(row)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
      expect(reload(row).sentAt).toEqual(f.clock.now);
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
    enqueueDelivery(f.ctx.db, delivery, f.clock.now);
    enqueueDelivery(f.ctx.db, delivery, f.clock.now);
    await newWorker().drain();
    expect(sender.sent).toHaveLength(1);
  });

  it('leaves rows that are not due yet', async () => {
    const row = enqueue();
    f.ctx.db
      .update(outbox)
      .set({ nextAttemptAt: new Date(f.clock.now.getTime() + 1000) })
      .where(eq(outbox.id, row.id))
      .run();
    await newWorker().drain();
    expect(sender.attempts).toBe(0);
    expect(reload(row).status).toBe('pending');
  });

  it('two drains at once still send each row once', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => enqueue(undefined, `message ${i}`));
    const w = newWorker();
    await Promise.all([w.drain(), w.drain(), newWorker().drain()]);
    const words = (m: MessageModel) => JSON.stringify(m);
    expect(sender.sent.map((s) => words(s.message)).sort()).toEqual(
      rows.map((r) => words(r.message as MessageModel)).sort(),
    );
    expect(rows.every((r) => reload(r).status === 'sent')).toBe(true);
  });

  it('waits as long as the platform asks before trying again', async () => {
    const row = enqueue();
    sender.failures.push(new DeliveryError('rate limited', { retryAfterMs: 30_000 }));
    const w = newWorker();

    await w.drain();
    const waiting = reload(row);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'rate limited' });
    expect(waiting.nextAttemptAt).toEqual(new Date(f.clock.now.getTime() + 30_000));

    advance(29_999);
    await w.drain();
    expect(sender.attempts).toBe(1);

    advance(1);
    await w.drain();
    expect(sender.sent).toHaveLength(1);
    expect(reload(row)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('backs off on an unexpected error and tries again later', async () => {
    const row = enqueue();
    sender.failures.push(new Error('socket hang up'));
    const w = newWorker();
    await w.drain();
    const waiting = reload(row);
    expect(waiting).toMatchObject({ status: 'pending', lastError: 'socket hang up' });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(f.clock.now.getTime());

    advance(60_000);
    await w.drain();
    expect(reload(row).status).toBe('sent');
  });

  it('marks a permanent failure failed at once, with the reason', async () => {
    const row = enqueue();
    sender.failures.push(new DeliveryError('channel_not_found', { permanent: true }));
    const w = newWorker();
    await w.drain();
    expect(reload(row)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'channel_not_found',
    });
    advance(24 * 60 * 60 * 1000);
    await w.drain();
    expect(sender.attempts).toBe(1);
  });

  it('gives up after maxAttempts', async () => {
    const row = enqueue();
    sender.failures.push(...Array.from({ length: 10 }, (_, i) => new Error(`down ${i + 1}`)));
    const w = newWorker({ maxAttempts: 3 });
    for (let i = 0; i < 6; i++) {
      await w.drain();
      advance(60 * 60 * 1000);
    }
    expect(sender.attempts).toBe(3);
    expect(sender.sent).toHaveLength(0);
    expect(reload(row)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'down 3' });
  });

  it('fails a DM to a person without a platform account, without calling the platform', async () => {
    const imported = addPerson(f.ctx, workspace, { name: 'Ivy', email: 'ivy@example.com' });
    const row = enqueue({ kind: 'person', personId: imported.id });
    await newWorker().drain();
    expect(sender.attempts).toBe(0);
    expect(reload(row)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(reload(row).lastError).toContain('no platform account');
  });

  it('does not stop at a failing row: the others are still sent', async () => {
    const bad = enqueue(undefined, 'first');
    const good = enqueue(undefined, 'second');
    sender.failures.push(new DeliveryError('is_archived', { permanent: true }));
    await newWorker().drain();
    expect(reload(bad).status).toBe('failed');
    expect(reload(good).status).toBe('sent');
  });

  it('leaves alone a row for a platform it has no sender for (another process may own it)', async () => {
    const teams = addWorkspace(f.ctx, { platform: 'teams' });
    enqueueDelivery(
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
    const row = f.ctx.db.select().from(outbox).where(eq(outbox.key, 'teams:1')).get()!;
    expect(row).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
  });

  it('after a crash, start() sends again a row left in "sending"', async () => {
    const row = enqueue(undefined, 'interrupted');
    f.ctx.db
      .update(outbox)
      .set({ status: 'sending', attempts: 1 })
      .where(eq(outbox.id, row.id))
      .run();

    await newWorker().drain();
    expect(sender.attempts).toBe(0);

    const w = newWorker();
    w.start();
    await w.stop();
    expect(sender.sent.map((s) => s.message)).toEqual([{ parts: [text('interrupted')] }]);
    expect(reload(row)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('start() delivers what is already due', async () => {
    const row = enqueue();
    const w = newWorker();
    w.start();
    await w.stop();
    expect(reload(row).status).toBe('sent');
  });
});
