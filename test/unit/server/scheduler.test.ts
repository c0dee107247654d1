import { first } from '../../../src/db/query';
import { isNotNull } from 'drizzle-orm';
import { REQUEST_KEEP_MS } from '../../../src/core/shared/handled-requests';
import { leases, people, processedEvents } from '../../../src/db/schema';
import type { OutboxWorker } from '../../../src/jobs/outbox';
import { Scheduler } from '../../../src/jobs/scheduler';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

let f: CoreFixture;
let kicks = 0;
const outbox = { kick: () => kicks++ } as unknown as OutboxWorker;

beforeEach(async () => {
  // A Monday at 12:00 UTC: every daily 09:00 digest is due.
  f = await openCoreFixture(new Date('2025-03-10T12:00:00.000Z'));
  kicks = 0;
});
afterEach(() => f.database.close());

/** Managers whose digest has been made (sent, or found empty) this round. */
const digested = async () =>
  (await f.ctx.db.select().from(people).where(isNotNull(people.digestSentThrough))).length;

test('the scheduler lets the event loop run between batches of digests', async () => {
  const workspace = await addWorkspace(f.ctx, { digestDefault: 'daily', timezone: 'UTC' });
  for (let i = 0; i < 5; i++) {
    const manager = await addPerson(f.ctx, workspace, {
      name: `Manager ${i}`,
      platformUserId: `UM${i}`,
    });
    await addPerson(f.ctx, workspace, {
      name: `Report ${i}`,
      platformUserId: `UR${i}`,
      managerId: manager.id,
    });
  }
  const scheduler = new Scheduler(f.ctx, outbox, { digestBatch: 2 });
  // Work waiting on the event loop (requests, say) all through the round.
  const seenByWaitingWork: number[] = [];
  let watching = true;
  const watch = async () => {
    seenByWaitingWork.push(await digested());
    if (watching) setImmediate(watch);
  };
  setImmediate(watch);

  await scheduler.tick();
  watching = false;
  // It ran between batches (of two at most, fewer when one takes long), not only before and
  // after the whole round.
  expect(seenByWaitingWork.some((n) => n > 0 && n < 5)).toBe(true);
  const steps = seenByWaitingWork.slice(1).map((n, i) => n - seenByWaitingWork[i]!);
  expect(Math.max(...steps)).toBeLessThanOrEqual(2);
  expect(await digested()).toBe(5);
});

test('a round forgets handled requests past every platform retry', async () => {
  const old = new Date(f.clock.now.getTime() - REQUEST_KEEP_MS - 1000);
  await f.ctx.db.insert(processedEvents).values({ key: '1:slack:command:old', receivedAt: old });
  await f.ctx.db.insert(processedEvents).values({ key: '1:slack:command:new' });
  await new Scheduler(f.ctx, outbox).tick();
  expect((await f.ctx.db.select().from(processedEvents)).map((r) => r.key)).toEqual([
    '1:slack:command:new',
  ]);
});

test('a round whose lease another process has taken stops at its next batch; a round held elsewhere does not start', async () => {
  const workspace = await addWorkspace(f.ctx, { digestDefault: 'daily', timezone: 'UTC' });
  for (let i = 0; i < 6; i++) {
    const manager = await addPerson(f.ctx, workspace, {
      name: `Manager ${i}`,
      platformUserId: `UM${i}`,
    });
    await addPerson(f.ctx, workspace, {
      name: `R${i}`,
      platformUserId: `UR${i}`,
      managerId: manager.id,
    });
  }
  const takeOver = async () =>
    await f.ctx.db
      .update(leases)
      .set({ holder: 'another process', expiresAt: new Date(f.clock.now.getTime() + 60_000) });
  const scheduler = new Scheduler(f.ctx, outbox, { digestBatch: 1 });
  // The lease lapsed mid-round (a round longer than it) and another process took it.
  const watch = async () => ((await digested()) > 0 ? await takeOver() : setImmediate(watch));
  setImmediate(watch);
  await scheduler.tick();
  expect(await digested()).toBeGreaterThan(0);
  expect(await digested()).toBeLessThan(6);
  // Still held there: the next round here does nothing.
  const before = await digested();
  await scheduler.tick();
  expect(await digested()).toBe(before);
  expect((await first(f.ctx.db.select().from(leases)))?.holder).toBe('another process');
});
