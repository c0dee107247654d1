import { AsyncLocalStorage } from 'node:async_hooks';
import type BetterSqlite3 from 'better-sqlite3';
import type { SQLWrapper } from 'drizzle-orm';
import type { Db } from './database';

/** The rows a raw SQL query returns. */
export async function allRows<T = Record<string, unknown>>(
  db: Db,
  query: SQLWrapper,
): Promise<T[]> {
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
  db.run(query);
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
 * Runs `body` as one transaction: all of its writes or none. On SQLite one connection serves
 * every request, so transactions take turns (a nested one is a savepoint inside its parent);
 * `body` awaits only the database, never the network, so a turn is short.
 */
export async function transaction<T>(db: Db, body: (tx: Db) => Promise<T>): Promise<T> {
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
