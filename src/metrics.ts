import { first } from './db/query';
import { count, inArray, min } from 'drizzle-orm';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from './db/database';
import { outbox } from './db/schema';
import type { DeliveryOutcome } from './jobs/outbox';

/** The paths worth a label of their own; anything else is counted as "other". */
const ROUTES = new Set([
  '/slack/events',
  '/api/messages',
  '/healthz',
  '/readyz',
  '/metrics',
  '/',
  '/privacy',
  '/terms',
]);

/** What `GET /metrics` shows, in Prometheus's text format. */
export interface Metrics {
  answered(path: string, status: number, ms: number): void;
  delivered(outcome: DeliveryOutcome): void;
  scheduled(outcome: 'ok' | 'failed', ms: number): void;
  /** The page, and its content type. */
  render(): Promise<{ contentType: string; body: string }>;
}

export function createMetrics(db: Db): Metrics {
  const registry = new Registry();
  // Process figures, event-loop delay among them (nodejs_eventloop_lag_p99_seconds, …).
  collectDefaultMetrics({ register: registry, prefix: 'frontline_' });
  const requests = new Counter({
    name: 'frontline_http_requests_total',
    help: 'HTTP requests answered, by route and status',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const answerSeconds = new Histogram({
    name: 'frontline_http_answer_seconds',
    help: "Time to answer a request (a Slack or Teams request's acknowledgement), by route",
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'frontline_deliveries_total',
    help: 'Delivery attempts by platform and result (sent, retry, failed)',
    labelNames: ['platform', 'result'] as const,
    registers: [registry],
  });
  const rateLimitWaits = new Counter({
    name: 'frontline_rate_limit_wait_seconds_total',
    help: 'Time deliveries were told to wait by a platform rate limit, by workspace',
    labelNames: ['workspace'] as const,
    registers: [registry],
  });
  const scheduleRuns = new Counter({
    name: 'frontline_schedule_runs_total',
    help: 'Rounds of scheduled work (digests, summaries, timers), by outcome',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const scheduleSeconds = new Histogram({
    name: 'frontline_schedule_round_seconds',
    help: 'How long a round of scheduled work took',
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60],
    registers: [registry],
  });
  outboxGauges(db, registry);

  return {
    answered(path, status, ms) {
      const route = ROUTES.has(path) ? path : 'other';
      requests.inc({ route, status: String(status) });
      answerSeconds.observe({ route }, ms / 1000);
    },
    delivered({ platform, result, workspace, retryAfterMs }) {
      deliveries.inc({ platform, result });
      if (retryAfterMs !== undefined) rateLimitWaits.inc({ workspace }, retryAfterMs / 1000);
    },
    scheduled(outcome, ms) {
      scheduleRuns.inc({ outcome });
      scheduleSeconds.observe(ms / 1000);
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

/** The backlog is read from the outbox itself when scraped: it survives restarts. */
function outboxGauges(db: Db, registry: Registry): void {
  const waiting = inArray(outbox.status, ['pending', 'sending']);
  new Gauge({
    name: 'frontline_outbox_backlog',
    help: 'Deliveries waiting to be sent (pending or being sent)',
    registers: [registry],
    async collect() {
      this.set((await first(db.select({ n: count() }).from(outbox).where(waiting)))?.n ?? 0);
    },
  });
  new Gauge({
    name: 'frontline_outbox_oldest_age_seconds',
    help: 'Age of the oldest delivery still waiting (0 when none)',
    registers: [registry],
    async collect() {
      const oldest = (
        await first(
          db
            .select({ at: min(outbox.createdAt) })
            .from(outbox)
            .where(waiting),
        )
      )?.at;
      this.set(oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
    },
  });
}
