import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { allRows, firstRow, onPostgres } from '../../src/db/query';
import { createLogger, type Logger } from '../../src/log';
import { startFrontline, type Frontline } from '../../src/server';
import { MockSlackApi } from './mock-slack-api';
import { MockTeamsConnector } from './mock-teams-connector';
import { databaseEnv, newTestDatabase } from './test-database';

export const SIGNING_SECRET = 'test-signing-secret';

/** The database a test's environment names, else a new one. */
const databaseOf = async (env: Record<string, string>): Promise<string> =>
  env.DATABASE_URL ?? env.DATABASE_PATH ?? (await newTestDatabase());

/** Frontline's variables for a local port, `database`, and Slack's Web API at `slackApiUrl`. */
export const slackEnvironment = (slackApiUrl: string, database: string) => ({
  PORT: '0',
  HOST: '127.0.0.1',
  ...databaseEnv(database),
  SLACK_BOT_TOKEN: 'xoxb-test-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slackApiUrl,
});

export interface Running {
  frontline: Frontline;
  slack: MockSlackApi;
  baseUrl: string;
  /** The SQLite file or postgres:// URL it runs on. */
  database: string;
  stop(): Promise<void>;
}

/** The real app on a free port, talking to a mock Slack Web API (`prepare` sets it up before Frontline starts). */
export async function startWithMockSlack(
  env: Record<string, string> = {},
  options: Parameters<typeof startFrontline>[2] & {
    prepare?: (slack: MockSlackApi) => void;
    log?: Logger;
  } = {},
): Promise<Running> {
  const slack = await new MockSlackApi().start();
  // What Slack holds (and its limits) before Frontline first asks.
  options.prepare?.(slack);
  const database = await databaseOf(env);
  const config = loadConfig({ ...slackEnvironment(slack.url, database), ...env });
  const frontline = await startFrontline(config, options.log ?? createLogger('silent'), options);
  return {
    frontline,
    slack,
    database,
    baseUrl: `http://127.0.0.1:${frontline.port}`,
    async stop() {
      await frontline.close();
      await slack.stop();
    },
  };
}

export interface RunningTeams {
  frontline: Frontline;
  /** The connector every test activity names as its serviceUrl. */
  teams: MockTeamsConnector;
  baseUrl: string;
  /** The SQLite file or postgres:// URL it runs on. */
  database: string;
  stop(): Promise<void>;
}

/**
 * The real app on a free port with Teams on and authentication off, answering through a
 * mock connector. Slack stays off unless `env` turns it on.
 */
export async function startWithMockTeams(
  env: Record<string, string> = {},
  options: { now?: () => Date } = {},
): Promise<RunningTeams> {
  const teams = await new MockTeamsConnector().start();
  const database = await databaseOf(env);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ...databaseEnv(database),
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    ...env,
  });
  const frontline = await startFrontline(config, createLogger('silent'), options);
  return {
    frontline,
    teams,
    database,
    baseUrl: `http://127.0.0.1:${frontline.port}`,
    async stop() {
      await frontline.close();
      await teams.stop();
    },
  };
}

/** The outbox workers alive and the schedule's lease. */
const PROCESS_TABLES = ['outbox_workers', 'leases'];

/** Rows in every table of a Frontline database, by table: what a refused request must not change. */
export async function rowCounts(database: Pick<Database, 'db'>): Promise<Record<string, number>> {
  const { db } = database;
  const tables = await allRows<{ name: string }>(
    db,
    onPostgres(db)
      ? sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`
      : sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  );
  const counts: Record<string, number> = {};
  // The process's own bookkeeping, written by its clock, not by any request.
  for (const { name } of tables.filter(({ name }) => !PROCESS_TABLES.includes(name))) {
    const row = await firstRow<{ n: number }>(db, sql.raw(`SELECT count(*) AS n FROM "${name}"`));
    counts[name] = Number(row?.n);
  }
  return counts;
}

/** A logger whose lines a test can read back. */
export function recordingLogger(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const log = createLogger('debug', {
    destination: { write: (line: string) => void raw.push(line) },
  });
  return { log, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
