import { MethodPace, type PaceClock } from '../../../src/slack/kit/method-pace';

/** A clock that only moves when a pace sleeps on it, and remembers each sleep. */
function fakeClock(): PaceClock & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

const HISTORY = 'conversations.history';
const REPLIES = 'conversations.replies';

test('one call a minute: the first goes at once, each next one a minute after the last', async () => {
  const clock = fakeClock();
  const pace = new MethodPace(() => 1, clock);
  for (let i = 0; i < 3; i++) await pace.turn(HISTORY);
  expect(clock.slept).toEqual([60_000, 60_000]);
});

test('each method has its own limit: replies do not wait for history', async () => {
  const clock = fakeClock();
  const pace = new MethodPace(() => 1, clock);
  await pace.turn(HISTORY);
  await pace.turn(REPLIES);
  expect(clock.slept).toEqual([]);
});

test('Tier 3 (50 a minute) spaces calls 1.2 s apart', async () => {
  const clock = fakeClock();
  const pace = new MethodPace(() => 50, clock);
  await pace.turn(HISTORY);
  await pace.turn(HISTORY);
  expect(clock.slept).toEqual([1200]);
});

test('a Retry-After holds the method that long, however the pace stood', async () => {
  const clock = fakeClock();
  const pace = new MethodPace(() => 50, clock);
  await pace.turn(HISTORY);
  pace.hold(HISTORY, 30_000);
  await pace.turn(HISTORY);
  expect(clock.slept).toEqual([30_000]);
});

test('estimates how long the calls still to make take', async () => {
  const clock = fakeClock();
  const pace = new MethodPace(() => 1, clock);
  expect(pace.estimateMs(HISTORY, 0)).toBe(0);
  expect(pace.estimateMs(HISTORY, 5)).toBe(4 * 60_000);
  await pace.turn(HISTORY);
  // The next slot is a minute away: five more calls take five minutes.
  expect(pace.estimateMs(HISTORY, 5)).toBe(5 * 60_000);
});

test('a wait ends when the signal aborts (the worker stops)', async () => {
  const pace = new MethodPace(() => 1);
  await pace.turn(HISTORY);
  const stop = new AbortController();
  const waiting = pace.turn(HISTORY, stop.signal);
  stop.abort();
  await expect(waiting).rejects.toThrow('stopped');
});
