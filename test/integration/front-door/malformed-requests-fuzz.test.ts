import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { connectDatabase } from '../../../src/db/database';
import { rowCounts, SIGNING_SECRET, slackEnvironment } from '../../support/frontline';
import { newTestDatabase } from '../../support/test-database';
import { malformedRequests, type MalformedRequest } from '../../support/malformed-requests';
import { MockSlackApi } from '../../support/mock-slack-api';
import { slackSignature, slashCommandBody } from '../../support/slack-request';

// Replay a failure with FUZZ_SEED=<seed printed below>.
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const COUNT = 3000;
const AT_ONCE = 8;
const ANSWER_WITHIN_MS = 1000;

jest.setTimeout(90_000);

let slack: MockSlackApi;
let child: ChildProcess;
let baseUrl: string;
let database: string;
const unhandled: string[] = [];
let exitedWith: string | undefined;

beforeAll(async () => {
  slack = await new MockSlackApi().start();
  database = await newTestDatabase();
  child = fork(path.join(__dirname, '..', '..', 'support', 'run-frontline.ts'), [], {
    execArgv: ['-r', 'ts-node/register/transpile-only'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      ...slackEnvironment(slack.url, database),
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    },
    stdio: 'pipe',
  });
  child.on('message', (m: { unhandled?: string }) => m.unhandled && unhandled.push(m.unhandled));
  child.on('exit', (code, signal) => (exitedWith = `${code ?? signal}`));
  const port = await new Promise<number>((resolve, reject) => {
    child.on('message', (m: { port?: number }) => m.port && resolve(m.port));
    child.once('exit', (code) => reject(new Error(`Frontline exited early (${code})`)));
  });
  baseUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (child.exitCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  }
  await slack.stop();
});

async function storedRows(): Promise<Record<string, number>> {
  const stored = await connectDatabase(database);
  try {
    return await rowCounts(stored);
  } finally {
    await stored.close();
  }
}

/** Sends one request, signed as Slack signs when it goes to Slack's endpoint; its status or what went wrong. */
async function send(request: MalformedRequest): Promise<number | string> {
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = request.contentType
    ? { 'content-type': request.contentType }
    : {};
  if (request.path === '/slack/events') {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = slackSignature(SIGNING_SECRET, timestamp, request.body);
  }
  try {
    const res = await fetch(`${baseUrl}${request.path}`, {
      method: 'POST',
      headers,
      body: request.body,
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    await res.arrayBuffer();
    return res.status;
  } catch (err) {
    return `no answer: ${(err as Error).name} ${(err as Error).message}`;
  }
}

test(`${COUNT} malformed requests (seed ${SEED}): each answered, none 5xx, nothing stored, the process alive`, async () => {
  const requests = malformedRequests(SEED, COUNT);
  const before = await storedRows();
  const failures: string[] = [];
  const statuses = new Map<number | string, number>();
  for (let i = 0; i < requests.length; i += AT_ONCE) {
    const batch = requests.slice(i, i + AT_ONCE);
    const answers = await Promise.all(batch.map(send));
    answers.forEach((answer, j) => {
      const key = typeof answer === 'number' ? answer : 'no answer';
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (typeof answer !== 'number' || answer >= 500) {
        const r = batch[j]!;
        failures.push(`#${i + j} ${r.path} ${r.what}: ${answer}`);
      }
    });
  }

  expect(failures.slice(0, 20)).toEqual([]);
  expect(exitedWith).toBeUndefined();
  expect(unhandled).toEqual([]);
  expect(await storedRows()).toEqual(before);
  // Most are refused with a reason; the rest reach nothing that answers them.
  expect(statuses.get(400) ?? 0).toBeGreaterThan(COUNT / 2);

  // And Frontline still does its work.
  const body = slashCommandBody({ text: 'help' });
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, body),
    },
    body,
  });
  expect(res.status).toBe(200);
  expect(((await res.json()) as { text: string }).text).toContain('/kudos');
});
