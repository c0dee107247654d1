import { AsyncLocalStorage } from 'node:async_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import { aliasedTable, inArray, is, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { pgTableOf } from './pg-tables';
import { type PgColumn, PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Db } from './database';

/** The rows a raw SQL query returns. */
export async function allRows<T = Record<string, unknown>>(
  db: Db,
  query: SQLWrapper,
): Promise<T[]> {
  if (onPostgres(db)) return (await asPg(db).execute(query)).rows as T[];
  return db.all<T>(query);
}

/** The first row a raw SQL query returns, if any. */
export async function firstRow<T = Record<string, unknown>>(
  db: Db,
  query: SQLWrapper,
): Promise<T | undefined> {
  return (await allRows<T>(db, query))[0];
}

/** Runs a raw SQL statement for its effect. */
export async function runStatement(db: Db, query: SQLWrapper): Promise<void> {
  if (onPostgres(db)) await asPg(db).execute(query);
  else db.run(query);
}

/** Whether `db` (or a transaction on it) is PostgreSQL's. */
export const onPostgres = (db: Db): boolean =>
  is((db as unknown as { dialect: unknown }).dialect, PgDialect);

const asPg = (db: Db) => db as unknown as NodePgDatabase;

/**
 * `table` under another name, for a query that joins it twice. Drizzle's pg dialect writes a
 * join's alias only for its own tables: on PostgreSQL the alias is of the pg table.
 */
export function aliasFor<T extends SQLiteTable>(db: Db, table: T, name: string): T {
  if (!onPostgres(db)) return aliasedTable(table, name);
  return aliasedTable(pgTableOf(table), name) as unknown as T;
}

/**
 * `where`, for an update that claims rows of `table`: on PostgreSQL a row that another
 * replica is claiming at this moment is skipped, not waited for (FOR UPDATE SKIP LOCKED).
 * SQLite has one writer at a time, so there is nothing to skip.
 */
export function unclaimedWhere(db: Db, table: SQLiteTable & { id: SQLiteColumn }, where: SQL): SQL {
  if (!onPostgres(db)) return where;
  const pg = pgTableOf(table) as PgTable & { id: PgColumn };
  const free = asPg(db)
    .select({ id: pg.id })
    .from(pg)
    .where(where)
    .for('update', { skipLocked: true });
  return inArray(table.id, free);
}

/** The first row of a query's result, if any. */
export async function first<T>(rows: PromiseLike<T[]>): Promise<T | undefined> {
  return (await rows)[0];
}

/** The row an insert (or an update known to match) with `returning()` wrote. */
export async function written<T>(rows: PromiseLike<T[]>): Promise<T> {
  const [row] = await rows;
  if (row === undefined) throw new Error('the statement wrote no row');
  return row;
}

/** How many rows an insert, update or delete touched. */
export function changedRows(result: { changes?: number; rowCount?: number | null }): number {
  return result.changes ?? result.rowCount ?? 0;
}

const connection = (db: Db): BetterSqlite3.Database =>
  (db as unknown as { $client: BetterSqlite3.Database }).$client;

/** The connection whose transaction the current async call chain is inside, if any. */
const inside = new AsyncLocalStorage<object>();
const queues = new WeakMap<object, Promise<unknown>>();
let savepoints = 0;

/**
 * Runs `body` as one transaction: all of its writes or none; its queries must use the `tx`
 * given, which on PostgreSQL is another connection than `db`. On SQLite one connection serves
 * every request, so transactions take turns (a nested one is a savepoint inside its parent);
 * `body` awaits only the database, never the network, so a turn is short.
 */
export async function transaction<T>(db: Db, body: (tx: Db) => Promise<T>): Promise<T> {
  // PostgreSQL: a connection of the pool for the transaction; nested, a savepoint.
  if (onPostgres(db)) return asPg(db).transaction((tx) => body(tx as unknown as Db));
  const client = connection(db);
  if (inside.getStore() === client) return savepoint(db, body);
  const before = queues.get(client) ?? Promise.resolve();
  const turn = before.then(() => inside.run(client, () => savepoint(db, body)));
  queues.set(
    client,
    turn.catch(() => undefined),
  );
  return turn;
}

async function savepoint<T>(db: Db, body: (tx: Db) => Promise<T>): Promise<T> {
  const name = `frontline_${++savepoints}`;
  connection(db).exec(`SAVEPOINT ${name}`);
  try {
    const result = await body(db);
    connection(db).exec(`RELEASE ${name}`);
    return result;
  } catch (err) {
    if (connection(db).inTransaction) {
      connection(db).exec(`ROLLBACK TO ${name}`);
      connection(db).exec(`RELEASE ${name}`);
    }
    throw err;
  }
}

/** `transaction` for a context: `body` gets the same context, its queries inside the transaction. */
export async function inTransaction<C extends { db: Db }, T>(
  ctx: C,
  body: (ctx: C) => Promise<T>,
): Promise<T> {
  return transaction(ctx.db, (tx) => body(tx === ctx.db ? ctx : { ...ctx, db: tx }));
}
