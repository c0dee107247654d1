import { changedRows } from '../db/query';
import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../db/database';
import { leases } from '../db/schema';

/**
 * Takes (or keeps) the lease `name` for `holder` until `now + ttlMs`: true when it is the
 * holder's now. Free, expired or already the holder's, it is taken in one statement, so of two
 * processes asking at once exactly one gets it.
 */
export async function holdLease(
  db: Db,
  name: string,
  holder: string,
  now: Date,
  ttlMs: number,
): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const taken = await db
    .insert(leases)
    .values({ name, holder, expiresAt })
    .onConflictDoUpdate({
      target: leases.name,
      set: { holder, expiresAt },
      setWhere: or(eq(leases.holder, holder), lt(leases.expiresAt, now)),
    });
  return changedRows(taken) > 0;
}

/** Gives the lease up, so another may take it at once (on a clean stop). */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder)));
}
