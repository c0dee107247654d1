import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPostgresUrl } from '../../src/db/database';
import { newDatabaseOn } from './postgres';

export function tempDbPath(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-')), 'frontline.db');
}

/**
 * A new, empty database for one Frontline: a SQLite file, or in the postgres project a
 * database on the run's PostgreSQL server.
 */
export async function newTestDatabase(): Promise<string> {
  const server = process.env.FRONTLINE_TEST_POSTGRES;
  if (process.env.FRONTLINE_TEST_ENGINE !== 'postgres') return tempDbPath();
  if (!server) throw new Error('the postgres project starts its server in its global setup');
  return newDatabaseOn(server);
}

/** The variable that points Frontline at `database`, a postgres:// URL or a SQLite file. */
export const databaseEnv = (database: string): Record<string, string> =>
  isPostgresUrl(database) ? { DATABASE_URL: database } : { DATABASE_PATH: database };
