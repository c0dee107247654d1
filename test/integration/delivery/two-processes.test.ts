import { connectDatabase } from '../../../src/db/database';
import { escalations, kudos, outbox } from '../../../src/db/schema';
import { seedDueDigests } from '../../support/due-digests';
import { databaseEnv, newTestDatabase } from '../../support/test-database';
import { exited, startFrontlineProcess } from '../../support/frontline-process';
import { MockSlackApi } from '../../support/mock-slack-api';
import { reportSubmission } from '../../support/slack-payloads';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

const SECRET = 'two-processes-secret';
const MANAGERS = 8;
jest.setTimeout(90_000);

test('two processes on one database behave as one: each request handled once, each delivery sent once, one killed mid-batch', async () => {
  const slack = await new MockSlackApi().start();
  slack.addUser({ id: 'UANA', name: 'ana' }).addUser({ id: 'UBEN', name: 'ben' });
  const database = await newTestDatabase();
  await seedDueDigests(database, MANAGERS);
  const env = {
    ...databaseEnv(database),
    SLACK_BOT_TOKEN: 'xoxb-two',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.url,
    SLACK_HISTORY_PER_MINUTE: '100',
    HOST: '127.0.0.1',
    PORT: '0',
  };
  const send = (port: number, body: string) =>
    postToSlackEndpoint(`http://127.0.0.1:${port}`, SECRET, body);
  try {
    // Each post takes a while to reach Slack: a process adopting another's rows too soon would
    // find them missing there and send them again.
    slack.arrivalDelayMs = 1500;
    const [a, b] = await Promise.all([startFrontlineProcess(env), startFrontlineProcess(env)]);
    // The same requests reach both, as a retry after a timeout might.
    const requests = [
      slashCommandBody({
        user_id: 'UANA',
        text: '<@UBEN|ben> rescued the renewal',
        trigger_id: 't.1',
      }),
      slashCommandBody({
        user_id: 'UBEN',
        text: '<@UANA|ana> calmed the client down',
        trigger_id: 't.2',
      }),
      reportSubmission('UANA', 'V-REPORT-1', {
        client: 'ACME Ltd',
        what: 'shouted at me on the phone and called me useless',
        severity: 'abusive',
      }),
    ];
    for (const body of requests) {
      const answers = await Promise.all([send(a.port, body), send(b.port, body)]);
      expect(answers.map((r) => r.status)).toEqual([200, 200]);
    }
    await slack.waitFor('chat.postMessage', 3, 30_000);
    a.child.kill('SIGKILL');
    await exited(a.child);

    // The survivor settles what the killed one was sending, once it has gone quiet.
    const until = Date.now() + 40_000;
    for (;;) {
      const check = await connectDatabase(database);
      const rows = await check.db.select().from(outbox);
      await check.close();
      if (rows.length > 0 && rows.every((r) => r.status === 'sent')) break;
      if (Date.now() > until) throw new Error(`not all sent: ${rows.map((r) => r.status)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    b.child.kill('SIGTERM');
    await exited(b.child);

    const check = await connectDatabase(database);
    const given = await check.db.select().from(kudos);
    const reports = await check.db.select().from(escalations);
    const deliveries = await check.db.select().from(outbox);
    await check.close();
    expect(
      given
        .filter((k) => !k.sourceRef.startsWith('seed-'))
        .map((k) => k.words)
        .sort(),
    ).toEqual(['calmed the client down', 'rescued the renewal']);
    expect(reports).toHaveLength(1);
    // Every delivery reached Slack exactly once, whichever process sent it.
    const posted = new Map<string, number>();
    for (const call of slack.callsTo('chat.postMessage')) {
      const key = String(
        (call.args.metadata as { event_payload?: { key?: string } })?.event_payload?.key,
      );
      posted.set(key, (posted.get(key) ?? 0) + 1);
    }
    const sentByMessage = deliveries.filter((d) => d.targetKind !== 'home').map((d) => d.key);
    expect([...posted.keys()].sort()).toEqual(sentByMessage.sort());
    expect([...posted.values()].every((n) => n === 1)).toBe(true);
    expect(sentByMessage.filter((k) => k.includes(':digest:'))).toHaveLength(MANAGERS);
  } finally {
    await slack.stop();
  }
});
