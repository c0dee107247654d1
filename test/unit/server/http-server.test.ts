import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import {
  createHttpServer,
  readFields,
  RequestRefused,
  type Endpoint,
} from '../../../src/http-server';
import { recordingLogger } from '../../support/frontline';

const timeouts = { headersMs: 1000, requestMs: 2000, keepAliveMs: 1000 };

async function serve(endpoint: Endpoint) {
  const logs = recordingLogger();
  const server = createHttpServer(
    { slack: endpoint, readiness: () => ({ ready: true }) },
    logs.log,
    timeouts,
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  return { server, url, logs };
}

const close = (server: http.Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

test('a fault of ours is a 500 that names the request, logged with the same id', async () => {
  const { server, url, logs } = await serve({
    maxBytes: 1024,
    forms: false,
    serve: () => Promise.reject(new Error('the database went away')),
  });
  try {
    const res = await fetch(url, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(500);
    const id = res.headers.get('x-request-id');
    expect(await res.json()).toEqual({ error: 'internal error', requestId: id });
    const failure = logs.lines().find((l) => l.msg === 'request failed');
    expect(failure).toMatchObject({ level: 50, reqId: id });
  } finally {
    await close(server);
  }
});

test('a refusal is answered with its status and reason, and logged as a warning', async () => {
  const { server, url, logs } = await serve({
    maxBytes: 1024,
    forms: false,
    serve: () => Promise.reject(new RequestRefused(400, 'the activity has no type')),
  });
  try {
    const res = await fetch(url, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'the activity has no type' });
    expect(logs.lines().filter((l) => Number(l.level) >= 50)).toEqual([]);
  } finally {
    await close(server);
  }
});

describe('readFields', () => {
  const read = (body: string, type: string, forms = true) =>
    readFields({ headers: { 'content-type': type } }, Buffer.from(body), forms);
  const reason = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      return `${(err as RequestRefused).status} ${(err as Error).message}`;
    }
    return 'accepted';
  };

  test('takes a JSON object, and a form where forms are allowed', () => {
    expect(read('{"type":"x"}', 'application/json; charset=utf-8').fields).toEqual({ type: 'x' });
    expect(read('a=1&b=two', 'application/x-www-form-urlencoded')).toMatchObject({
      form: true,
      fields: { a: '1', b: 'two' },
    });
  });

  test('refuses everything else with 400 and a reason', () => {
    expect(reason(() => read('null', 'application/json'))).toBe(
      '400 the body is not a JSON object',
    );
    expect(reason(() => read('[1]', 'application/json'))).toBe('400 the body is not a JSON object');
    expect(reason(() => read('{', 'application/json'))).toBe('400 the body is not JSON');
    expect(reason(() => read('', 'application/json'))).toBe('400 the body is empty');
    expect(reason(() => read('a=1&a=2', 'application/x-www-form-urlencoded'))).toBe(
      '400 the form repeats the field "a"',
    );
    expect(reason(() => read('a=1', 'application/x-www-form-urlencoded', false))).toMatch(
      /^400 the body must be application\/json$/,
    );
    expect(reason(() => read('{}', 'text/plain'))).toMatch(/^400 the body must be/);
  });

  test('a form field named __proto__ is just a field', () => {
    const { fields } = read('__proto__=x&team_id=T1', 'application/x-www-form-urlencoded');
    expect(Object.keys(fields)).toEqual(['__proto__', 'team_id']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
