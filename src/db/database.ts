import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { GroupCommit, type Writes } from './group-commit';
import * as schema from './schema';

/**
 * The database, typed by its SQLite schema. On PostgreSQL it is Drizzle's pg database over
 * the same table objects: the queries are the same, the pg dialect writes them.
 */
export type Db = BetterSQLite3Database<typeof schema>;

export interface Database {
  engine: 'sqlite' | 'postgres';
  db: Db;
  /** The SQLite connection; absent on PostgreSQL. */
  sqlite?: BetterSqlite3.Database;
  /** Commits the writes of requests that arrive together in one transaction. */
  writes: Writes;
  /** Whether the connection can still be used (for the readiness check). */
  isOpen(): boolean;
  close(): Promise<void>;
}

/** The same folders from `src/db` and from `dist/db`. */
export const MIGRATIONS_FOLDER = path.resolve(__dirname, '..', '..', 'migrations');
export const PG_MIGRATIONS_FOLDER = path.join(MIGRATIONS_FOLDER, 'pg');

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//.test(target);

export type SqliteDatabase = Database & { sqlite: BetterSqlite3.Database };

/** Opens (creating its folder if needed) and migrates the SQLite database at `file`. */
export function openDatabase(file: string): SqliteDatabase {
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
    engine: 'sqlite',
    db,
    sqlite,
    writes,
    isOpen: () => sqlite.open,
    close: async () => {
      writes.commit();
      sqlite.close();
    },
  };
}

/**
 * int8 (ids, counts, milliseconds) and numeric (sums) are read as numbers, as SQLite gives them.
 * Set on the driver itself: Drizzle reads every type it does not map through it.
 */
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

/** Connects to and migrates the PostgreSQL database at `url`. */
export async function connectPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (a restart, say) is replaced, not a crash.
  pool.on('error', () => undefined);
  const pgDb = drizzlePg(pool, { schema });
  await migratePg(pgDb, { migrationsFolder: PG_MIGRATIONS_FOLDER });
  let open = true;
  return {
    engine: 'postgres',
    db: pgDb as unknown as Db,
    // Each request's transaction commits on its own connection of the pool.
    writes: { join: () => undefined, committed: async () => undefined, commit: () => undefined },
    isOpen: () => open,
    close: async () => {
      if (!open) return;
      open = false;
      await pool.end();
    },
  };
}

/** PostgreSQL for a postgres:// URL, else the SQLite file at that path. */
export async function connectDatabase(target: string): Promise<Database> {
  return isPostgresUrl(target) ? connectPostgres(target) : openDatabase(target);
}

/** Whether the connection under `db` is still open (a test may close it under a worker). */
export const isOpen = (db: Db): boolean => {
  const client = (db as unknown as { $client?: { open?: boolean; ended?: boolean } }).$client;
  return client?.open !== false && client?.ended !== true;
};
