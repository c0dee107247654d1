import { createHash } from 'node:crypto';
import type { Db } from './database';

/**
 * A statement built once per connection. An unprepared drizzle query is rebuilt and
 * recompiled by SQLite on every call, which dominates the cost of a /kudos.
 */
export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<object, T>();
  return (db) => {
    const key = connectionOf(db);
    let statement = cache.get(key);
    if (!statement) {
      statement = named(build(db));
      cache.set(key, statement);
    }
    return statement;
  };
}

/**
 * What a statement is bound to. On PostgreSQL every transaction is a new object on one of the
 * pool's few connections, and a statement built on it runs on that connection: keyed by the
 * connection, a transaction reuses what an earlier one on it built.
 */
function connectionOf(db: Db): object {
  const session = (db as unknown as { session?: { client?: object } }).session;
  return session?.client ?? db;
}

interface PgQueryConfig {
  name?: string;
  text: string;
}

/**
 * On PostgreSQL, drizzle's prepared statements are sent unnamed, so the server parses and
 * plans each one on every call. Named after their text, each connection prepares them once.
 */
function named<T>(statement: T): T {
  const configs = statement as { rawQueryConfig?: PgQueryConfig; queryConfig?: PgQueryConfig };
  if (!configs.rawQueryConfig) return statement;
  const name = `frontline_${createHash('sha1').update(configs.rawQueryConfig.text).digest('hex')}`;
  configs.rawQueryConfig.name = name;
  if (configs.queryConfig) configs.queryConfig.name = name;
  return statement;
}
