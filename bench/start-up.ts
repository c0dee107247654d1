/**
 * Start-up and idle memory of the production build: `npm run build`, then `node dist/main.js`
 * against a mock Slack Web API on 127.0.0.1; times the start to the first `200` from
 * `/readyz` (database opened and migrated, Slack's auth.test answered), then reads the
 * process's resident memory after it has been idle for a few seconds; on a new SQLite file,
 * then on a new PostgreSQL database (migrated at start, as a first deployment is).
 * BENCH_START_RUNS (3).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BOT_TOKEN, SIGNING_SECRET } from './ipc';
import { startMockSlack } from './mock-users';
import { benchPostgres, stopBenchPostgres } from './postgres';
import { positiveInt } from './seed-workspace';
import type { TestPostgres } from '../test/support/postgres';

const ROOT = path.resolve(__dirname, '..');
const RUNS = positiveInt('BENCH_START_RUNS', 3);
const TARGET_START_MS = 1500;
const TARGET_IDLE_MIB = 150;
const IDLE_MS = 3000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process, from /proc (Linux), in MiB. */
function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kib / 1024;
}

async function untilReady(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return;
    await sleep(5);
  }
  throw new Error(`${url} was not ready in time`);
}

async function once(
  slackUrl: string,
  port: number,
  postgres?: TestPostgres,
): Promise<{ startMs: number; idleMiB: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-start-'));
  const database = postgres
    ? { DATABASE_URL: await postgres.newDatabase() }
    : { DATABASE_PATH: path.join(dir, 'frontline.db') };
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...database,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackUrl,
    LOG_LEVEL: 'silent',
  };
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
    env,
    stdio: 'ignore',
  });
  try {
    await untilReady(`http://127.0.0.1:${port}/readyz`, Date.now() + 20_000);
    const startMs = performance.now() - started;
    await sleep(IDLE_MS);
    return { startMs, idleMiB: rssMiB(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A port nothing listens on now (the child binds it a moment later). */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function measure(slackUrl: string, engine: string, postgres?: TestPostgres): Promise<void> {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(slackUrl, await freePort(), postgres));
  const startMs = median(runs.map((r) => r.startMs));
  const idleMiB = median(runs.map((r) => r.idleMiB));
  console.log(`start-up of dist/ to /readyz on ${engine} (median of ${RUNS})`);
  console.log(
    `  ${startMs.toFixed(0)} ms (target ≤ ${TARGET_START_MS} ms: ${verdict(startMs <= TARGET_START_MS)})`,
  );
  console.log(
    `  idle RSS after ${IDLE_MS / 1000} s: ${idleMiB.toFixed(0)} MiB (target ≤ ${TARGET_IDLE_MIB} MiB: ${verdict(idleMiB <= TARGET_IDLE_MIB)})`,
  );
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const slack = await startMockSlack();
  try {
    await measure(slack.url, 'SQLite');
    const postgres = await benchPostgres();
    if (postgres) await measure(slack.url, 'PostgreSQL', postgres);
  } finally {
    await stopBenchPostgres();
    await slack.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
