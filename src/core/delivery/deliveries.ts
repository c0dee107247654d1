import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { prepared } from '../../db/prepared';
import { outbox } from '../../db/schema';
import type { MessageModel } from '../shared';

/**
 * Where a delivery goes: a channel (a thread in it), a person's messages, or their home.
 * `Who` names the person: by row id in the core, by their platform account once the outbox
 * has looked them up (what a sender is given).
 */
export type Target<Who = { personId: number }> =
  | { kind: 'channel'; channel: string; thread?: string }
  | ({ kind: 'person' } & Who)
  /** The person's home, rebuilt by the sender when it is delivered: the message is empty. */
  | ({ kind: 'home' } & Who);

/** A target as a sender is given it: the person as their platform knows them. */
export type PlatformTarget = Target<{ userId: string }>;

export interface Delivery {
  workspaceId: number;
  /** Unique for what is said to whom: writing the same key twice sends once. */
  key: string;
  to: Target;
  message: MessageModel;
  /** Held back until then, so it can still be taken back (a kudos reaction removed at once). */
  notBefore?: Date;
}

/** One insert of `rows` deliveries, each row's values named after its place. */
const insertDeliveries = (rows: number) =>
  prepared((db) =>
    db
      .insert(outbox)
      .values(
        Array.from({ length: rows }, (_, i) => ({
          workspaceId: sql.placeholder(`workspaceId${i}`),
          key: sql.placeholder(`key${i}`),
          targetKind: sql.placeholder(`targetKind${i}`),
          target: sql.placeholder(`target${i}`),
          thread: sql.placeholder(`thread${i}`),
          message: sql.placeholder(`message${i}`),
          nextAttemptAt: sql.placeholder(`nextAttemptAt${i}`),
        })),
      )
      .onConflictDoNothing()
      .prepare(),
  );

/** Rows per statement at most: the engines' limits on parameters, and few statements to keep. */
const ROWS_PER_INSERT = 100;

const inserts = new Map<number, ReturnType<typeof insertDeliveries>>();
const insertFor = (rows: number) => {
  let insert = inserts.get(rows);
  if (!insert) inserts.set(rows, (insert = insertDeliveries(rows)));
  return insert;
};

/** Records a message to send; the outbox worker delivers it after the transaction commits. */
export async function enqueueDelivery(db: Db, delivery: Delivery, now: Date): Promise<void> {
  await enqueueDeliveries(db, [delivery], now);
}

/**
 * Records several messages in one statement, sent in the order given. A /kudos queues its
 * announcement, DMs and home refreshes together: one statement instead of six or more.
 */
export async function enqueueDeliveries(db: Db, deliveries: Delivery[], now: Date): Promise<void> {
  for (let start = 0; start < deliveries.length; start += ROWS_PER_INSERT) {
    const rows = deliveries.slice(start, start + ROWS_PER_INSERT);
    await insertFor(rows.length)(db).execute(insertValues(rows, now));
  }
}

/** The placeholders' values for one insert of `deliveries`. */
function insertValues(deliveries: Delivery[], now: Date): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  deliveries.forEach((delivery, i) => {
    Object.assign(values, {
      [`workspaceId${i}`]: delivery.workspaceId,
      [`key${i}`]: delivery.key,
      [`targetKind${i}`]: delivery.to.kind,
      [`target${i}`]:
        delivery.to.kind === 'channel' ? delivery.to.channel : String(delivery.to.personId),
      [`thread${i}`]: delivery.to.kind === 'channel' ? (delivery.to.thread ?? null) : null,
      [`message${i}`]: delivery.message,
      [`nextAttemptAt${i}`]: delivery.notBefore ?? now,
    });
  });
  return values;
}
