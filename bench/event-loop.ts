/**
 * The event loop while the schedule runs: Frontline starts on a seeded workspace (60,000
 * people, 10,000 managers) at Monday 09:00, when every manager's digest is due, and signed
 * `/kudos` commands keep arriving while the digests are built, queued and sent. Prints the
 * event-loop delay (p99, max) over that time and the commands' answer times.
 *
 * BENCH_LOOP_PEOPLE (60000), BENCH_LOOP_MANAGERS (10000), BENCH_LOOP_KUDOS (300000) and
 * BENCH_LOOP_CONCURRENCY (8) tune the run; BENCH_ENGINE=postgres runs it on a PostgreSQL
 * server of its own, with the same rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { count, like } from 'drizzle-orm';
import { openDatabase } from '../src/db/database';
import { outbox } from '../src/db/schema';
import { createLogger } from '../src/log';
import { startFrontline } from '../src/server';
import { slackSignature, slashCommandBody } from '../test/support/slack-request';
import { BOT_TOKEN, SIGNING_SECRET, USER_COUNT } from './ipc';
import { startMockSlack } from './mock-users';
import { benchPostgres, copyToPostgres, stopBenchPostgres } from './postgres';
import { positiveInt, seedWorkspace } from './seed-workspace';

const PEOPLE = positiveInt('BENCH_LOOP_PEOPLE', 60_000);
const MANAGERS = positiveInt('BENCH_LOOP_MANAGERS', 10_000);
const KUDOS = positiveInt('BENCH_LOOP_KUDOS', 300_000);
const CONCURRENCY = positiveInt('BENCH_LOOP_CONCURRENCY', 8);
const TARGET_P99_MS = 20;
const TARGET_MAX_MS = 100;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** One signed /kudos from a random person of the mock workspace to another. */
async function sendKudos(baseUrl: string, n: number): Promise<number> {
  const from = 1 + (n % USER_COUNT);
  const to = 1 + ((n + 7) % USER_COUNT);
  const body = slashCommandBody({
    team_id: 'TBENCH',
    user_id: `U${from}`,
    text: `<@U${to}|person${to}> kept the client calm, request ${n}`,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, body),
    },
    body,
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`/kudos answered ${res.status}`);
  return performance.now() - started;
}

const ENGINE = process.env.BENCH_ENGINE === 'postgres' ? 'PostgreSQL' : 'SQLite';

/** The seeded SQLite file, or on PostgreSQL a database with its rows copied in. */
async function benchDatabase(file: string): Promise<Record<string, string> | undefined> {
  if (ENGINE === 'SQLite') return { DATABASE_PATH: file };
  const postgres = await benchPostgres();
  if (!postgres) return undefined;
  const url = await postgres.newDatabase();
  await copyToPostgres(file, url);
  return { DATABASE_URL: url };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-loop-bench-'));
  const dbPath = path.join(dir, 'frontline.db');
  // A Monday, 09:00 UTC: the 'daily' default digest fires for every manager.
  const now = new Date('2025-03-10T09:00:00.000Z');
  const seeded = openDatabase(dbPath);
  await seedWorkspace(seeded, { people: PEOPLE, kudos: KUDOS, weekEnd: now, managers: MANAGERS });
  await seeded.close();
  const database = await benchDatabase(dbPath);
  if (!database) return;

  const slack = await startMockSlack();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ...database,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.url,
    LOG_LEVEL: 'silent',
  });
  // The schedule's first round starts with Frontline itself; measured from its second batch.
  const frontline = await startFrontline(config, createLogger('silent'), { now: () => now });
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const started = performance.now();
  const baseUrl = `http://127.0.0.1:${frontline.port}`;
  let scheduled = false;
  const roundDone = frontline.scheduler.tick().then(() => (scheduled = true));
  const answers: number[] = [];
  let sent = 0;
  const worker = async () => {
    while (!scheduled) answers.push(await sendKudos(baseUrl, sent++));
  };
  await Promise.all([roundDone, ...Array.from({ length: CONCURRENCY }, worker)]);
  const roundMs = performance.now() - started;
  delay.disable();
  const [digests] = await frontline.database.db
    .select({ n: count() })
    .from(outbox)
    .where(like(outbox.key, '%:digest:%'));
  await frontline.close();
  await slack.stop();
  await stopBenchPostgres();
  fs.rmSync(dir, { recursive: true, force: true });

  const ms = (ns: number) => ns / 1e6;
  const p99 = ms(delay.percentile(99));
  const max = ms(delay.max);
  const sorted = [...answers].sort((a, b) => a - b);
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  console.log(
    `event loop while the schedule runs, on ${ENGINE}: ${PEOPLE} people (${MANAGERS} managers), ${KUDOS} kudos`,
  );
  console.log(`  schedule round, digests queued: ${(roundMs / 1000).toFixed(1)} s, ${digests?.n}`);
  console.log(
    `  event-loop delay p99 ${p99.toFixed(1)} ms (target ≤ ${TARGET_P99_MS}: ${verdict(p99 <= TARGET_P99_MS)}), ` +
      `max ${max.toFixed(1)} ms (target ≤ ${TARGET_MAX_MS}: ${verdict(max <= TARGET_MAX_MS)})`,
  );
  console.log(
    `  /kudos answered meanwhile: ${answers.length}, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
      `p99 ${percentile(sorted, 0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
