/**
 * Malformed requests from a seeded generator: well-formed Slack requests and Teams
 * activities with one required part broken, and bodies that are no request at all.
 */
import { eventBody, interactionBody, slashCommandBody } from './slack-request';

/** mulberry32: a small seeded generator, so a failing case can be replayed by its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

export interface MalformedRequest {
  path: '/slack/events' | '/api/messages';
  contentType: string;
  body: string;
  /** What was broken, to name a failing case. */
  what: string;
}

/** Values that a field of each kind never holds; keys that look up prototypes among them. */
const WRONG = {
  id: [null, 5, '', '__proto__', 'constructor', 'lower', {}, [], true],
  text: [null, 5, true, {}, [], [null]],
  object: [null, 5, 'text', [], true, [{}]],
  list: [null, {}, 'text', 5, [null], [5], ['text']],
  type: [
    null,
    5,
    {},
    [],
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'x'.repeat(300),
  ],
  url: [null, 5, {}, 'not a url', 'ftp://127.0.0.1/', ''],
  // A form's fields are all text: an id can only be the wrong text, text only missing.
  formId: ['', '__proto__', 'constructor', 'lower', 'T 1', 'T1&x'],
  formText: [],
  // Any text is a type botbuilder routes; only what is not text is malformed.
  activityType: [null, 5, {}, [], '', true],
} as const;

type Kind = keyof typeof WRONG;
/** A field, the kind of value it holds, and whether it may be left out (then it is only ever wrong). */
type Part = [path: string, kind: Kind, optional?: 'optional'];
type Seed = { body: Record<string, unknown>; required: Part[] };

const clone = <T>(value: T): T => structuredClone(value);

/** Sets (or, for `undefined`, deletes) the value at a dotted path. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** One required part of `seed` deleted or given a value of the wrong kind. */
function brokenPart(random: Random, seed: Seed): { body: Record<string, unknown>; what: string } {
  const body = clone(seed.body);
  const [path, kind, optional] = pick(random, seed.required);
  const wrong: readonly unknown[] = WRONG[kind];
  const missing = wrong.length === 0 || (!optional && random() < 0.2);
  const value = missing ? undefined : clone(pick(random, wrong));
  setPath(body, path, value);
  return { body, what: `${path} = ${value === undefined ? '(missing)' : JSON.stringify(value)}` };
}

const TEAM = { id: 'T1', domain: 'acme' };
// No user.team_id: without team.id the workspace is then unknown, as it must be to be broken.
const USER = { id: 'UGIVER', name: 'gia' };

/** An Events API callback as Slack sends it, for `event`. */
const callback = (
  event: Record<string, unknown>,
  id: string,
  extra: Record<string, unknown> = {},
) => ({
  ...(JSON.parse(eventBody(event, id)) as Record<string, unknown>),
  ...extra,
});

/** A reaction to a message, as the Events API carries it. */
export const REACTION_ADDED = {
  type: 'reaction_added',
  user: 'UGIVER',
  reaction: 'clap',
  item_user: 'UANA',
  item: { type: 'message', channel: 'C1', ts: '1.1' },
  event_ts: '1.2',
};

const slackEvents: Seed[] = [
  {
    body: callback(REACTION_ADDED, 'Ev1', {
      authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    }),
    required: [
      ['type', 'type'],
      ['team_id', 'id'],
      ['event_id', 'text'],
      ['event', 'object'],
      ['event.type', 'type'],
      ['event.user', 'id'],
      ['event.reaction', 'text'],
      ['event.item', 'object'],
      ['event.item.type', 'text'],
      ['event.item.channel', 'id', 'optional'],
      ['authorizations', 'list', 'optional'],
      ['authorizations.0', 'object'],
      // null is what Slack sends outside a workspace; text that is no id is wrong.
      ['authorizations.0.team_id', 'formId', 'optional'],
    ],
  },
  {
    body: callback(
      {
        type: 'app_mention',
        user: 'UGIVER',
        text: '<@UBOT> kudos <@UANA> thanks',
        channel: 'C1',
        ts: '1.3',
      },
      'Ev2',
    ),
    required: [
      ['event', 'object'],
      ['event.type', 'type'],
      ['event.user', 'id'],
      ['event.text', 'text'],
      ['event.channel', 'id'],
      ['event.ts', 'text'],
      ['team_id', 'id'],
    ],
  },
  {
    body: callback(
      { type: 'message', user: 'UGIVER', text: 'hello', channel: 'D1', ts: '1.4' },
      'Ev3',
    ),
    required: [
      ['event', 'object'],
      ['event.channel', 'id'],
      ['event.ts', 'text'],
      ['event.text', 'text', 'optional'],
      ['event.files', 'list', 'optional'],
      ['team_id', 'id'],
    ],
  },
];

const slackInteractions: Seed[] = [
  {
    body: {
      type: 'block_actions',
      team: TEAM,
      user: USER,
      api_app_id: 'A1',
      trigger_id: 't1',
      channel: { id: 'D1', name: 'directmessage' },
      actions: [{ type: 'button', action_id: 'send_thanks', block_id: 'b', value: '1' }],
    },
    required: [
      ['type', 'type'],
      ['user', 'object'],
      ['user.id', 'id'],
      ['team', 'object'],
      ['team.id', 'id'],
      ['channel', 'object', 'optional'],
      ['channel.id', 'id'],
      ['actions', 'list'],
      ['actions.0', 'object'],
      ['actions.0.action_id', 'text'],
      ['trigger_id', 'text'],
    ],
  },
  {
    body: {
      type: 'view_submission',
      team: TEAM,
      user: USER,
      api_app_id: 'A1',
      trigger_id: 't2',
      view: {
        id: 'V1',
        callback_id: 'kudos_form',
        private_metadata: '{}',
        state: { values: { words: { words: { type: 'plain_text_input', value: 'thanks' } } } },
      },
    },
    required: [
      ['type', 'type'],
      ['user', 'object'],
      ['user.id', 'id'],
      ['team.id', 'id'],
      ['view', 'object'],
      ['view.id', 'text'],
      ['view.callback_id', 'text'],
      ['view.state', 'object', 'optional'],
      ['view.state.values', 'object', 'optional'],
      ['view.state.values.words', 'object', 'optional'],
      ['view.private_metadata', 'text', 'optional'],
      ['actions', 'list', 'optional'],
    ],
  },
  {
    body: {
      type: 'message_action',
      callback_id: 'report_abusive_client',
      team: TEAM,
      user: USER,
      channel: { id: 'C1', name: 'general' },
      trigger_id: 't3',
      message_ts: '1.1',
      message: { type: 'message', user: 'UANA', ts: '1.1', text: 'you are useless' },
    },
    required: [
      ['type', 'type'],
      ['callback_id', 'text'],
      ['trigger_id', 'text'],
      ['user.id', 'id'],
      ['channel', 'object'],
      ['message', 'object'],
      ['message.ts', 'text'],
    ],
  },
];

const command = {
  body: Object.fromEntries(new URLSearchParams(slashCommandBody({ text: 'help' }))),
  required: [
    ['command', 'formText'],
    ['team_id', 'formId'],
    ['user_id', 'formId'],
    ['channel_id', 'formId'],
    ['text', 'formText'],
  ] as Part[],
};

const teamsActivities: Seed[] = [
  {
    body: {
      type: 'message',
      id: '1',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      timestamp: '2026-01-05T09:00:00.000Z',
      from: { id: '29:ana', name: 'Ana', aadObjectId: 'aad-ana' },
      recipient: { id: '28:frontline-bot', name: 'Frontline' },
      conversation: { id: 'a:personal-ana', conversationType: 'personal', tenantId: 'tenant-1' },
      channelData: { tenant: { id: 'tenant-1' } },
      text: 'kudos <at>Ben</at> thanks',
      entities: [
        { type: 'mention', mentioned: { id: '29:ben', name: 'Ben' }, text: '<at>Ben</at>' },
      ],
    },
    required: [
      ['type', 'activityType'],
      ['serviceUrl', 'url'],
      ['conversation', 'object'],
      ['conversation.id', 'text'],
      ['from', 'object'],
      ['from.id', 'text'],
      ['recipient', 'object', 'optional'],
      ['recipient.id', 'text'],
      ['timestamp', 'text', 'optional'],
      ['channelId', 'text', 'optional'],
      ['channelData', 'object', 'optional'],
      ['entities', 'list', 'optional'],
      ['attachments', 'list', 'optional'],
    ],
  },
];

/** Bodies that are no request of any kind. */
const NOT_REQUESTS = [
  'null',
  'payload=null',
  '5',
  '"text"',
  '[]',
  '[{}]',
  'true',
  '{',
  '{"a":',
  '',
  'payload=',
  'payload=%7B',
  '\u0000\u0001',
  'a=1&a=2',
  '{}',
  'payload=[]',
  'payload=5',
];
const CONTENT_TYPES = [
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/json; charset=utf-8',
  '',
];

function slackRequest(random: Random): MalformedRequest {
  const roll = random();
  if (roll < 0.15) {
    const body = pick(random, NOT_REQUESTS);
    return {
      path: '/slack/events',
      contentType: pick(random, CONTENT_TYPES),
      body,
      what: `body ${JSON.stringify(body)}`,
    };
  }
  if (roll < 0.45) {
    const { body, what } = brokenPart(random, pick(random, slackEvents));
    return {
      path: '/slack/events',
      contentType: 'application/json',
      body: JSON.stringify(body),
      what,
    };
  }
  if (roll < 0.6) {
    const { body, what } = brokenPart(random, command);
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(body)) {
      form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    return {
      path: '/slack/events',
      contentType: 'application/x-www-form-urlencoded',
      body: form.toString(),
      what: `command ${what}`,
    };
  }
  const { body, what } = brokenPart(random, pick(random, slackInteractions));
  return {
    path: '/slack/events',
    contentType: 'application/x-www-form-urlencoded',
    body: interactionBody(body),
    what: `${String(body.type)} ${what}`,
  };
}

function teamsRequest(random: Random): MalformedRequest {
  if (random() < 0.2) {
    const body = pick(random, NOT_REQUESTS);
    return {
      path: '/api/messages',
      contentType: pick(random, CONTENT_TYPES),
      body,
      what: `body ${JSON.stringify(body)}`,
    };
  }
  const { body, what } = brokenPart(random, pick(random, teamsActivities));
  return {
    path: '/api/messages',
    contentType: 'application/json',
    body: JSON.stringify(body),
    what,
  };
}

/** `count` malformed requests, Slack's and Teams' mixed about three to one, from `seed`. */
export function malformedRequests(seed: number, count: number): MalformedRequest[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    random() < 0.75 ? slackRequest(random) : teamsRequest(random),
  );
}
