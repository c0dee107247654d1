import { processedEvents } from '../../../src/db/schema';
import {
  claimRequest,
  pruneHandledRequests,
  REQUEST_KEEP_MS,
} from '../../../src/core/shared/handled-requests';
import { openCoreFixture, type CoreFixture } from '../../support/core-fixture';

let f: CoreFixture;
beforeEach(async () => (f = await openCoreFixture()));
afterEach(() => f.database.close());

const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(f.clock.now.getTime() - ms);
const handled = async (key: string, receivedAt: Date) =>
  await f.ctx.db.insert(processedEvents).values({ key, receivedAt });
const keys = async () => (await f.ctx.db.select().from(processedEvents)).map((r) => r.key).sort();

test('requests past every platform retry are forgotten; recent ones are not', async () => {
  await handled('1:slack:command:old', ago(REQUEST_KEEP_MS + 1000));
  await handled('1:teams:activity:a:1:old', ago(2 * DAY));
  await handled('1:reaction:C1:1.2:7:1.3', ago(REQUEST_KEEP_MS + 1000));
  await handled('1:slack:view:V-recent', ago(10 * 60_000));
  expect(await pruneHandledRequests(f.ctx.db, f.clock.now)).toBe(3);
  expect(await keys()).toEqual(['1:slack:view:V-recent']);
});

test('a retry inside the window is still refused after pruning', async () => {
  expect(await claimRequest(f.ctx.db, '1:slack:command:T1')).toBe(true);
  await pruneHandledRequests(f.ctx.db, new Date(Date.now() + 5 * 60_000));
  expect(await claimRequest(f.ctx.db, '1:slack:command:T1')).toBe(false);
});

test('a forwarded email’s kudos key stays: a second click days later records nothing', async () => {
  await handled('1:email:42', ago(90 * DAY));
  await pruneHandledRequests(f.ctx.db, f.clock.now);
  expect(await keys()).toEqual(['1:email:42']);
});

test('a week’s summary key stays as long as the scheduler may look for it', async () => {
  await handled('1:summary:2025-03-09', ago(2 * DAY));
  await handled('1:summary:2025-02-23', ago(15 * DAY));
  await pruneHandledRequests(f.ctx.db, f.clock.now);
  expect(await keys()).toEqual(['1:summary:2025-03-09']);
});
