import { is, SQL, sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  customType,
  doublePrecision,
  foreignKey,
  index,
  type PgColumnBuilderBase,
  pgTable,
  type PgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import * as sqlite from './schema';

/*
 * The PostgreSQL tables are made from the SQLite ones, so the schema is written once. Each
 * value is stored as SQLite stores it (times as milliseconds, flags as 0/1, lists as JSON
 * text): the raw SQL of a report reads the same on both engines.
 */

const millis = customType<{ data: Date; driverData: string | number }>({
  dataType: () => 'bigint',
  toDriver: (value) => value.getTime(),
  fromDriver: (value) => new Date(Number(value)),
});

const flag = customType<{ data: boolean; driverData: number }>({
  dataType: () => 'integer',
  toDriver: (value) => (value ? 1 : 0),
  fromDriver: (value) => value === 1,
});

const json = customType<{ data: unknown; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => JSON.parse(value),
});

/** SQLite's `unixepoch('subsec') * 1000`, the default of every created_at. */
const NOW_MS = sql`(extract(epoch from now()) * 1000)::bigint`;

function defaultOf(column: SQLiteColumn): SQL | undefined {
  if (!column.hasDefault || column.default === undefined) return undefined;
  // The only SQL default is created_at's clock.
  if (is(column.default, SQL)) return NOW_MS;
  if (column.columnType === 'SQLiteTextJson') return sql.raw(`'${JSON.stringify(column.default)}'`);
  if (typeof column.default === 'boolean') return sql.raw(column.default ? '1' : '0');
  if (typeof column.default === 'number') return sql.raw(String(column.default));
  return sql.raw(`'${String(column.default).replaceAll("'", "''")}'`);
}

function columnOf(column: SQLiteColumn): PgColumnBuilderBase {
  const name = column.name;
  if (column.primary && column.columnType === 'SQLiteInteger') {
    return bigserial(name, { mode: 'number' }).primaryKey();
  }
  const built = {
    SQLiteInteger: () => bigint(name, { mode: 'number' }),
    SQLiteReal: () => doublePrecision(name),
    SQLiteText: () => text(name),
    SQLiteTextJson: () => json(name),
    SQLiteBoolean: () => flag(name),
    SQLiteTimestamp: () => millis(name),
  }[column.columnType];
  if (!built) throw new Error(`no PostgreSQL type for ${column.columnType} (${name})`);
  let builder = built();
  if (column.primary) builder = builder.primaryKey() as typeof builder;
  else if (column.notNull) builder = builder.notNull() as typeof builder;
  const byDefault = defaultOf(column);
  if (byDefault) builder = builder.default(byDefault) as typeof builder;
  return builder;
}

const made = new Map<string, PgTable>();

function tableOf(table: SQLiteTable): PgTable {
  const config = getTableConfig(table);
  const columns = Object.fromEntries(
    Object.entries(table).flatMap(([key, value]) =>
      config.columns.includes(value as SQLiteColumn)
        ? [[key, columnOf(value as SQLiteColumn)]]
        : [],
    ),
  );
  const pg = pgTable(config.name, columns, (t) => {
    const byName = (c: { name: string }) =>
      Object.values(t).find((column) => column.name === c.name)!;
    return [
      ...config.indexes.map(({ config: ix }) => {
        const on = ix.columns.map((c) => byName(c as SQLiteColumn));
        const built = (ix.unique ? uniqueIndex(ix.name!) : index(ix.name!)).on(
          on[0]!,
          ...on.slice(1),
        );
        return ix.where ? built.where(ix.where) : built;
      }),
      ...config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        const target = getTableConfig(ref.foreignTable).name;
        const other = target === config.name ? t : made.get(target)!;
        const otherColumns = Object.values(other).filter((c) =>
          ref.foreignColumns.some((f) => f.name === (c as { name?: string }).name),
        );
        return foreignKey({
          columns: ref.columns.map(byName) as never,
          foreignColumns: otherColumns as never,
        });
      }),
    ];
  });
  made.set(config.name, pg);
  return pg;
}

/** The PostgreSQL table made from a SQLite one. */
export const pgTableOf = (table: SQLiteTable): PgTable => made.get(getTableConfig(table).name)!;

/** Every SQLite table of the schema, as a PostgreSQL table under the same export name. */
const pgSchema = Object.fromEntries(
  Object.entries(sqlite).flatMap(([key, value]) =>
    is(value, SQLiteTable) ? [[key, tableOf(value)]] : [],
  ),
) as unknown as typeof sqlite;

// Named, for drizzle-kit to write PostgreSQL's migrations from (drizzle.pg.config.ts).
export const {
  workspaces,
  people,
  clients,
  kudos,
  escalations,
  escalationEvents,
  processedEvents,
  outboxWorkers,
  leases,
  outbox,
  forwardedEmails,
  conversationReferences,
  imports,
  slackInstallations,
  clientScores,
} = pgSchema;
