import { startWithMockSlack, type Running } from '../../support/frontline';
import { rawExchange, trickle } from '../../support/raw-http';

let run: Running;

// Small limits, so each case ends soon; every wait below is a bound, not a measurement.
beforeEach(async () => {
  run = await startWithMockSlack({
    HTTP_HEADERS_TIMEOUT_MS: '300',
    HTTP_REQUEST_TIMEOUT_MS: '600',
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '300',
  });
});
afterEach(() => run.stop());

const WAIT_MS = 4000;
const head = (path: string, headers: Record<string, string | number>) =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('') +
  '\r\n';

/** Announces ten megabytes and sends none of them. */
const announceTooMuch = (port: number, path: string) =>
  rawExchange(
    port,
    (socket) =>
      socket.write(head(path, { 'content-type': 'application/json', 'content-length': 1e7 })),
    WAIT_MS,
  );

test('a body announced larger than the limit gets 413 before any of it is sent', async () => {
  const seen = await announceTooMuch(run.frontline.port, '/slack/events');
  expect(seen.received).toMatch(/^HTTP\/1\.1 413 /);
  expect(seen.closed).toBe(true);
});

test('the same on the Teams endpoint', async () => {
  const teams = await startWithMockSlack({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
  try {
    const seen = await announceTooMuch(teams.frontline.port, '/api/messages');
    expect(seen.received).toMatch(/^HTTP\/1\.1 413 /);
    expect(seen.closed).toBe(true);
  } finally {
    await teams.stop();
  }
});

test('a body sent without a length and past the limit gets 413 once the limit is passed', async () => {
  const seen = await rawExchange(
    run.frontline.port,
    (socket) => {
      socket.write(
        head('/slack/events', {
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
        }),
      );
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 20; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    },
    WAIT_MS,
  );
  expect(seen.received).toMatch(/^HTTP\/1\.1 413 /);
  expect(seen.closed).toBe(true);
});

test('a body trickling in is cut off by the request timeout', async () => {
  const body = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(400) });
  const seen = await rawExchange(
    run.frontline.port,
    (socket) => {
      socket.write(
        head('/slack/events', {
          'content-type': 'application/json',
          'content-length': body.length,
        }),
      );
      // Four bytes every 50 ms: the whole body would take about five seconds.
      trickle(socket, body, 50);
    },
    WAIT_MS,
  );
  expect(seen.closed).toBe(true);
  expect(seen.received).not.toMatch(/^HTTP\/1\.1 2/);
});

test('a client that starts its headers and then says nothing is cut off', async () => {
  const seen = await rawExchange(
    run.frontline.port,
    (socket) => socket.write('POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n'),
    WAIT_MS,
  );
  expect(seen.closed).toBe(true);
});

test('a client that connects and sends nothing at all is cut off', async () => {
  const seen = await rawExchange(run.frontline.port, () => undefined, WAIT_MS);
  expect(seen.closed).toBe(true);
});

test('an idle keep-alive connection is closed after its timeout', async () => {
  const seen = await rawExchange(
    run.frontline.port,
    (socket) =>
      socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n'),
    WAIT_MS,
  );
  expect(seen.received).toMatch(/^HTTP\/1\.1 200 /);
  expect(seen.received).toMatch(/keep-alive/i);
  expect(seen.closed).toBe(true);
});
