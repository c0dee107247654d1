import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CloudAdapter } from 'botbuilder';
import { RequestRefused } from '../../../src/http-server';
import { createLogger } from '../../../src/log';
import { isLoopback, messagesEndpoint } from '../../../src/teams/kit/messages-endpoint';

const activity = {
  type: 'message',
  serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: 'a:1' },
  from: { id: '29:ana' },
};

/** A request as Node hands it over, from `remoteAddress`; and what the endpoint answered. */
async function postFrom(remoteAddress: string, options: { loopbackOnly?: boolean }) {
  const processed: unknown[] = [];
  const adapter = {
    process: async (
      request: { body: unknown },
      response: { status(n: number): unknown; end(): void },
    ) => {
      processed.push(request.body);
      response.status(200);
      response.end();
    },
  } as unknown as CloudAdapter;
  const raw = Buffer.from(JSON.stringify(activity));
  const req = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    socket: { remoteAddress },
  } as unknown as IncomingMessage;
  let status = 0;
  const res = {
    headersSent: false,
    writableEnded: false,
    socket: null,
    setHeader: () => undefined,
    writeHead(code: number) {
      status = code;
      return this;
    },
    end() {
      this.writableEnded = true;
    },
  };
  const endpoint = messagesEndpoint(
    adapter,
    async () => undefined,
    createLogger('silent'),
    options,
  );
  // The front door answers a refusal with its status.
  const answered = endpoint
    .serve(req, res as unknown as ServerResponse, { raw, fields: activity, form: false }, 'r1')
    .then(
      () => status,
      (err: unknown) => (err instanceof RequestRefused ? err.status : 500),
    );
  return { status: await answered, processed };
}

test('only this machine counts as loopback', () => {
  for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
    expect(isLoopback(address)).toBe(true);
  }
  for (const address of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '', undefined]) {
    expect(isLoopback(address)).toBe(false);
  }
});

test('with authentication off, an activity from another machine gets 403 and is not processed', async () => {
  const refused = await postFrom('10.0.0.5', { loopbackOnly: true });
  expect(refused).toEqual({ status: 403, processed: [] });
  const local = await postFrom('127.0.0.1', { loopbackOnly: true });
  expect(local.status).toBe(200);
  expect(local.processed).toEqual([activity]);
});

test('with authentication on, any address reaches the adapter, which checks the token', async () => {
  const remote = await postFrom('10.0.0.5', {});
  expect(remote.processed).toEqual([activity]);
});
