import { and, eq } from 'drizzle-orm';
import { clients, type Client } from '../db/schema';
import type { Db } from '../db/database';

export function clientNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The client account with this name (any case or spacing), created if there is none. */
export function findOrCreateClient(
  tx: Pick<Db, 'select' | 'insert'>,
  workspaceId: number,
  name: string,
): Client {
  const nameKey = clientNameKey(name);
  const existing = tx
    .select()
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), eq(clients.nameKey, nameKey)))
    .get();
  if (existing) return existing;
  return tx
    .insert(clients)
    .values({ workspaceId, name: name.trim().replace(/\s+/g, ' '), nameKey })
    .returning()
    .get();
}
