import { holdLease, releaseLease } from '../../../src/jobs/lease';
import { openCoreFixture } from '../../support/core-fixture';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 3, 9, 0, seconds));

test('one holder at a time; kept by its holder, taken by another once it expires', async () => {
  const { ctx, database } = await openCoreFixture();
  expect(await holdLease(ctx.db, 'schedule', 'a', at(0), 45_000)).toBe(true);
  expect(await holdLease(ctx.db, 'schedule', 'b', at(1), 45_000)).toBe(false);
  // Its holder keeps it, and so pushes its end further.
  expect(await holdLease(ctx.db, 'schedule', 'a', at(30), 45_000)).toBe(true);
  expect(await holdLease(ctx.db, 'schedule', 'b', at(60), 45_000)).toBe(false);
  expect(await holdLease(ctx.db, 'schedule', 'b', at(76), 45_000)).toBe(true);
  expect(await holdLease(ctx.db, 'schedule', 'a', at(77), 45_000)).toBe(false);
  // Another lease is another matter.
  expect(await holdLease(ctx.db, 'other', 'a', at(77), 45_000)).toBe(true);
  database.close();
});

test('a lease given up is free at once, but only its holder can give it up', async () => {
  const { ctx, database } = await openCoreFixture();
  expect(await holdLease(ctx.db, 'schedule', 'a', at(0), 45_000)).toBe(true);
  await releaseLease(ctx.db, 'schedule', 'b');
  expect(await holdLease(ctx.db, 'schedule', 'b', at(1), 45_000)).toBe(false);
  await releaseLease(ctx.db, 'schedule', 'a');
  expect(await holdLease(ctx.db, 'schedule', 'b', at(2), 45_000)).toBe(true);
  database.close();
});
