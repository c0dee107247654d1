/**
 * Child process: Frontline's production build (`dist/`, built by the parent) on 127.0.0.1,
 * talking to a mock Slack Web API in this same process.
 */
import path from 'node:path';
import { count, inArray } from 'drizzle-orm';
import { BOT_TOKEN, SIGNING_SECRET, serveChild } from './ipc';
import { startMockSlack } from './mock-users';

/** A module of the production build, typed as its source. */
const built = <T>(module: string): Promise<T> =>
  import(path.resolve(__dirname, '..', 'dist', `${module}.js`)) as Promise<T>;

serveChild(async () => {
  const { loadConfig } = await built<typeof import('../src/config')>('config');
  const { createLogger } = await built<typeof import('../src/log')>('log');
  const { startFrontline } = await built<typeof import('../src/server')>('server');
  // The parent owns this folder and deletes it, even when it has to kill this process.
  const dir = process.env.BENCH_DATA_DIR;
  if (!dir) throw new Error('BENCH_DATA_DIR is not set');
  const mock = await startMockSlack();
  // BENCH_DATABASE_URL: PostgreSQL instead of a SQLite file in the folder.
  const database = process.env.BENCH_DATABASE_URL
    ? { DATABASE_URL: process.env.BENCH_DATABASE_URL }
    : { DATABASE_PATH: path.join(dir, 'frontline.db') };
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ...database,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: mock.url,
    LOG_LEVEL: 'silent',
  });
  const frontline = await startFrontline(config, createLogger(config.LOG_LEVEL));
  const { db } = frontline.database;
  const { kudos, outbox } = await built<typeof import('../src/db/schema')>('db/schema');
  const rows = async (query: PromiseLike<{ n: number }[]>) => (await query)[0]?.n ?? 0;

  return {
    port: frontline.port,
    counts: async () => ({
      backlog: await rows(
        db
          .select({ n: count() })
          .from(outbox)
          .where(inArray(outbox.status, ['pending', 'sending'])),
      ),
      kudos: await rows(db.select({ n: count() }).from(kudos)),
    }),
    async close() {
      await frontline.close();
      await mock.stop();
    },
  };
});
