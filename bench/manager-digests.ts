/**
 * Queueing every manager's digest at once: 60,000 people of whom 10,000 are managers
 * (each with ~5 reports, ten of them managing the other managers), 1,000,000 kudos over a
 * year, the clock on a Monday at 09:00 UTC when the default 'daily' schedule fires for
 * everyone. Times one `queueDueDigests(ctx)` call (build every digest, write it to the
 * outbox, mark the manager) per run, on a fresh state each time: median, ms per manager,
 * peak RSS.
 *
 * BENCH_DIGEST_PEOPLE (60000), BENCH_DIGEST_MANAGERS (10000), BENCH_DIGEST_KUDOS (1000000)
 * and BENCH_DIGEST_RUNS (3) tune the run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoreContext } from '../src/core/shared';
import { queueDueDigests } from '../src/core/digests';
import { openDatabase } from '../src/db/database';
import { createLogger } from '../src/log';
import { CLIENT_SHARE, positiveInt, seedWorkspace } from './seed-workspace';

const PEOPLE = positiveInt('BENCH_DIGEST_PEOPLE', 60_000);
const MANAGERS = positiveInt('BENCH_DIGEST_MANAGERS', 10_000);
const KUDOS = positiveInt('BENCH_DIGEST_KUDOS', 1_000_000);
const RUNS = positiveInt('BENCH_DIGEST_RUNS', 3);
const DAYS = 365;
/** Building the digests of 10,000 managers. */
const TARGET_MS = 2000;
const TARGET_MANAGERS = 10_000;

const ms = (n: number) => `${n.toFixed(1)} ms`;

export interface DigestBenchResult {
  setupMs: number;
  managers: number;
  queued: number;
  /** Every run's total, in run order. */
  runsMs: number[];
  medianMs: number;
  msPerManager: number;
  maxRssKiB: number;
  meetsTarget: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Reports the figures; like the other benchmarks, only an error makes it fail. */
export async function main(): Promise<DigestBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-digest-bench-'));
  const database = openDatabase(path.join(dir, 'bench.db'));
  try {
    // A Monday, 09:00 UTC: the workspace's 'daily' default (working days 09:00) fires now.
    const now = new Date('2025-03-10T09:00:00.000Z');
    if (now.getUTCDay() !== 1) throw new Error('the bench clock must be a Monday');
    const ctx: CoreContext = { db: database.db, now: () => now, log: createLogger('silent') };

    const { setupMs, managerIds } = await seedWorkspace(database, {
      people: PEOPLE,
      kudos: KUDOS,
      weekEnd: now,
      days: DAYS,
      managers: MANAGERS,
    });
    const { sqlite } = database;
    const managers = (
      sqlite
        .prepare(`SELECT count(DISTINCT manager_id) AS n FROM people WHERE manager_id IS NOT NULL`)
        .get() as { n: number }
    ).n;
    if (managers !== managerIds.length) {
      throw new Error(`${managers} people have reports, expected ${managerIds.length}`);
    }
    // Not timed: every run starts from a checkpointed database, as a long-running server would.
    const checkpoint = () => sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const reset = sqlite.transaction(() => {
      sqlite.prepare(`UPDATE people SET digest_sent_through = NULL`).run();
      sqlite.prepare(`DELETE FROM outbox`).run();
    });
    const countOutbox = sqlite.prepare(`SELECT count(*) AS n FROM outbox`);
    checkpoint();

    const runsMs: number[] = [];
    let queued = 0;
    for (let run = 0; run < RUNS; run++) {
      if (run > 0) {
        reset();
        checkpoint();
      }
      const started = performance.now();
      const count = await queueDueDigests(ctx);
      runsMs.push(performance.now() - started);
      const written = (countOutbox.get() as { n: number }).n;
      if (written !== count)
        throw new Error(`queued ${count} digests but the outbox has ${written}`);
      if (count === 0) throw new Error('no digest was queued: the data set or the clock is wrong');
      if (run > 0 && count !== queued)
        throw new Error(`run ${run + 1} queued ${count}, not ${queued}`);
      queued = count;
    }

    const medianMs = median(runsMs);
    const msPerManager = medianMs / managers;
    const maxRssKiB = process.resourceUsage().maxRSS;
    // Held to 2 s for 10,000 managers, scaled when BENCH_DIGEST_MANAGERS differs.
    const targetMs = (TARGET_MS * managers) / TARGET_MANAGERS;
    const meetsTarget = medianMs <= targetMs;

    console.log(
      `manager digests: ${PEOPLE} people (${managers} managers), ${KUDOS} kudos over ${DAYS} days ` +
        `(${Math.round(CLIENT_SHARE * 100)}% from clients), clock ${now.toISOString()}`,
    );
    const line = (label: string, value: string) => console.log(`  ${label.padEnd(33)}${value}`);
    line('setup (insert, one transaction)', `${(setupMs / 1000).toFixed(1)} s`);
    line('managers', String(managers));
    line('digests queued', `${queued} (${managers - queued} managers had nothing to act on)`);
    line(`queueDueDigests, ${RUNS} runs`, runsMs.map(ms).join(', '));
    line('median total', ms(medianMs));
    line('per manager', `${msPerManager.toFixed(3)} ms`);
    line('peak RSS (setup included)', `${(maxRssKiB / 1024).toFixed(0)} MiB`);
    console.log(
      meetsTarget
        ? `  meets target (≤ ${ms(targetMs)} for ${managers} managers)`
        : `  misses target (≤ ${ms(targetMs)} for ${managers} managers): median ${ms(medianMs)}`,
    );
    return { setupMs, managers, queued, runsMs, medianMs, msPerManager, maxRssKiB, meetsTarget };
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
