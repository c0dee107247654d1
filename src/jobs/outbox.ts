import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { outbox, workspaces, type OutboxRow, type Workspace } from '../db/schema';
import type { CoreContext } from '../core/core';
import type { MessageModel } from '../core/message';
import { personById, type Platform } from '../core/people';

/** Where a delivery goes, in the platform's own ids. */
export type Address = { kind: 'channel'; channel: string } | { kind: 'user'; userId: string };

export interface Sender {
  send(workspace: Workspace, to: Address, message: MessageModel): Promise<void>;
}

/** A sender throws this to say when to try again, or that trying again is pointless. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly options: { retryAfterMs?: number; permanent?: boolean } = {},
  ) {
    super(message);
  }
}

const BATCH = 50;
const PARALLEL = 4;

/**
 * Delivers what the core recorded in the outbox: each row is claimed, sent and marked,
 * so a row is never sent by two workers and a failure is retried later with backoff.
 */
export class OutboxWorker {
  private running: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ctx: CoreContext,
    private readonly senders: Partial<Record<Platform, Sender>>,
    private readonly options: { maxAttempts?: number; pollMs?: number } = {},
  ) {}

  /** Polls for due rows; rows left 'sending' by a crash are tried again. */
  start(): void {
    const mine = this.ctx.db
      .select({ id: workspaces.id })
      .from(workspaces)
      .where(inArray(workspaces.platform, this.platforms()));
    this.ctx.db
      .update(outbox)
      .set({ status: 'pending' })
      .where(and(eq(outbox.status, 'sending'), inArray(outbox.workspaceId, mine)))
      .run();
    this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 5000);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Starts a drain soon, or asks the running one to look again when it ends. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: unknown) => this.ctx.log.error({ err }, 'outbox drain failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Sends every row that is due now; resolves when they have all been tried. */
  async drain(): Promise<void> {
    for (;;) {
      const due = this.ctx.db
        .select({ row: outbox, workspace: workspaces })
        .from(outbox)
        .innerJoin(workspaces, eq(outbox.workspaceId, workspaces.id))
        .where(
          and(
            eq(outbox.status, 'pending'),
            lte(outbox.nextAttemptAt, this.ctx.now()),
            // Another process (the shell, say) may share the database: leave others' rows alone.
            inArray(workspaces.platform, this.platforms()),
          ),
        )
        .orderBy(asc(outbox.id))
        .limit(BATCH)
        .all();
      if (due.length === 0) return;
      for (let i = 0; i < due.length; i += PARALLEL) {
        await Promise.all(
          due.slice(i, i + PARALLEL).map(({ row, workspace }) => this.deliver(row, workspace)),
        );
      }
      if (due.length < BATCH) return;
    }
  }

  private platforms(): Platform[] {
    return Object.keys(this.senders) as Platform[];
  }

  private async deliver(row: OutboxRow, workspace: Workspace): Promise<void> {
    const claimed = this.ctx.db
      .update(outbox)
      .set({ status: 'sending', attempts: row.attempts + 1 })
      .where(and(eq(outbox.id, row.id), eq(outbox.status, 'pending')))
      .run();
    if (claimed.changes !== 1) return;
    try {
      const sender = this.senders[workspace.platform];
      if (!sender) throw new DeliveryError(`no sender for ${workspace.platform}`);
      await sender.send(workspace, this.address(row), row.message as MessageModel);
      this.ctx.db
        .update(outbox)
        .set({ status: 'sent', sentAt: this.ctx.now(), lastError: null })
        .where(eq(outbox.id, row.id))
        .run();
    } catch (err) {
      this.failed(row, err);
    }
  }

  private address(row: OutboxRow): Address {
    if (row.targetKind === 'channel') return { kind: 'channel', channel: row.target };
    const person = personById(this.ctx, Number(row.target));
    if (!person?.platformUserId) {
      throw new DeliveryError(`person ${row.target} has no platform account`, { permanent: true });
    }
    return { kind: 'user', userId: person.platformUserId };
  }

  private failed(row: OutboxRow, err: unknown): void {
    const attempts = row.attempts + 1;
    const options = err instanceof DeliveryError ? err.options : {};
    const reason = err instanceof Error ? err.message : String(err);
    const giveUp = options.permanent || attempts >= (this.options.maxAttempts ?? 8);
    // 2s, 4s, 8s … capped at 10 minutes, unless the platform said how long to wait.
    const backoffMs = options.retryAfterMs ?? Math.min(2 ** attempts * 1000, 600_000);
    this.ctx.db
      .update(outbox)
      .set({
        status: giveUp ? 'failed' : 'pending',
        lastError: reason,
        nextAttemptAt: new Date(this.ctx.now().getTime() + backoffMs),
      })
      .where(eq(outbox.id, row.id))
      .run();
    const log = { outbox: row.id, key: row.key, attempts, reason };
    if (giveUp) this.ctx.log.error(log, 'delivery given up');
    else this.ctx.log.warn({ ...log, retryInMs: backoffMs }, 'delivery failed, will retry');
  }
}
