import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { prepared } from '../db/prepared';
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

const dueRows = prepared((db) =>
  db
    .select({ row: outbox, workspace: workspaces })
    .from(outbox)
    .innerJoin(workspaces, eq(outbox.workspaceId, workspaces.id))
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, sql.placeholder('now')),
        // Another process (the shell, say) may share the database: leave others' rows alone.
        sql`instr(${sql.placeholder('platforms')}, ',' || ${workspaces.platform} || ',') > 0`,
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(BATCH)
    .prepare(),
);

const markSent = prepared((db) =>
  db
    .update(outbox)
    .set({ status: 'sent', sentAt: sql`${sql.placeholder('sentAt')}`, lastError: null })
    .where(eq(outbox.id, sql.placeholder('id')))
    .prepare(),
);

/** How long a kick waits, so a burst of commands is delivered as one batch. */
const COALESCE_MS = 20;

/**
 * Delivers what the core recorded in the outbox: rows are claimed, sent and marked,
 * so a row is never sent by two workers and a failure is retried later with backoff.
 */
export class OutboxWorker {
  private running: Promise<void> | undefined;
  private scheduled: NodeJS.Timeout | undefined;
  private again = false;
  private stopped = false;
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
    this.run();
  }

  /** Stops polling after one last delivery of what is due. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.stopped = true;
    if (this.scheduled) this.run();
    while (this.running) await this.running;
  }

  /** Starts a drain shortly, or asks the running one to look again when it ends. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.scheduled ??= setTimeout(() => this.run(), COALESCE_MS);
  }

  private run(): void {
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
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
      const due = dueRows(this.ctx.db).all({
        now: this.ctx.now().getTime(),
        platforms: `,${this.platforms().join(',')},`,
      });
      if (due.length === 0) return;
      const workspaceOf = new Map(due.map(({ workspace }) => [workspace.id, workspace]));
      const claimed = this.claim(due.map(({ row }) => row.id));
      for (let i = 0; i < claimed.length; i += PARALLEL) {
        const group = claimed.slice(i, i + PARALLEL);
        const outcomes = await Promise.all(
          group.map((row) =>
            this.send(row, workspaceOf.get(row.workspaceId)!).then(
              () => undefined,
              (err: unknown) => err ?? new Error('unknown error'),
            ),
          ),
        );
        const sentAt = this.ctx.now().getTime();
        this.ctx.db.transaction(() =>
          group.forEach((row, j) => {
            const error = outcomes[j];
            if (error === undefined) markSent(this.ctx.db).run({ id: row.id, sentAt });
            else this.failed(row, error);
          }),
        );
      }
      if (due.length < BATCH) return;
    }
  }

  private platforms(): Platform[] {
    return Object.keys(this.senders) as Platform[];
  }

  /** Marks rows as being sent, in one statement; returns those this worker now owns. */
  private claim(ids: number[]): OutboxRow[] {
    return this.ctx.db
      .update(outbox)
      .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1` })
      .where(and(inArray(outbox.id, ids), eq(outbox.status, 'pending')))
      .returning()
      .all()
      .sort((a, b) => a.id - b.id);
  }

  private async send(row: OutboxRow, workspace: Workspace): Promise<void> {
    const sender = this.senders[workspace.platform];
    if (!sender) throw new DeliveryError(`no sender for ${workspace.platform}`);
    await sender.send(workspace, this.address(row), row.message as MessageModel);
  }

  private address(row: OutboxRow): Address {
    if (row.targetKind === 'channel') return { kind: 'channel', channel: row.target };
    const person = personById(this.ctx, Number(row.target));
    if (!person?.platformUserId) {
      throw new DeliveryError(`person ${row.target} has no platform account`, { permanent: true });
    }
    return { kind: 'user', userId: person.platformUserId };
  }

  /** `row.attempts` already counts the attempt that failed. */
  private failed(row: OutboxRow, err: unknown): void {
    const attempts = row.attempts;
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
