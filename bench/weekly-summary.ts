/**
 * Building the weekly summary for a workspace of 50,000 people and 1,000,000 kudos spread
 * over a year, in a temp-file database: setup time, median and p95 per build, peak RSS.
 *
 * BENCH_SUMMARY_PEOPLE (50000), BENCH_SUMMARY_KUDOS (1000000) and BENCH_SUMMARY_RUNS (20)
 * tune the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CoreContext, plainText } from '../src/core/shared';
import { buildWeeklySummary } from '../src/core/digests';
import { openDatabase } from '../src/db/database';
import { createLogger } from '../src/log';
import { messageBlocks } from '../src/slack/kit/render-message';
import { positiveInt, seedWorkspace } from './seed-workspace';

const PEOPLE = positiveInt('BENCH_SUMMARY_PEOPLE', 50_000);
const KUDOS = positiveInt('BENCH_SUMMARY_KUDOS', 1_000_000);
const RUNS = positiveInt('BENCH_SUMMARY_RUNS', 20);
const WARMUP_RUNS = 2;
const TARGET_MS = 200;
const DAYS = 365;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

export interface SummaryBenchResult {
  setupMs: number;
  medianMs: number;
  p95Ms: number;
  maxRssKiB: number;
  meetsTarget: boolean;
}

/** Reports the figures; like the other benchmarks, only an error makes it fail. */
export async function main(): Promise<SummaryBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-summary-bench-'));
  const database = openDatabase(path.join(dir, 'bench.db'));
  try {
    const weekEnd = new Date('2025-03-10T09:00:00.000Z');
    const ctx: CoreContext = {
      db: database.db,
      now: () => weekEnd,
      log: createLogger('silent'),
    };

    const { workspace, setupMs } = await seedWorkspace(database, {
      people: PEOPLE,
      kudos: KUDOS,
      weekEnd,
      days: DAYS,
    });

    const firstStarted = performance.now();
    const summary = await buildWeeklySummary(ctx, workspace, weekEnd);
    const firstMs = performance.now() - firstStarted;
    if (!summary) throw new Error('the week had no kudos: the data set is wrong');
    for (let i = 1; i < WARMUP_RUNS; i++) await buildWeeklySummary(ctx, workspace, weekEnd);

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await buildWeeklySummary(ctx, workspace, weekEnd);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const median = percentile(times, 50);
    const p95 = percentile(times, 95);
    const { blocks } = messageBlocks(summary.message);
    const maxRssKiB = process.resourceUsage().maxRSS;
    const meetsTarget = p95 <= TARGET_MS;

    console.log(`weekly summary: ${PEOPLE} people, ${KUDOS} kudos over ${DAYS} days`);
    console.log(`  setup (insert, one transaction)  ${(setupMs / 1000).toFixed(1)} s`);
    console.log(
      `  week: client compliments ${summary.totals.clientCompliments}, colleagues ${summary.totals.peerKudos}, people ${summary.totals.peopleRecognised}`,
    );
    console.log(
      `  message: ${blocks.length} Slack blocks, ${plainText(summary.message).length} characters`,
    );
    console.log(`  first build                      ${ms(firstMs)}`);
    console.log(`  median of ${RUNS} builds              ${ms(median)}`);
    console.log(`  p95                              ${ms(p95)}`);
    console.log(`  peak RSS (setup included)        ${(maxRssKiB / 1024).toFixed(0)} MiB`);
    console.log(
      meetsTarget
        ? `  meets target (≤ ${TARGET_MS} ms)`
        : `  misses target (≤ ${TARGET_MS} ms): p95 ${ms(p95)}`,
    );
    return { setupMs, medianMs: median, p95Ms: p95, maxRssKiB, meetsTarget };
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
