import fs from 'node:fs';
import path from 'node:path';
import { readFields, RequestRefused } from '../../../src/http-server';
import { slackRequestBody } from '../../../src/slack/kit/request-body';

const RECORDED = path.join(__dirname, '..', '..', 'fixtures', 'recorded', 'slack', 'requests');

interface Recorded {
  source: string;
  sent_as: 'json' | 'payload' | 'form';
  body: unknown;
}

/** The body as it arrives at the door, read as the door reads it. */
function arriving(recorded: Recorded) {
  const [type, raw] =
    recorded.sent_as === 'json'
      ? ['application/json', JSON.stringify(recorded.body)]
      : recorded.sent_as === 'payload'
        ? [
            'application/x-www-form-urlencoded',
            new URLSearchParams({ payload: JSON.stringify(recorded.body) }).toString(),
          ]
        : ['application/x-www-form-urlencoded', String(recorded.body)];
  return readFields({ headers: { 'content-type': type } }, Buffer.from(raw), true);
}

const reasonFor = (recorded: Recorded) => {
  try {
    slackRequestBody(arriving(recorded));
    return undefined;
  } catch (err) {
    if (err instanceof RequestRefused) return `${err.status} ${err.message}`;
    throw err;
  }
};

describe('what Slack really sends passes', () => {
  const files = fs.readdirSync(RECORDED).filter((f) => f.endsWith('.json'));
  test.each(files)('%s', (file) => {
    const recorded = JSON.parse(fs.readFileSync(path.join(RECORDED, file), 'utf8')) as Recorded;
    expect(recorded.source).toBeTruthy();
    expect(reasonFor(recorded)).toBeUndefined();
  });

  test('an interaction is handed on as its payload, a command as its fields', () => {
    const click = JSON.parse(
      fs.readFileSync(path.join(RECORDED, 'interaction-block-actions.json'), 'utf8'),
    ) as Recorded;
    expect(slackRequestBody(arriving(click))).toEqual(click.body);
    const command = JSON.parse(
      fs.readFileSync(path.join(RECORDED, 'command-form.json'), 'utf8'),
    ) as Recorded;
    expect(slackRequestBody(arriving(command))).toMatchObject({
      command: '/webhook-collect',
      team_id: 'T1DC2JH3J',
      text: '',
    });
  });
});

describe('what Bolt would choke on is refused with 400 and says why', () => {
  const event = (e: unknown, extra: Record<string, unknown> = {}): Recorded => ({
    source: 'test',
    sent_as: 'json',
    body: { type: 'event_callback', team_id: 'T1', event_id: 'Ev1', event: e, ...extra },
  });
  const payload = (body: unknown): Recorded => ({ source: 'test', sent_as: 'payload', body });
  const reaction = {
    type: 'reaction_added',
    user: 'U1',
    reaction: 'clap',
    item: { type: 'message', channel: 'C1', ts: '1.1' },
  };

  test.each([
    ['an event that is a number', event(5), '400 event is not an object'],
    [
      'a reaction whose item is text',
      event({ ...reaction, item: 'x' }),
      '400 event.item is not an object',
    ],
    [
      'a reaction by user null',
      event({ ...reaction, user: null }),
      '400 event.user is neither an id nor a user',
    ],
    [
      'authorizations [null]',
      event(reaction, { authorizations: [null] }),
      '400 an authorization is not an object',
    ],
    [
      'a click with nobody',
      payload({ type: 'block_actions', actions: [{ action_id: 'a' }] }),
      '400 user is not an object',
    ],
    [
      'a view_submission without a view',
      payload({ type: 'view_submission', user: { id: 'U1' }, team: { id: 'T1' } }),
      '400 view is not an object',
    ],
    [
      'actions null',
      payload({ type: 'block_actions', user: { id: 'U1' }, team: { id: 'T1' }, actions: null }),
      '400 actions is not a list of actions',
    ],
    [
      'a type found on every object',
      payload({ type: '__proto__', user: { id: 'U1' }, team: { id: 'T1' } }),
      '400 the payload is not an interaction Frontline takes',
    ],
    [
      'a workspace named __proto__',
      {
        source: 'test',
        sent_as: 'form',
        body: 'command=%2Fkudos&team_id=__proto__&user_id=U1&channel_id=C1&text=',
      } as Recorded,
      '400 team_id is not a Slack id',
    ],
    [
      'payload null',
      { source: 'test', sent_as: 'form', body: 'payload=null' } as Recorded,
      '400 payload is not a JSON object',
    ],
  ] as [string, Recorded, string][])('%s', (_name, recorded, reason) => {
    expect(reasonFor(recorded)).toBe(reason);
  });
});
