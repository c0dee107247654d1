/**
 * Building one person's home, and an admin's overview, for a workspace of 50,000 people and
 * 1,000,000 kudos over a year: median and p95 per build. Targets: a home ≤ 50 ms p95, the
 * overview ≤ 300 ms p95.
 *
 * BENCH_HOME_PEOPLE (50000), BENCH_HOME_KUDOS (1000000) and BENCH_HOME_RUNS (20) tune the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../src/core/shared';
import { adminsOverview, HOME_RANKING, homeFor } from '../src/core/home';
import { praiseRanking } from '../src/core/kudos';
import { personById } from '../src/core/people';
import { openDatabase } from '../src/db/database';
import { people, type Person } from '../src/db/schema';
import { createLogger } from '../src/log';
import { positiveInt, seedWorkspace } from './seed-workspace';

const PEOPLE = positiveInt('BENCH_HOME_PEOPLE', 50_000);
const KUDOS = positiveInt('BENCH_HOME_KUDOS', 1_000_000);
const RUNS = positiveInt('BENCH_HOME_RUNS', 20);
const HOME_TARGET_MS = 50;
const OVERVIEW_TARGET_MS = 300;

const p95 = (times: number[]) =>
  [...times].sort((a, b) => a - b)[Math.ceil(0.95 * times.length) - 1]!;
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

async function timed(runs: number, build: (i: number) => Promise<unknown>): Promise<number[]> {
  await build(0);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await build(i);
    times.push(performance.now() - started);
  }
  return times;
}

export async function main(): Promise<{ homeP95Ms: number; overviewP95Ms: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-home-bench-'));
  const database = openDatabase(path.join(dir, 'bench.db'));
  try {
    const now = new Date('2025-03-10T09:00:00.000Z');
    const ctx: CoreContext = { db: database.db, now: () => now, log: createLogger('silent') };
    const seeded = await seedWorkspace(database, {
      people: PEOPLE,
      kudos: KUDOS,
      weekEnd: now,
      days: 365,
      managers: Math.max(1, Math.floor(PEOPLE / 10)),
      topManagers: Math.max(1, Math.floor(PEOPLE / 100)),
    });
    const { workspace } = seeded;
    // Homes of people, managers and managers of managers in turn.
    const sampleIds = [
      ...seeded.personIds.slice(-RUNS),
      ...seeded.managerIds.slice(-RUNS),
      ...seeded.topManagerIds.slice(0, RUNS),
    ];
    const sample: Person[] = [];
    for (const id of sampleIds) sample.push((await personById(ctx, id))!);
    await database.db
      .update(people)
      .set({ isAdmin: true })
      .where(eq(people.id, seeded.personIds[0]!));
    const homes = await timed(sample.length, (i) =>
      homeFor(ctx, workspace, sample[i % sample.length]!),
    );
    const overviews = await timed(RUNS, () => adminsOverview(ctx, workspace));
    // The workspace's ranking is in every home: timed alone, to see its share.
    const rankings = await timed(RUNS, () => praiseRanking(ctx, workspace, HOME_RANKING, 3));
    const result = { homeP95Ms: p95(homes), overviewP95Ms: p95(overviews) };
    console.log(`home: ${PEOPLE} people, ${KUDOS} kudos over 365 days`);
    console.log(`  setup                 ${(seeded.setupMs / 1000).toFixed(1)} s`);
    console.log(
      `  one person's home     median ${median(homes).toFixed(1)} ms, p95 ${result.homeP95Ms.toFixed(1)} ms (target ≤ ${HOME_TARGET_MS} ms)`,
    );
    console.log(
      `  admin's overview      median ${median(overviews).toFixed(1)} ms, p95 ${result.overviewP95Ms.toFixed(1)} ms (target ≤ ${OVERVIEW_TARGET_MS} ms)`,
    );
    console.log(`  of which the ranking  median ${median(rankings).toFixed(1)} ms`);
    return result;
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
