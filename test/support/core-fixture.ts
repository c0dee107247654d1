import { written } from '../../src/db/query';
import { openDatabase, type SqliteDatabase } from '../../src/db/database';
import { people, workspaces, type Person, type Workspace } from '../../src/db/schema';
import type { CoreContext } from '../../src/core/shared/core';
import { createLogger } from '../../src/log';

/** A real, migrated in-memory database with a clock the test moves by hand. */
export interface CoreFixture {
  database: SqliteDatabase;
  ctx: CoreContext;
  clock: { now: Date };
}

export function openCoreFixture(now = new Date('2025-03-10T12:00:00.000Z')): CoreFixture {
  const database = openDatabase(':memory:');
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
