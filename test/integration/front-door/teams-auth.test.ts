import dns from 'node:dns';
import net from 'node:net';
import { conversationReferences, kudos, workspaces } from '../../../src/db/schema';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import { channelMessage, postActivity } from '../../support/teams-activities';

/**
 * With MicrosoftAppId set, botbuilder checks the Bot Framework token. A request without
 * one is refused before any key is fetched: nothing here may leave 127.0.0.1.
 */
let run: RunningTeams;
const remoteHosts: string[] = [];

beforeEach(async () => {
  remoteHosts.length = 0;
  const connect = net.Socket.prototype.connect;
  jest.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (
    this: net.Socket,
    ...args: unknown[]
  ) {
    const options = args[0] as { host?: string; path?: string } | number;
    const host = typeof options === 'object' ? options.host : (args[1] as string | undefined);
    if (host && host !== '127.0.0.1' && host !== 'localhost') {
      remoteHosts.push(host);
      throw new Error(`test tried to reach ${host}`);
    }
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  });
  const lookup = dns.lookup;
  jest.spyOn(dns, 'lookup').mockImplementation(((hostname: string, ...rest: unknown[]) => {
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') {
      remoteHosts.push(hostname);
      throw new Error(`test tried to resolve ${hostname}`);
    }
    return (lookup as (...a: unknown[]) => unknown)(hostname, ...rest);
  }) as unknown as typeof dns.lookup);
  run = await startWithMockTeams({
    TEAMS_ALLOW_UNAUTHENTICATED: 'false',
    MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
    MicrosoftAppPassword: 'not-a-real-secret',
    MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
  });
});

afterEach(async () => {
  await run.stop();
  jest.restoreAllMocks();
});

test('an activity without a Bot Framework token gets 401 and stores nothing', async () => {
  // botbuilder prints the refusal itself; it is expected here.
  const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const res = await postActivity(
    run.baseUrl,
    channelMessage({
      serviceUrl: run.teams.url,
      from: { id: '29:gia', name: 'Gia' },
      text: 'kudos <at>Ana</at> thanks for rescuing the renewal',
      mentions: [{ id: '29:ana', name: 'Ana' }],
    }),
  );
  expect(res.status).toBe(401);
  expect(printed).toHaveBeenCalled();
  const db = run.frontline.database.db;
  expect(await db.select().from(kudos)).toHaveLength(0);
  expect(await db.select().from(workspaces)).toHaveLength(0);
  expect(await db.select().from(conversationReferences)).toHaveLength(0);
  expect(run.teams.calls).toHaveLength(0);
  expect(remoteHosts).toEqual([]);
});
