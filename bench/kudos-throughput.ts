/**
 * `npm run bench`: signed `/kudos` commands against Frontline and against a bare Bolt app
 * that only acknowledges, each served from its own child process, compared side by side.
 * Frontline is its production build (`npm run build` runs first), with the Dockerfile's heap
 * limit; both children carry the same harness (ts-node, the child's own code).
 *
 * BENCH_REQUESTS (3000), BENCH_CONCURRENCY (32) and BENCH_ROUNDS (2) tune the run;
 * BENCH_CPU_PROF_DIR, when set, makes the servers write V8 CPU profiles there.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { slackSignature, slashCommandBody } from '../test/support/slack-request';
import {
  SIGNING_SECRET,
  USER_COUNT,
  type ChildMessage,
  type ParentMessage,
  type ServerStats,
} from './ipc';
import { benchPostgres, stopBenchPostgres } from './postgres';

const REQUESTS = positiveInt('BENCH_REQUESTS', 3000);
const CONCURRENCY = positiveInt('BENCH_CONCURRENCY', 32);
const ROUNDS = positiveInt('BENCH_ROUNDS', 2);
const WARMUP_REQUESTS = 200;
const CPU_PROF_DIR = process.env.BENCH_CPU_PROF_DIR;

const RUN_TIMEOUT_MS = 5 * 60_000;
const START_TIMEOUT_MS = 60_000;
const REQUEST_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 10_000;

/** Thresholds Frontline is held to, relative to the bare Bolt app. */
const MIN_THROUGHPUT_RATIO = 0.8;
const MAX_P99_RATIO = 2;
/** Frontline's peak memory under this load. */
const MAX_RSS_MIB = 250;

interface Target {
  name: string;
  entry: string;
  /** Kudos rows one request records (two recipients each); 0 where nothing is recorded. */
  kudosPerRequest: number;
  /** Node's options, as the target runs in production. */
  nodeOptions: string[];
  env?: Record<string, string>;
}

const BARE_BOLT: Target = {
  name: 'bare Bolt',
  entry: 'serve-bare-bolt.ts',
  kudosPerRequest: 0,
  nodeOptions: [],
};

/** Frontline as the Dockerfile runs it, on SQLite or on the PostgreSQL database at `url`. */
const frontlineOn = (url?: string): Target => ({
  name: url ? 'Frontline on PostgreSQL' : 'Frontline on SQLite',
  entry: 'serve-frontline.ts',
  kudosPerRequest: 2,
  nodeOptions: ['--max-old-space-size=192'],
  env: url ? { BENCH_DATABASE_URL: url } : {},
});

interface RoundResult {
  requests: number;
  failures: number;
  seconds: number;
  /** Sorted ascending. */
  latenciesMs: Float64Array;
}

const children = new Set<ChildProcess>();
/** Where Frontline's database lives for this run; removed on exit. */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-'));

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a positive integer (got "${raw}")`);
    process.exit(1);
  }
  return value;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** One server in its own process, so the load generator never shares its event loop. */
class ServerProcess {
  private constructor(
    readonly target: Target,
    readonly port: number,
    private readonly child: ChildProcess,
  ) {}

  static async start(target: Target): Promise<ServerProcess> {
    const execArgv = ['-r', 'ts-node/register/transpile-only', ...target.nodeOptions];
    if (CPU_PROF_DIR) {
      // One file per target: both engines run the same entry.
      const name = `${target.name.replace(/\W+/g, '-').toLowerCase()}.cpuprofile`;
      execArgv.push('--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}`, `--cpu-prof-name=${name}`);
    }
    const child = fork(path.join(__dirname, target.entry), [], {
      execArgv,
      env: { ...process.env, BENCH_DATA_DIR: dataDir, ...target.env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));

    const ready = new Promise<number>((resolve, reject) => {
      child.on('message', (message: ChildMessage) => {
        if (message.type === 'ready') resolve(message.port);
      });
      child.once('exit', (code) => reject(new Error(`${target.name} exited with ${code}`)));
    });
    const port = await withTimeout(ready, START_TIMEOUT_MS, `starting ${target.name}`);
    return new ServerProcess(target, port, child);
  }

  async stats(): Promise<ServerStats> {
    const answer = new Promise<ServerStats>((resolve) => {
      const listener = (message: ChildMessage) => {
        if (message.type !== 'stats') return;
        this.child.off('message', listener);
        resolve(message);
      };
      this.child.on('message', listener);
    });
    this.send({ type: 'stats' });
    return withTimeout(answer, 5000, `stats from ${this.target.name}`);
  }

  /** Deliveries still queued: the outbox sends at Slack's pace, not at the benchmark's. */
  async backlog(): Promise<number> {
    return (await this.stats()).backlog;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.send({ type: 'exit' });
    await withTimeout(exited, STOP_TIMEOUT_MS, `stopping ${this.target.name}`).catch(() => {
      this.child.kill('SIGKILL');
    });
  }

  private send(message: ParentMessage): void {
    this.child.send(message);
  }
}

let sequence = 0;
const runId = Date.now().toString(36);

/** A fresh signed /kudos command; giver and both recipients are always three different people. */
function kudosRequest(): { body: string; headers: http.OutgoingHttpHeaders } {
  const seq = sequence++;
  const half = Math.floor((USER_COUNT - 1) / 2);
  const giver = seq % USER_COUNT;
  const first = (giver + 1 + (seq % half)) % USER_COUNT;
  const second = (first + 1 + (Math.floor(seq / half) % half)) % USER_COUNT;
  const body = slashCommandBody({
    text: `<@U${first + 1}|ana> <@U${second + 1}|ben> thanks for rescuing the renewal #ownership client:"ACME Ltd"`,
    user_id: `U${giver + 1}`,
    user_name: `person${giver + 1}`,
    // Unique across rounds, so Frontline never answers a command as a retried delivery.
    trigger_id: `${runId}.${seq}.bench`,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, body),
    },
  };
}

/** Sends one command; resolves with whether it got a 200 and how long that took. */
function send(agent: http.Agent, port: number): Promise<{ ok: boolean; ms: number }> {
  const { body, headers } = kudosRequest();
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const done = (ok: boolean) =>
      resolve({ ok, ms: Number(process.hrtime.bigint() - started) / 1e6 });
    const req = http.request(
      { host: '127.0.0.1', port, path: '/slack/events', method: 'POST', agent, headers },
      (res) => {
        res.on('end', () => done(res.statusCode === 200));
        res.on('error', () => done(false));
        res.resume();
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('request timed out')));
    req.on('error', () => done(false));
    req.end(body);
  });
}

/** `count` requests, `concurrency` at a time, over keep-alive connections. */
async function load(port: number, count: number, concurrency: number): Promise<RoundResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = new Float64Array(count);
  let issued = 0;
  let failures = 0;
  const worker = async () => {
    while (issued < count) {
      const index = issued++;
      const { ok, ms } = await send(agent, port);
      latencies[index] = ms;
      if (!ok) failures++;
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { requests: count, failures, seconds, latenciesMs: latencies.sort() };
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

const throughput = (r: RoundResult) => r.requests / r.seconds;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
        .join('  '),
    )
    .join('\n');
}

function verdict(meets: boolean): string {
  return meets ? 'meets target' : 'misses target';
}

async function main(): Promise<number> {
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: path.resolve(__dirname, '..'),
    stdio: 'inherit',
  });
  console.log(
    `kudos throughput: ${REQUESTS} requests × ${ROUNDS} rounds per target, concurrency ${CONCURRENCY}, ` +
      `${WARMUP_REQUESTS} warm-up requests per round`,
  );
  const postgres = await benchPostgres();
  const targets = [BARE_BOLT, frontlineOn()];
  if (postgres) targets.push(frontlineOn(await postgres.newDatabase()));
  const servers = await Promise.all(targets.map((target) => ServerProcess.start(target)));
  const rounds = new Map<ServerProcess, RoundResult[]>(servers.map((s) => [s, []]));
  const sent = new Map<ServerProcess, number>(servers.map((s) => [s, 0]));
  let failures = 0;

  try {
    // Alternating targets round by round spreads machine noise over both.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const server of servers) {
        const warmup = await load(server.port, WARMUP_REQUESTS, CONCURRENCY);
        const result = await load(server.port, REQUESTS, CONCURRENCY);
        const backlog = await server.backlog();
        rounds.get(server)!.push(result);
        sent.set(server, sent.get(server)! + warmup.requests + result.requests);
        failures += warmup.failures + result.failures;
        console.log(
          `  round ${round} ${server.target.name.padEnd(23)} ${throughput(result).toFixed(0).padStart(6)} req/s` +
            `  p99 ${percentile(result.latenciesMs, 0.99).toFixed(2)} ms` +
            (warmup.failures ? `  (${warmup.failures} warm-up failures)` : '') +
            (backlog > 0 ? `  (${backlog} deliveries still queued, sent at Slack's pace)` : ''),
        );
      }
    }

    const rows = [['target', 'requests', 'failures', 'req/s', 'p50 ms', 'p99 ms', 'peak RSS MiB']];
    const best = new Map<ServerProcess, RoundResult>();
    const peakRssMiB = new Map<ServerProcess, number>();
    for (const server of servers) {
      const results = rounds.get(server)!;
      // The best round is the one least disturbed by whatever else the machine was doing.
      const top = results.reduce((a, b) => (throughput(b) > throughput(a) ? b : a));
      best.set(server, top);
      const stats = await server.stats();
      peakRssMiB.set(server, stats.maxRssKiB / 1024);
      const expectedKudos = sent.get(server)! * server.target.kudosPerRequest;
      if (server.target.kudosPerRequest > 0 && stats.kudos !== expectedKudos) {
        console.error(
          `${server.target.name} recorded ${stats.kudos} kudos, expected ${expectedKudos}: ` +
            'some commands were answered without being recorded',
        );
        const missing = Math.abs(expectedKudos - stats.kudos) / server.target.kudosPerRequest;
        failures += Math.max(1, Math.ceil(missing));
      }
      rows.push([
        server.target.name,
        String(results.reduce((n, r) => n + r.requests, 0)),
        String(results.reduce((n, r) => n + r.failures, 0)),
        throughput(top).toFixed(0),
        percentile(top.latenciesMs, 0.5).toFixed(2),
        percentile(top.latenciesMs, 0.99).toFixed(2),
        peakRssMiB.get(server)!.toFixed(1),
      ]);
    }
    console.log(`\n${table(rows)}\n`);
    console.log(
      'req/s, p50 and p99 are from each target’s best round; requests and failures are totals.',
    );

    const [bare, ...frontlines] = servers.map((s) => best.get(s)!) as [
      RoundResult,
      ...RoundResult[],
    ];
    for (const [i, frontline] of frontlines.entries()) {
      const name = `${servers[i + 1]!.target.name} / bare`;
      const throughputRatio = throughput(frontline) / throughput(bare);
      const p99Ratio = percentile(frontline.latenciesMs, 0.99) / percentile(bare.latenciesMs, 0.99);
      console.log(
        `${name} throughput: ${throughputRatio.toFixed(2)} ` +
          `(target ≥ ${MIN_THROUGHPUT_RATIO}) ${verdict(throughputRatio >= MIN_THROUGHPUT_RATIO)}`,
      );
      console.log(
        `${name} p99:        ${p99Ratio.toFixed(2)} ` +
          `(target < ${MAX_P99_RATIO}) ${verdict(p99Ratio < MAX_P99_RATIO)}`,
      );
    }
    for (const server of servers.slice(1)) {
      const rss = peakRssMiB.get(server)!;
      console.log(
        `${server.target.name} peak RSS: ${rss.toFixed(0)} MiB ` +
          `(target ≤ ${MAX_RSS_MIB}) ${verdict(rss <= MAX_RSS_MIB)}`,
      );
    }
    if (CPU_PROF_DIR) console.log(`CPU profiles: ${CPU_PROF_DIR}`);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await stopBenchPostgres();
  }

  if (failures > 0) console.error(`${failures} requests failed`);
  // The benchmark reports; only failed requests make it exit non-zero.
  return failures > 0 ? 1 : 0;
}

// Whatever ends this process, no server child outlives it.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

setTimeout(() => {
  console.error(`benchmark did not finish within ${RUN_TIMEOUT_MS / 60_000} minutes`);
  process.exit(1);
}, RUN_TIMEOUT_MS);

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
