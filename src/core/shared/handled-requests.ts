import { changedRows } from '../../db/query';
import { and, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { prepared } from '../../db/prepared';
import { processedEvents } from '../../db/schema';

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
export async function claimRequest(db: Db, key: string): Promise<boolean> {
  return changedRows(await insertKey(db).execute({ key })) === 1;
}

/**
 * How long a request's key is kept. Slack retries an event three times, the last about five
 * minutes after the first, and Teams redelivers within seconds: an hour is well past both.
 */
export const REQUEST_KEEP_MS = 60 * 60 * 1000;
/** A week's summary key is read only within the day after its time: a week is plenty. */
const SUMMARY_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Forgets the requests no platform will send again. A forwarded email's key (`email:`) is
 * kept: a second "Record kudos" click, days later, is what it answers.
 */
export async function pruneHandledRequests(db: Db, now: Date): Promise<number> {
  const requestsBefore = new Date(now.getTime() - REQUEST_KEEP_MS);
  const summariesBefore = new Date(now.getTime() - SUMMARY_KEEP_MS);
  // Keys are `<workspace id>:<kind>:…`; LIKE reads the same on both engines.
  const summary = sql`${processedEvents.key} LIKE '%:summary:%'`;
  return changedRows(
    await db
      .delete(processedEvents)
      .where(
        and(
          lt(processedEvents.receivedAt, requestsBefore),
          sql`${processedEvents.key} NOT LIKE '%:email:%'`,
          or(sql`NOT ${summary}`, lt(processedEvents.receivedAt, summariesBefore)),
        ),
      ),
  );
}
