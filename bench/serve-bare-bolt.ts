/** Child process: a Bolt app that only acknowledges /kudos, the baseline Frontline is compared with. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { BOT_TOKEN, SIGNING_SECRET, serveChild } from './ipc';
import { startMockSlack } from './mock-users';

serveChild(async () => {
  // Bolt verifies the token with auth.test; the mock answers it, as it does for Frontline.
  const mock = await startMockSlack();
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: '/slack/events' });
  const app = new App({ token: BOT_TOKEN, receiver, clientOptions: { slackApiUrl: mock.url } });
  app.command('/kudos', async ({ ack }) => ack());

  // Served directly rather than through app.start(), which would pick its own port and host.
  const server = http.createServer(receiver.requestListener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });

  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await mock.stop();
    },
  };
});
