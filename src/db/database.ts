import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { GroupCommit } from './group-commit';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Database {
  db: Db;
  sqlite: BetterSqlite3.Database;
  /** Commits the writes of requests that arrive together in one transaction. */
  writes: GroupCommit;
  close(): void;
}

/** The same folder from `src/db` and from `dist/db`. */
export const MIGRATIONS_FOLDER = path.resolve(__dirname, '..', '..', 'migrations');

/** Opens (creating its folder if needed) and migrates the database at `file`. */
export function openDatabase(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  const writes = new GroupCommit(sqlite);
  return {
    db,
    sqlite,
    writes,
    close: () => {
      writes.commit();
      sqlite.close();
    },
  };
}

/** Whether the connection under `db` is still open (a test may close it under a worker). */
export const isOpen = (db: Db): boolean =>
  (db as unknown as { $client?: BetterSqlite3.Database }).$client?.open !== false;
