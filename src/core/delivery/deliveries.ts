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

const insertDelivery = prepared((db) =>
  db
    .insert(outbox)
    .values({
      workspaceId: sql.placeholder('workspaceId'),
      key: sql.placeholder('key'),
      targetKind: sql.placeholder('targetKind'),
      target: sql.placeholder('target'),
      thread: sql.placeholder('thread'),
      message: sql.placeholder('message'),
      nextAttemptAt: sql.placeholder('nextAttemptAt'),
    })
    .onConflictDoNothing()
    .prepare(),
);

/** Records a message to send; the outbox worker delivers it after the transaction commits. */
export async function enqueueDelivery(db: Db, delivery: Delivery, now: Date): Promise<void> {
  await insertDelivery(db).execute({
    workspaceId: delivery.workspaceId,
    key: delivery.key,
    targetKind: delivery.to.kind,
    target: delivery.to.kind === 'channel' ? delivery.to.channel : String(delivery.to.personId),
    thread: delivery.to.kind === 'channel' ? (delivery.to.thread ?? null) : null,
    message: delivery.message,
    nextAttemptAt: delivery.notBefore ?? now,
  });
}
