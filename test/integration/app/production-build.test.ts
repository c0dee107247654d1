import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { MockSlackApi } from '../../support/mock-slack-api';
import { tempDbPath } from '../../support/test-database';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

// The Docker image runs exactly this: the compiled dist/, started with node.
const root = path.resolve(__dirname, '..', '..', '..');
const SECRET = 'prod-build-secret';

jest.setTimeout(120_000);

beforeAll(() => {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'pipe' });
});

/** Starts dist/main.js and resolves with the port it logged once it is up. */
function startDist(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const line of out.split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'Frontline is up') return resolve({ child, port: entry.port! });
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

test('the built app serves /healthz, handles a signed /kudos and the CLI exports it', async () => {
  const slack = await new MockSlackApi().start();
  slack.addUser({ id: 'UGIVER', name: 'Gia' }).addUser({ id: 'UANA', name: 'Ana' });
  const dbPath = tempDbPath();
  const { child, port } = await startDist({
    DATABASE_PATH: dbPath,
    SLACK_BOT_TOKEN: 'xoxb-prod-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.url,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);

    const res = await postToSlackEndpoint(
      base,
      SECRET,
      slashCommandBody({ text: '<@UANA|ana> thanks for answering ACME at midnight' }),
    );
    expect(res.status).toBe(200);
    await slack.waitFor('chat.postMessage', 2);

    const exported = execFileSync(
      process.execPath,
      ['dist/cli.js', 'export', 'kudos', '--format', 'json'],
      {
        cwd: root,
        env: { PATH: process.env.PATH, DATABASE_PATH: dbPath },
      },
    ).toString();
    const rows = JSON.parse(exported) as { recipient: string; giver: string; words: string }[];
    expect(rows).toEqual([
      expect.objectContaining({
        giver: 'Gia',
        recipient: 'Ana',
        words: 'thanks for answering ACME at midnight',
      }),
    ]);
  } finally {
    await stop(child);
    await slack.stop();
  }
});

test('a bad environment stops the app with one readable message naming each variable', () => {
  let stderr = '';
  let status: number | null = 0;
  try {
    execFileSync(process.execPath, ['dist/main.js'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        PORT: 'eighty',
        SLACK_BOT_TOKEN: 'not-a-token',
        LOG_LEVEL: 'loud',
      },
      stdio: 'pipe',
    });
  } catch (err) {
    const e = err as { status: number; stderr: Buffer };
    status = e.status;
    stderr = e.stderr.toString();
  }
  expect(status).toBe(1);
  expect(stderr).toMatch(/PORT: expected a port number/);
  expect(stderr).toMatch(/SLACK_BOT_TOKEN: expected a bot token starting with xoxb-/);
  expect(stderr).toMatch(/SLACK_SIGNING_SECRET: expected/);
  expect(stderr).toMatch(/LOG_LEVEL: expected one of/);
  expect(stderr).not.toContain('not-a-token');
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
});

test('with no credentials the built app opens the shell on the same database', async () => {
  const dbPath = tempDbPath();
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH, DATABASE_PATH: dbPath },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stdin.end('/kudos @ana thanks for rescuing the renewal\n/quit\n');
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
  expect(out).toContain('Kudos recorded for @ana');
  expect(out).toContain('[DM to ana]');
});

test('in production with no platform configured the built app stops with one line naming the variables', () => {
  const dbPath = tempDbPath();
  const run = spawnSync(process.execPath, ['dist/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_PATH: dbPath },
    input: '/kudos @ana thanks for rescuing the renewal\n/quit\n',
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stdout).not.toContain('Frontline shell');
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  for (const name of [
    'SLACK_BOT_TOKEN',
    'SLACK_SIGNING_SECRET',
    'SLACK_APP_TOKEN',
    'MicrosoftAppId',
  ]) {
    expect(lines[0]).toContain(name);
  }
});
