import { sql } from 'drizzle-orm';
import type { Db } from '../db/database';
import { prepared } from '../db/prepared';
import { processedEvents } from '../db/schema';

const insertKey = prepared((db) =>
  db
    .insert(processedEvents)
    .values({ key: sql.placeholder('key') })
    .onConflictDoNothing()
    .prepare(),
);

/**
 * Marks a platform request as handled, inside the transaction that acts on it.
 * False means it was handled before: a retry, to be answered without acting again.
 */
export function claimRequest(db: Db, key: string): boolean {
  return insertKey(db).run({ key }).changes === 1;
}
