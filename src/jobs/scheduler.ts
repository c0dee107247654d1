import { Cron } from 'croner';
import type { CoreContext } from '../core/core';
import { fireDueTimers } from '../core/escalation-timers';
import { queueDueDigests } from '../core/manager-digest';
import { queueDueSummaries } from '../core/post-weekly-summary';
import type { OutboxWorker } from './outbox';

/**
 * Once a minute, queues the digests and summaries whose time has come; the outbox sends them.
 * What is due is computed from the database, so a restart catches up by itself.
 */
export class Scheduler {
  private job: Cron | undefined;

  constructor(
    private readonly ctx: CoreContext,
    private readonly outbox: OutboxWorker,
  ) {}

  tick(): void {
    try {
      const queued =
        queueDueDigests(this.ctx) + queueDueSummaries(this.ctx) + fireDueTimers(this.ctx);
      if (queued > 0) this.outbox.kick();
    } catch (err) {
      this.ctx.log.error({ err }, 'scheduled work failed; will try again next minute');
    }
  }

  start(): void {
    this.tick();
    // protect: a slow tick is never overlapped by the next one.
    this.job = new Cron('* * * * *', { protect: true }, () => this.tick());
  }

  stop(): void {
    this.job?.stop();
  }
}
