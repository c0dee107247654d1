/**
 * `npm run bench`: kudos throughput, the weekly summary, manager digests, the event loop while
 * they run, homes, triage and start-up, one after another. Each runs in its own process, so
 * one's memory (peak RSS) and garbage never weigh on the next. Like each benchmark on its
 * own, this only fails (exit 1) when one of them throws or the throughput benchmark reports
 * failed requests (its exit code says so); a missed target is reported, not failed.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const BENCHMARKS: { name: string; entry: string; env?: Record<string, string> }[] = [
  { name: 'kudos throughput', entry: 'kudos-throughput.ts' },
  { name: 'weekly summary', entry: 'weekly-summary.ts' },
  { name: 'manager digests', entry: 'manager-digests.ts' },
  { name: 'event loop', entry: 'event-loop.ts' },
  { name: 'event loop on PostgreSQL', entry: 'event-loop.ts', env: { BENCH_ENGINE: 'postgres' } },
  { name: 'home', entry: 'home.ts' },
  { name: 'triage', entry: 'triage.ts' },
  { name: 'start-up', entry: 'start-up.ts' },
];

let current: ChildProcess | undefined;

function run(entry: string, env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, entry), [], {
      execArgv: ['-r', 'ts-node/register/transpile-only'],
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    current = child;
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

export async function main(): Promise<number> {
  const failed: string[] = [];
  for (const [i, bench] of BENCHMARKS.entries()) {
    if (i > 0) console.log('');
    const started = performance.now();
    const code = await run(bench.entry, bench.env).catch((err: unknown) => {
      console.error(err);
      return 1;
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (code !== 0) {
      failed.push(bench.name);
      console.error(`${bench.name}: failed (exit ${code}) after ${seconds} s`);
    } else {
      console.log(`(${bench.name}: ${seconds} s)`);
    }
  }
  if (failed.length > 0) console.error(`\nfailed: ${failed.join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

// A benchmark never outlives this process (SIGTERM lets the throughput one stop its servers).
process.on('exit', () => current?.kill('SIGTERM'));
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
