import { createHash } from 'node:crypto';
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
      statement = named(build(db));
      cache.set(db, statement);
    }
    return statement;
  };
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
