import { written } from '../../src/db/query';
import { connectPostgres, openDatabase, type Database } from '../../src/db/database';
import { people, workspaces, type Person, type Workspace } from '../../src/db/schema';
import type { CoreContext } from '../../src/core/shared/core';
import { createLogger } from '../../src/log';
import { newTestDatabase } from './test-database';

/**
 * A real, migrated database with a clock the test moves by hand: in memory on SQLite, or in
 * the postgres project a new database on the run's server.
 */
export interface CoreFixture {
  database: Database;
  ctx: CoreContext;
  clock: { now: Date };
}

const opened: Database[] = [];
// Whatever a test file opened is closed when it ends, on either engine.
afterAll(async () => {
  for (const database of opened.splice(0)) if (database.isOpen()) await database.close();
});

export async function openCoreFixture(
  now = new Date('2025-03-10T12:00:00.000Z'),
): Promise<CoreFixture> {
  const database = await (process.env.FRONTLINE_TEST_ENGINE === 'postgres'
    ? connectPostgres(await newTestDatabase())
    : openDatabase(':memory:'));
  opened.push(database);
  const clock = { now };
  const ctx: CoreContext = { db: database.db, now: () => clock.now, log: createLogger('silent') };
  return { database, ctx, clock };
}

let workspaceCount = 0;

export async function addWorkspace(
  ctx: CoreContext,
  fields: Partial<typeof workspaces.$inferInsert> = {},
): Promise<Workspace> {
  return await written(
    ctx.db
      .insert(workspaces)
      .values({ platform: 'slack', externalId: `T${++workspaceCount}`, ...fields })
      .returning(),
  );
}

export async function addPerson(
  ctx: CoreContext,
  workspace: Workspace,
  fields: Partial<typeof people.$inferInsert> & { name: string },
): Promise<Person> {
  return await written(
    ctx.db
      .insert(people)
      .values({ workspaceId: workspace.id, ...fields })
      .returning(),
  );
}
