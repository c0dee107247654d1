import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import { type CoreContext, pruneHandledRequests, yieldToEventLoop } from '../core/shared';
import { fireDueTimers } from '../core/escalation';
import { digestBatches, summaryBatches } from '../core/digests';
import { holdLease, releaseLease } from './lease';
import type { OutboxWorker } from './outbox';

const DIGEST_BATCH = 50;

/**
 * Processes on one database never run a round at once: a round runs where the schedule's
 * lease is held, renews it between batches and gives it up when done. A process that dies
 * mid-round holds it 45 s at most, so another runs the next minute's round.
 */
const LEASE = 'schedule';
const LEASE_MS = 45_000;

/** How often handled requests past every platform's retry are forgotten. */
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface SchedulerOptions {
  /**
   * Managers per digest batch; the event loop is let go between batches. A hundred take
   * about 10 ms, so a request arriving meanwhile waits no longer than that.
   */
  digestBatch?: number;
  /** Told how each round went and how long it took (counted on /metrics). */
  onRound?: (outcome: 'ok' | 'failed', ms: number) => void;
}

/**
 * Once a minute, queues the digests and summaries whose time has come; the outbox sends them.
 * What is due is computed from the database, so a restart catches up by itself.
 */
export class Scheduler {
  private job: Cron | undefined;
  private stopped = false;
  private prunedAt = 0;
  private running: Promise<void> | undefined;
  /** Who this scheduler is, to the lease. */
  private readonly holder = randomUUID();

  constructor(
    private readonly ctx: CoreContext,
    private readonly outbox: OutboxWorker,
    private readonly options: SchedulerOptions = {},
  ) {}

  /**
   * One round of scheduled work, a batch at a time; resolves when it is all queued. A round
   * already running is let finish first: two never interleave.
   */
  async tick(): Promise<void> {
    while (this.running) await this.running;
    this.running = this.round();
    try {
      await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** Resolves when no round is running (the one started with Frontline, say). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async round(): Promise<void> {
    // Another process on this database is running a round: what is due is done there.
    if (!(await this.renewLease())) return;
    const started = performance.now();
    const outcome = await this.work();
    // Done: a process that ticks next finds nothing due, or what came due since.
    await releaseLease(this.ctx.db, LEASE, this.holder);
    this.options.onRound?.(outcome, performance.now() - started);
  }

  private async work(): Promise<'ok' | 'failed'> {
    try {
      const jobs = [
        () => digestBatches(this.ctx, { batch: this.options.digestBatch ?? DIGEST_BATCH }),
        () => summaryBatches(this.ctx),
        async function* timers(ctx: CoreContext) {
          yield await fireDueTimers(ctx);
        },
      ];
      let total = 0;
      for (const job of jobs) {
        for await (const queued of job(this.ctx)) {
          total += queued;
          if (queued > 0) this.outbox.kick();
          await yieldToEventLoop();
          // Stopping, or a round so long the lease lapsed and another process took it.
          if (this.stopped || !(await this.renewLease())) return 'ok';
        }
      }
      if (total > 0) this.ctx.log.info({ queued: total }, 'scheduled deliveries queued');
      await this.prune();
      return 'ok';
    } catch (err) {
      this.ctx.log.error({ err }, 'scheduled work failed; will try again next minute');
      return 'failed';
    }
  }

  private async prune(): Promise<void> {
    const now = this.ctx.now();
    if (now.getTime() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now.getTime();
    const pruned = await pruneHandledRequests(this.ctx.db, now);
    if (pruned > 0) this.ctx.log.info({ pruned }, 'handled requests past every retry forgotten');
  }

  start(): void {
    void this.tick();
    // protect: a slow tick is never overlapped by the next one.
    this.job = new Cron('* * * * *', { protect: true }, () => this.tick());
  }

  /** A round that is running gives the lease up as it ends, at its next batch. */
  stop(): void {
    this.stopped = true;
    this.job?.stop();
  }

  private async renewLease(): Promise<boolean> {
    return await holdLease(this.ctx.db, LEASE, this.holder, this.ctx.now(), LEASE_MS);
  }
}
