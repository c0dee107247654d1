import { and, eq, sql } from 'drizzle-orm';
import { prepared } from '../db/prepared';
import { clients, type Client } from '../db/schema';
import type { Db } from '../db/database';

export function clientNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The client account with this name (any case or spacing), created if there is none. */
const clientByNameKey = prepared((db) =>
  db
    .select()
    .from(clients)
    .where(
      and(
        eq(clients.workspaceId, sql.placeholder('workspaceId')),
        eq(clients.nameKey, sql.placeholder('nameKey')),
      ),
    )
    .prepare(),
);

export function findOrCreateClient(db: Db, workspaceId: number, name: string): Client {
  const nameKey = clientNameKey(name);
  const existing = clientByNameKey(db).get({ workspaceId, nameKey });
  if (existing) return existing;
  return db
    .insert(clients)
    .values({ workspaceId, name: name.trim().replace(/\s+/g, ' '), nameKey })
    .returning()
    .get();
}
