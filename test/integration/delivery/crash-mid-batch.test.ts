import { openDatabase } from '../../../src/db/database';
import { kudos, outbox, people, workspaces } from '../../../src/db/schema';
import { tempDbPath } from '../../support/frontline';
import { MockSlackApi } from '../../support/mock-slack-api';
import { exited, startFrontlineProcess } from '../../support/frontline-process';

const MANAGERS = 12;
// Four days ago is always before the latest working-day 09:00 and within the week before it,
// so every manager's digest is due now. The real clock is used: Slack's (the mock's) is real too.
const PRAISED_AT = new Date(Date.now() - 4 * 24 * 3_600_000);

jest.setTimeout(90_000);

const startChild = async (env: Record<string, string>) => (await startFrontlineProcess(env)).child;

test('killing the process mid-batch and starting it again sends every digest exactly once', async () => {
  const slack = await new MockSlackApi().start();
  const dbPath = tempDbPath();
  const seed = openDatabase(dbPath);
  const ws = seed.db
    .insert(workspaces)
    .values({ platform: 'slack', externalId: 'T1' })
    .returning()
    .get();
  for (let i = 0; i < MANAGERS; i++) {
    const manager = seed.db
      .insert(people)
      .values({
        workspaceId: ws.id,
        platformUserId: `UM${i}`,
        name: `Manager ${i}`,
        timezone: 'UTC',
      })
      .returning()
      .get();
    const report = seed.db
      .insert(people)
      .values({
        workspaceId: ws.id,
        platformUserId: `UR${i}`,
        name: `Report ${i}`,
        managerId: manager.id,
      })
      .returning()
      .get();
    seed.db
      .insert(kudos)
      .values({
        workspaceId: ws.id,
        giverId: manager.id,
        recipientId: report.id,
        words: `Report ${i} turned a hard call around`,
        source: 'command',
        sourceRef: `seed-${i}`,
        createdAt: PRAISED_AT,
      })
      .run();
  }
  seed.close();

  const env = {
    DATABASE_PATH: dbPath,
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

    const check = openDatabase(dbPath);
    const afterCrash = check.db.select().from(outbox).all();
    check.close();
    // The crash landed mid-batch: some digests were queued but not yet marked sent.
    expect(afterCrash).toHaveLength(MANAGERS);
    expect(afterCrash.filter((r) => r.status !== 'sent').length).toBeGreaterThan(0);

    slack.replyDelayMs = 0;
    const second = await startChild(env);
    const until = Date.now() + 30_000;
    for (;;) {
      const db = openDatabase(dbPath);
      const rows = db.db.select().from(outbox).all();
      db.close();
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
