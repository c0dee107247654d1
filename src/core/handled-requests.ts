import { processedEvents } from '../db/schema';
import type { Db } from '../db/database';

/**
 * Marks a platform request as handled, inside the transaction that acts on it.
 * False means it was handled before: a retry, to be answered without acting again.
 */
export function claimRequest(tx: Pick<Db, 'insert'>, key: string): boolean {
  const result = tx.insert(processedEvents).values({ key }).onConflictDoNothing().run();
  return result.changes === 1;
}
