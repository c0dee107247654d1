import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type Database } from '../../../src/db/database';
import { workspaces } from '../../../src/db/schema';
import { transaction } from '../../../src/db/query';

let dir: string;
let database: Database;
/** A second connection, as another process would have: it sees only what is committed. */
let other: BetterSqlite3.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-group-'));
  database = openDatabase(path.join(dir, 'frontline.db'));
  other = new BetterSqlite3(path.join(dir, 'frontline.db'));
});
afterEach(() => {
  other.close();
  database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const committedCount = () =>
  (other.prepare('select count(*) as n from workspaces').get() as { n: number }).n;

const addWorkspace = (externalId: string) =>
  transaction(database.db, async (tx) => {
    await tx.insert(workspaces).values({ platform: 'slack', externalId });
  });

test('writes of one turn are committed together, and committed() resolves once they are durable', async () => {
  const { writes } = database;
  writes.join();
  await addWorkspace('T1');
  writes.join();
  await addWorkspace('T2');
  expect(committedCount()).toBe(0);
  const done = Promise.all([writes.committed(), writes.committed()]);
  await done;
  expect(committedCount()).toBe(2);
  // Nothing open: nothing to wait for.
  await expect(writes.committed()).resolves.toBeUndefined();
});

test('a write that fails is rolled back alone; the others of its group are kept', async () => {
  const { writes } = database;
  writes.join();
  await addWorkspace('T1');
  const refused: unknown = await addWorkspace('T1').catch((err: unknown) => err);
  expect(String((refused as { cause?: unknown }).cause ?? refused)).toContain('UNIQUE constraint');
  await addWorkspace('T2');
  await writes.committed();
  expect(
    other
      .prepare('select external_id as id from workspaces order by id')
      .all()
      .map((r) => (r as { id: string }).id),
  ).toEqual(['T1', 'T2']);
});

test('closing the database commits an open group', async () => {
  database.writes.join();
  await addWorkspace('T9');
  database.close();
  expect(committedCount()).toBe(1);
  database = openDatabase(path.join(dir, 'frontline.db'));
});
