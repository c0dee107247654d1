import {
  recordingLogger,
  rowCounts,
  SIGNING_SECRET,
  startWithMockSlack,
  type Running,
} from '../../support/frontline';
import {
  eventBody,
  interactionBody,
  slackSignature,
  slashCommandBody,
} from '../../support/slack-request';
import { REACTION_ADDED } from '../../support/malformed-requests';

let run: Running;
let logs: ReturnType<typeof recordingLogger>;

beforeEach(async () => {
  logs = recordingLogger();
  run = await startWithMockSlack({}, { log: logs.log });
  run.slack.addUser({ id: 'UGIVER', name: 'Gia' });
});
afterEach(() => run.stop());

/** POSTs a correctly signed body with the given content type, giving up after two seconds. */
async function signed(body: string, contentType: string) {
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await fetch(`${run.baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(SIGNING_SECRET, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(2000),
  });
  const text = await res.text();
  return { status: res.status, text };
}

const json = (value: unknown) => signed(JSON.stringify(value), 'application/json');
const form = (body: string) => signed(body, 'application/x-www-form-urlencoded');

/** An Events API callback carrying `event`, whatever it is. */
const callback = (event: unknown, extra: Record<string, unknown> = {}) => ({
  ...(JSON.parse(eventBody(event as Record<string, unknown>, 'Ev1')) as Record<string, unknown>),
  ...extra,
});

const reaction = REACTION_ADDED;

const click = (extra: Record<string, unknown>) =>
  interactionBody({
    type: 'block_actions',
    trigger_id: 't',
    actions: [{ action_id: 'send_thanks', value: '1' }],
    ...extra,
  });

describe('signed but malformed Slack requests', () => {
  const cases: [string, () => Promise<{ status: number; text: string }>][] = [
    ['an event that is a number', () => json(callback(5))],
    ['a click with no user or team', () => form(click({}))],
    [
      'a form submission with no view',
      () =>
        form(
          interactionBody({ type: 'view_submission', user: { id: 'UGIVER' }, team: { id: 'T1' } }),
        ),
    ],
    [
      'a command from the workspace "__proto__"',
      () => form(slashCommandBody({ text: 'help', team_id: '__proto__' })),
    ],
    [
      'a reaction whose item is not an object',
      () => json(callback({ ...reaction, item: 'C1/1.1' })),
    ],
    ['a reaction by user null', () => json(callback({ ...reaction, user: null }))],
    ['a click by user null', () => form(click({ user: null, team: { id: 'T1' } }))],
    ['authorizations [null]', () => json(callback(reaction, { authorizations: [null] }))],
    [
      'actions null',
      () => form(click({ actions: null, user: { id: 'UGIVER' }, team: { id: 'T1' } })),
    ],
  ];

  test.each(cases)('%s gets 400 with a reason, and nothing is stored', async (_name, send) => {
    const before = await rowCounts(run.frontline.database);
    const res = await send();
    expect(res.status).toBe(400);
    expect((JSON.parse(res.text) as { error: string }).error.length).toBeGreaterThan(5);
    expect(await rowCounts(run.frontline.database)).toEqual(before);
    // Refused at the door: Bolt never waited for an acknowledgement, nothing failed.
    const lines = logs.lines();
    expect(lines.filter((l) => String(l.msg).includes('not acknowledged'))).toEqual([]);
    expect(lines.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});

describe('a body of null', () => {
  const cases: [string, string][] = [
    ['null', 'application/json'],
    ['null', 'application/x-www-form-urlencoded'],
    ['payload=null', 'application/x-www-form-urlencoded'],
    ['payload=null', 'application/json'],
    ['null', 'text/plain'],
    ['payload=null', 'text/plain'],
  ];

  test.each(cases)('%s sent as %s is answered 400', async (body, contentType) => {
    const before = await rowCounts(run.frontline.database);
    const res = await signed(body, contentType);
    expect(res.status).toBe(400);
    expect(await rowCounts(run.frontline.database)).toEqual(before);
  });
});

describe('what Slack itself sends besides events', () => {
  test('its certificate check is answered 200 unsigned, and carries nothing in', async () => {
    const res = await fetch(`${run.baseUrl}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=legacy',
    });
    expect(res.status).toBe(200);
  });

  test('its URL check gets the challenge back', async () => {
    const res = await json({ token: 'legacy', challenge: 'abc123', type: 'url_verification' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'abc123' });
  });

  test('a forged or stale signature on a good command is refused with 401, nothing stored', async () => {
    const before = await rowCounts(run.frontline.database);
    const body = slashCommandBody({ text: 'help' });
    const now = Math.floor(Date.now() / 1000);
    const post = (timestamp: number, signature: string) =>
      fetch(`${run.baseUrl}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
        body,
      });
    expect((await post(now, slackSignature('not-the-secret', now, body))).status).toBe(401);
    const stale = now - 10 * 60;
    expect((await post(stale, slackSignature(SIGNING_SECRET, stale, body))).status).toBe(401);
    expect(await rowCounts(run.frontline.database)).toEqual(before);
  });
});
