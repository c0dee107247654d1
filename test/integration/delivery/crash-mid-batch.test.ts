import { connectDatabase } from '../../../src/db/database';
import { outbox } from '../../../src/db/schema';
import { seedDueDigests } from '../../support/due-digests';
import { databaseEnv, newTestDatabase } from '../../support/test-database';
import { MockSlackApi } from '../../support/mock-slack-api';
import { exited, startFrontlineProcess } from '../../support/frontline-process';

const MANAGERS = 12;
jest.setTimeout(90_000);

const startChild = async (env: Record<string, string>) => (await startFrontlineProcess(env)).child;

test('killing the process mid-batch and starting it again sends every digest exactly once', async () => {
  const slack = await new MockSlackApi().start();
  const database = await newTestDatabase();
  await seedDueDigests(database, MANAGERS);

  const env = {
    ...databaseEnv(database),
    SLACK_BOT_TOKEN: 'xoxb-crash',
    SLACK_SIGNING_SECRET: 'crash-secret',
    SLACK_API_URL: slack.url,
    // A Marketplace app: the interrupted digests are read back 0.6 s apart, not a minute.
    SLACK_HISTORY_PER_MINUTE: '100',
    HOST: '127.0.0.1',
    PORT: '0',
  };
  try {
    slack.replyDelayMs = 300;
    const first = await startChild(env);
    await slack.waitFor('chat.postMessage', 3, 30_000);
    first.kill('SIGKILL');
    await exited(first);

    const check = await connectDatabase(database);
    const afterCrash = await check.db.select().from(outbox);
    await check.close();
    // The crash landed mid-batch: some digests were queued but not yet marked sent.
    expect(afterCrash).toHaveLength(MANAGERS);
    expect(afterCrash.filter((r) => r.status !== 'sent').length).toBeGreaterThan(0);

    slack.replyDelayMs = 0;
    const second = await startChild(env);
    const until = Date.now() + 30_000;
    for (;;) {
      const db = await connectDatabase(database);
      const rows = await db.db.select().from(outbox);
      await db.close();
      if (rows.every((r) => r.status === 'sent')) break;
      if (Date.now() > until)
        throw new Error(`not all sent: ${JSON.stringify(rows.map((r) => r.status))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    second.kill('SIGTERM');
    await exited(second);

    const perManager = new Map<string, number>();
    for (const call of slack.callsTo('chat.postMessage')) {
      const channel = String(call.args.channel);
      perManager.set(channel, (perManager.get(channel) ?? 0) + 1);
    }
    expect([...perManager.keys()].sort()).toEqual(
      Array.from({ length: MANAGERS }, (_, i) => `UM${i}`).sort(),
    );
    expect([...perManager.values()].every((n) => n === 1)).toBe(true);
  } finally {
    await slack.stop();
  }
});
