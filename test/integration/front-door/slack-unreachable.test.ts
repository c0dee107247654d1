import { kudos } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import type { MockSlackApi } from '../../support/mock-slack-api';
import { postToSlackEndpoint, slashCommandBody } from '../../support/slack-request';

let run: Running | undefined;
afterEach(async () => {
  await run?.stop();
  run = undefined;
});

/** Slack's Web API answering every call with a 503, as it does in an outage. */
const down = (slack: MockSlackApi) => {
  slack.override = () => ({ status: 503, body: { ok: false, error: 'service_unavailable' } });
};

const readiness = async () => {
  const res = await fetch(`${run!.baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
};

async function waitUntilReady(): Promise<number> {
  const until = Date.now() + 5000;
  for (;;) {
    const { status } = await readiness();
    if (status === 200 || Date.now() > until) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Slack unreachable at start', () => {
  test('readiness says why until auth.test succeeds, asked again in the background', async () => {
    run = await startWithMockSlack({}, { prepare: down, slackRetry: { firstMs: 50, maxMs: 200 } });
    const unready = await readiness();
    expect(unready.status).toBe(503);
    expect(unready.body.reason).toMatch(/auth\.test/);
    const asked = run.slack.callsTo('auth.test').length;

    run.slack.override = undefined;
    expect(await waitUntilReady()).toBe(200);
    expect(run.slack.callsTo('auth.test').length).toBeGreaterThan(asked);
  });

  test('Slack’s API address refusing connections leaves Frontline up and unready', async () => {
    run = await startWithMockSlack(
      // Port 9 (discard) on this machine: nothing listens there.
      { SLACK_API_URL: 'http://127.0.0.1:9/api/' },
      { slackRetry: { firstMs: 50, maxMs: 200 } },
    );
    const unready = await readiness();
    expect(unready.status).toBe(503);
    expect(unready.body.reason).toMatch(/auth\.test/);
    const health = await fetch(`${run.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });

  test('a command that needs Slack’s API is answered that Slack cannot be reached', async () => {
    run = await startWithMockSlack({}, { prepare: down, slackRetry: { firstMs: 50, maxMs: 200 } });
    const send = (body: string) => postToSlackEndpoint(run!.baseUrl, SIGNING_SECRET, body);

    // Both open a form, which only Slack can do.
    for (const command of ['/kudos', '/escalate'] as const) {
      const res = await send(slashCommandBody({ text: '', command }));
      expect(res.status).toBe(200);
      const reply = res.json() as { response_type: string; text: string };
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toBe(t('en', 'error.slackUnreachable'));
    }
    expect(run.slack.callsTo('views.open').length).toBeGreaterThanOrEqual(2);
  });

  test('a command that needs nothing from Slack is answered as usual', async () => {
    run = await startWithMockSlack({}, { prepare: down, slackRetry: { firstMs: 50, maxMs: 200 } });
    const res = await postToSlackEndpoint(
      run.baseUrl,
      SIGNING_SECRET,
      slashCommandBody({ text: 'help' }),
    );
    expect(res.status).toBe(200);
    const reply = res.json() as { text: string };
    expect(reply.text).toContain('/kudos');
    expect(reply.text).not.toBe(t('en', 'error.slackUnreachable'));
    expect(await run.frontline.database.db.select().from(kudos)).toHaveLength(0);
  });

  test('kudos for someone Slack cannot be asked about say so, and record nothing', async () => {
    run = await startWithMockSlack({}, { prepare: down, slackRetry: { firstMs: 50, maxMs: 200 } });
    const res = await postToSlackEndpoint(
      run.baseUrl,
      SIGNING_SECRET,
      slashCommandBody({ text: '<@UANA|ana> thanks for staying late with ACME' }),
    );
    expect(res.status).toBe(200);
    expect((res.json() as { text: string }).text).toBe(t('en', 'error.slackUnreachable'));
    expect(await run.frontline.database.db.select().from(kudos)).toHaveLength(0);
  });
});
