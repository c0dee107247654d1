import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '@slack/bolt';
import { readFields, RequestRefused } from '../../../src/http-server';
import { createLogger } from '../../../src/log';
import { ListenerFailure, SlackReceiver } from '../../../src/slack/kit/receiver';
import { slackSignature } from '../../support/slack-request';

const SECRET = 'receiver-secret';
const event = JSON.stringify({
  type: 'event_callback',
  team_id: 'T1',
  event_id: 'Ev1',
  event: {
    type: 'reaction_added',
    user: 'U1',
    reaction: 'clap',
    item: { type: 'message', channel: 'C1', ts: '1.1' },
  },
});

/** Serves one signed event through a receiver whose Bolt app does `process`; the status it ended with. */
async function serveWith(process: App['processEvent']): Promise<number | string> {
  const receiver = new SlackReceiver(SECRET, createLogger('silent'));
  receiver.init({ processEvent: process } as App);
  const timestamp = Math.floor(Date.now() / 1000);
  const headers = {
    'content-type': 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(SECRET, timestamp, event),
  };
  let status = 0;
  const res = {
    headersSent: false,
    writeHead(code: number) {
      status = code;
      this.headersSent = true;
    },
    end: () => undefined,
  };
  const body = readFields({ headers }, Buffer.from(event), true);
  try {
    await receiver.endpoint.serve(
      { headers } as unknown as IncomingMessage,
      res as unknown as ServerResponse,
      body,
      'r1',
    );
    return status;
  } catch (err) {
    return err instanceof RequestRefused ? err.status : `thrown: ${(err as Error).message}`;
  }
}

test('an acknowledged request is answered with what the listener acknowledged', async () => {
  expect(await serveWith(async ({ ack }) => void (await ack()))).toBe(200);
});

test('Bolt choking on a request before any listener is a 400, not a 500', async () => {
  const choke = () =>
    Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')"));
  expect(await serveWith(choke)).toBe(400);
});

test('a listener’s own failure is thrown on, for the door to answer 500 with the request id', async () => {
  const fail = () => Promise.reject(new ListenerFailure(new Error('database is locked')));
  expect(await serveWith(fail)).toBe('thrown: database is locked');
});

test('a request no listener acknowledged is answered 404 at once, not after three seconds', async () => {
  expect(await serveWith(async () => undefined)).toBe(404);
});
