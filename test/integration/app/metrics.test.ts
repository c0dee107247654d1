import { first, written } from '../../../src/db/query';
import { enqueueDelivery } from '../../../src/core/delivery/deliveries';
import { text } from '../../../src/core/shared/message';
import { outbox, workspaces } from '../../../src/db/schema';
import { startWithMockSlack, type Running } from '../../support/frontline';

let run: Running;

beforeEach(async () => {
  run = await startWithMockSlack();
});
afterEach(() => run.stop());

async function scrape(): Promise<string> {
  const res = await fetch(`${run.baseUrl}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample, e.g. `frontline_outbox_backlog` or `name{label="x"}`. */
function sample(page: string, series: string): number | undefined {
  const line = page.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function enqueueTo(channel: string, key: string): Promise<void> {
  const db = run.frontline.database.db;
  const workspace =
    (await first(db.select().from(workspaces))) ??
    (await written(
      db.insert(workspaces).values({ platform: 'slack', externalId: 'T1' }).returning(),
    ));
  await enqueueDelivery(
    db,
    {
      workspaceId: workspace.id,
      key,
      to: { kind: 'channel', channel },
      message: { parts: [text(key)] },
    },
    new Date(),
  );
}

test('requests are counted by route and status, with their answer times', async () => {
  await fetch(`${run.baseUrl}/healthz`);
  await fetch(`${run.baseUrl}/no-such-page`);
  const page = await scrape();
  expect(sample(page, 'frontline_http_requests_total{route="/healthz",status="200"}')).toBe(1);
  // Unknown paths share one label, so a scan cannot grow the page without bound.
  expect(sample(page, 'frontline_http_requests_total{route="other",status="404"}')).toBe(1);
  expect(sample(page, 'frontline_http_answer_seconds_count{route="/healthz"}')).toBe(1);
  expect(page).toContain('frontline_nodejs_eventloop_lag_p99_seconds');
});

test('the outbox backlog, and deliveries by result, rate-limit waits by workspace', async () => {
  run.slack.override = (method) =>
    method === 'chat.postMessage'
      ? { status: 429, headers: { 'retry-after': '3' }, body: { ok: false, error: 'ratelimited' } }
      : undefined;
  await enqueueTo('C1', 'metrics:1');
  await enqueueTo('C1', 'metrics:2');
  let page = await scrape();
  expect(sample(page, 'frontline_outbox_backlog')).toBe(2);
  expect(sample(page, 'frontline_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);

  await run.frontline.outbox.drain();
  page = await scrape();
  expect(sample(page, 'frontline_deliveries_total{platform="slack",result="retry"}')).toBe(2);
  expect(sample(page, 'frontline_rate_limit_wait_seconds_total{workspace="T1"}')).toBe(6);

  run.slack.override = undefined;
  await run.frontline.database.db.update(outbox).set({ nextAttemptAt: new Date(0) });
  await run.frontline.outbox.drain();
  page = await scrape();
  expect(sample(page, 'frontline_deliveries_total{platform="slack",result="sent"}')).toBe(2);
  expect(sample(page, 'frontline_outbox_backlog')).toBe(0);
});

test('rounds of scheduled work are counted', async () => {
  await run.frontline.scheduler.tick();
  const page = await scrape();
  expect(sample(page, 'frontline_schedule_runs_total{outcome="ok"}')).toBeGreaterThanOrEqual(1);
  expect(sample(page, 'frontline_schedule_round_seconds_count')).toBeGreaterThanOrEqual(1);
});
