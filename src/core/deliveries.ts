import { outbox } from '../db/schema';
import type { Db } from '../db/database';
import type { MessageModel } from './message';

export type Target = { kind: 'channel'; channel: string } | { kind: 'person'; personId: number };

export interface Delivery {
  workspaceId: number;
  /** Unique for what is said to whom: writing the same key twice sends once. */
  key: string;
  to: Target;
  message: MessageModel;
}

type Tx = Pick<Db, 'insert'>;

/** Records a message to send; the outbox worker delivers it after the transaction commits. */
export function enqueueDelivery(tx: Tx, delivery: Delivery, now: Date): void {
  tx.insert(outbox)
    .values({
      workspaceId: delivery.workspaceId,
      key: delivery.key,
      targetKind: delivery.to.kind,
      target: delivery.to.kind === 'channel' ? delivery.to.channel : String(delivery.to.personId),
      message: delivery.message,
      nextAttemptAt: now,
    })
    .onConflictDoNothing()
    .run();
}
