import type { Db } from './database';

/**
 * A statement built once per database. An unprepared drizzle query is rebuilt and
 * recompiled by SQLite on every call, which dominates the cost of a /kudos.
 */
export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let statement = cache.get(db);
    if (!statement) {
      statement = build(db);
      cache.set(db, statement);
    }
    return statement;
  };
}
