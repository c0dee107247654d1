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
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../src/core/core';
import { plainText } from '../src/core/message';
import { buildWeeklySummary } from '../src/core/weekly-summary';
import { openDatabase } from '../src/db/database';
import { workspaces } from '../src/db/schema';
import { createLogger } from '../src/log';
import { messageBlocks } from '../src/slack/message-blocks';

const PEOPLE = positiveInt('BENCH_SUMMARY_PEOPLE', 50_000);
const KUDOS = positiveInt('BENCH_SUMMARY_KUDOS', 1_000_000);
const RUNS = positiveInt('BENCH_SUMMARY_RUNS', 20);
const WARMUP_RUNS = 2;
const TARGET_MS = 200;

const TEAM_SIZE = 10;
const CLIENTS = 2_000;
const CLIENT_SHARE = 0.3;
const OPT_OUT_SHARE = 0.02;
const DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
const VALUES = ['care', 'ownership', 'speed', 'candour', 'teamwork', 'patience', 'craft', 'grit'];
const WORDS = [
  'Thank you for staying late to get our order out on time.',
  'She explained the invoice twice, patiently, and fixed the error the same day.',
  'The best support call we have ever had: quick, warm and to the point.',
  'He rescued our renewal when nobody else could. We will remember it.',
  'Always kind, always clear, and never once made us feel like a burden.',
];

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

/** mulberry32: the same data on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

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

    const setupStarted = performance.now();
    const { sqlite } = database;
    const rand = random(42);
    const workspaceId = Number(
      sqlite
        .prepare(
          `INSERT INTO workspaces (platform, external_id, name) VALUES ('slack', 'TBENCH', 'Bench')`,
        )
        .run().lastInsertRowid,
    );
    const insertPerson = sqlite.prepare(
      `INSERT INTO people (workspace_id, platform_user_id, name, team, announce_opt_out)
       VALUES (?, ?, ?, ?, ?)`,
    );
    const insertClient = sqlite.prepare(
      `INSERT INTO clients (workspace_id, name, name_key) VALUES (?, ?, ?)`,
    );
    const insertKudos = sqlite.prepare(
      `INSERT INTO kudos (workspace_id, giver_id, recipient_id, client_id, words, "values",
                          source, source_ref, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'command', ?, ?)`,
    );
    const valueSets = Array.from({ length: 64 }, () => {
      const picked = VALUES.filter(() => rand() < 0.2);
      return JSON.stringify(picked);
    });
    let firstPerson = 0;
    let firstClient = 0;
    sqlite.transaction(() => {
      for (let i = 0; i < PEOPLE; i++) {
        const id = Number(
          insertPerson.run(
            workspaceId,
            `U${i}`,
            `Person ${i}`,
            `Team ${Math.floor(i / TEAM_SIZE)}`,
            rand() < OPT_OUT_SHARE ? 1 : 0,
          ).lastInsertRowid,
        );
        if (i === 0) firstPerson = id;
      }
      for (let i = 0; i < CLIENTS; i++) {
        const id = Number(
          insertClient.run(workspaceId, `Client ${i} Ltd`, `client ${i} ltd`).lastInsertRowid,
        );
        if (i === 0) firstClient = id;
      }
      const start = weekEnd.getTime() - DAYS * DAY_MS;
      for (let i = 0; i < KUDOS; i++) {
        const recipient = firstPerson + Math.floor(rand() * PEOPLE);
        let giver = firstPerson + Math.floor(rand() * PEOPLE);
        if (giver === recipient) giver = recipient === firstPerson ? recipient + 1 : firstPerson;
        const client = rand() < CLIENT_SHARE ? firstClient + Math.floor(rand() * CLIENTS) : null;
        insertKudos.run(
          workspaceId,
          giver,
          recipient,
          client,
          WORDS[i % WORDS.length]!,
          valueSets[i % valueSets.length]!,
          `bench-${i}`,
          // Kudos are appended as they are given: rows arrive in time order, as in production.
          start + Math.floor(((i + rand()) * DAYS * DAY_MS) / KUDOS),
        );
      }
    })();
    const workspace = database.db
      .select()
      .from(workspaces)
      .where(eq(workspaces.id, workspaceId))
      .get();
    const setupMs = performance.now() - setupStarted;
    if (!workspace) throw new Error('the workspace was not stored');

    const firstStarted = performance.now();
    const summary = buildWeeklySummary(ctx, workspace, weekEnd);
    const firstMs = performance.now() - firstStarted;
    if (!summary) throw new Error('the week had no kudos: the data set is wrong');
    for (let i = 1; i < WARMUP_RUNS; i++) buildWeeklySummary(ctx, workspace, weekEnd);

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      buildWeeklySummary(ctx, workspace, weekEnd);
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
    database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
