/**
 * PostgreSQL for the benchmarks: a server of the run's own (as the tests start one), and the
 * seeded SQLite data copied into it, so both engines are measured on the same rows.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Client } from 'pg';
import { connectPostgres } from '../src/db/database';
import { startPostgres, type TestPostgres } from '../test/support/postgres';

let running: TestPostgres | undefined;

/** The run's PostgreSQL server, or undefined (and why, printed) when it cannot start. */
export async function benchPostgres(): Promise<TestPostgres | undefined> {
  try {
    running = await startPostgres();
    return running;
  } catch (err) {
    console.log(`PostgreSQL left out: ${(err as Error).message}`);
    return undefined;
  }
}

/** Stops the run's server and removes its files. */
export async function stopBenchPostgres(): Promise<void> {
  const server = running;
  running = undefined;
  await server?.stop();
}

// Whatever ends the benchmark, its server does not outlive it.
process.on('exit', () => running?.kill());

/** PostgreSQL takes up to 65,535 parameters in one statement. */
const PARAMETERS_PER_INSERT = 60_000;

/**
 * Copies every row of the SQLite database at `file` into the (new) PostgreSQL database at
 * `url`, migrated first. The columns are named and stored alike on both engines (times in
 * milliseconds, flags as 0/1, lists as JSON text), so rows go across as they are.
 */
export async function copyToPostgres(file: string, url: string): Promise<void> {
  await (await connectPostgres(url)).close();
  const sqlite = new BetterSqlite3(file, { readonly: true });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const tables = sqlite
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`,
      )
      .pluck()
      .all() as string[];
    for (const table of referencedFirst(sqlite, tables)) await copyTable(sqlite, client, table);
    await client.query('COMMIT');
    // Statistics, as a database in use has them: without them the planner guesses.
    await client.query('ANALYZE');
  } finally {
    await client.end();
    sqlite.close();
  }
}

/** The tables in an order where each comes after the tables it refers to. */
function referencedFirst(sqlite: BetterSqlite3.Database, tables: string[]): string[] {
  const refersTo = sqlite.prepare('SELECT "table" FROM pragma_foreign_key_list(?)').pluck();
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    // A table that refers to itself (people's managers) is already on the path.
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const other of refersTo.all(table) as string[]) visit(other, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

async function copyTable(sqlite: BetterSqlite3.Database, client: Client, table: string) {
  const rows = sqlite.prepare(`SELECT * FROM "${table}"`).raw().iterate() as Iterable<unknown[]>;
  const columns = sqlite
    .prepare(`SELECT name FROM pragma_table_info(?)`)
    .pluck()
    .all(table) as string[];
  const names = columns.map((c) => `"${c}"`).join(', ');
  let batch: unknown[][] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const tuples = batch.map(
      (_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
    );
    await client.query(
      `INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`,
      batch.flat(),
    );
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if ((batch.length + 1) * columns.length > PARAMETERS_PER_INSERT) await flush();
  }
  await flush();
  // New rows are numbered after the copied ones.
  if (!columns.includes('id')) return;
  const { rows: serial } = await client.query<{ seq: string | null }>(
    `SELECT pg_get_serial_sequence($1, 'id') AS seq`,
    [`"${table}"`],
  );
  if (serial[0]?.seq) {
    await client.query(`SELECT setval($1, max(id)) FROM "${table}" HAVING max(id) IS NOT NULL`, [
      serial[0].seq,
    ]);
  }
}
