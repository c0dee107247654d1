import { isObject, RequestRefused, type RequestBody } from '../../http-server';

/**
 * What Slack's requests carry before Bolt or a listener may read them: Bolt reads these
 * fields without looking, so a request without them (signed or not) is refused here with 400.
 */

type Fields = Record<string, unknown>;

/** Slack's ids: capital letters and digits (T…, U…, C…, E…), never a name like __proto__. */
const SLACK_ID = /^[A-Z0-9]{1,40}$/;

const refuse = (reason: string): never => {
  throw new RequestRefused(400, reason);
};

const isId = (v: unknown): v is string => typeof v === 'string' && SLACK_ID.test(v);

function requireId(fields: Fields, name: string, where: string): void {
  if (!isId(fields[name])) refuse(`${where}${name} is not a Slack id`);
}

function optionalId(fields: Fields, name: string, where: string): void {
  if (fields[name] !== undefined) requireId(fields, name, where);
}

/** Slack sends null for some ids outside an Enterprise Grid. */
function nullableId(fields: Fields, name: string, where: string): void {
  if (fields[name] !== null) optionalId(fields, name, where);
}

function requireString(fields: Fields, name: string, where: string): void {
  if (typeof fields[name] !== 'string') refuse(`${where}${name} is not text`);
}

function optionalString(fields: Fields, name: string, where: string): void {
  if (fields[name] !== undefined) requireString(fields, name, where);
}

function requireObject(fields: Fields, name: string, where: string): Fields {
  const value = fields[name];
  if (!isObject(value)) return refuse(`${where}${name} is not an object`);
  return value;
}

function optionalObject(fields: Fields, name: string, where: string): Fields | undefined {
  return fields[name] === undefined ? undefined : requireObject(fields, name, where);
}

/** A slash command's form: `ssl_check` aside, Slack always sends these. */
function checkCommand(form: Fields): void {
  requireString(form, 'command', '');
  if (!String(form.command).startsWith('/')) refuse('command does not start with /');
  requireId(form, 'team_id', '');
  requireId(form, 'user_id', '');
  requireId(form, 'channel_id', '');
  requireString(form, 'text', '');
  optionalId(form, 'enterprise_id', '');
  // Bolt would take the command for an event.
  if (form.event !== undefined) refuse('a command has no event');
}

/** The events Frontline listens to, and the fields its listeners read. */
const EVENT_FIELDS = new Map<string, { ids: string[]; strings: string[] }>([
  ['message', { ids: ['channel'], strings: ['ts'] }],
  ['app_mention', { ids: ['channel', 'user'], strings: ['ts', 'text'] }],
  ['reaction_added', { ids: ['user'], strings: ['reaction'] }],
  ['reaction_removed', { ids: ['user'], strings: ['reaction'] }],
  ['app_home_opened', { ids: ['user'], strings: ['tab'] }],
]);

function checkEvent(event: Fields): void {
  const where = 'event.';
  requireString(event, 'type', where);
  // Bolt looks into each of these to find the conversation and the person.
  const user = event.user;
  if (user !== undefined && typeof user !== 'string' && !(isObject(user) && isId(user.id))) {
    refuse('event.user is neither an id nor a user');
  }
  const channel = event.channel;
  if (channel !== undefined && typeof channel !== 'string' && !isObject(channel)) {
    refuse('event.channel is neither an id nor a channel');
  }
  optionalString(event, 'channel_id', where);
  const item = optionalObject(event, 'item', where);
  if (item) {
    requireString(item, 'type', 'event.item.');
    optionalId(item, 'channel', 'event.item.');
    optionalString(item, 'ts', 'event.item.');
  }
  for (const name of ['subteam', 'message', 'previous_message', 'assistant_thread']) {
    optionalObject(event, name, where);
  }
  for (const name of ['text', 'subtype', 'thread_ts', 'bot_id', 'item_user']) {
    optionalString(event, name, where);
  }
  const files = event.files;
  if (files !== undefined && !(Array.isArray(files) && files.every(isObject))) {
    refuse('event.files is not a list of files');
  }
  const needs = EVENT_FIELDS.get(String(event.type));
  for (const name of needs?.ids ?? []) requireId(event, name, where);
  for (const name of needs?.strings ?? []) requireString(event, name, where);
  if (String(event.type).startsWith('reaction_')) requireObject(event, 'item', where);
}

/** An Events API callback (JSON). */
function checkEventCallback(body: Fields): void {
  requireString(body, 'event_id', '');
  requireId(body, 'team_id', '');
  nullableId(body, 'enterprise_id', '');
  const authorizations = body.authorizations;
  if (authorizations !== undefined) {
    if (!Array.isArray(authorizations)) refuse('authorizations is not a list');
    for (const a of authorizations as unknown[]) {
      if (!isObject(a)) return refuse('an authorization is not an object');
      nullableId(a, 'team_id', 'authorizations.');
      nullableId(a, 'enterprise_id', 'authorizations.');
    }
  }
  checkEvent(requireObject(body, 'event', ''));
}

/** Who acted in an interaction, and where: Bolt reads team (or user.team_id) and enterprise. */
function checkActor(payload: Fields): void {
  const user = requireObject(payload, 'user', '');
  requireId(user, 'id', 'user.');
  nullableId(user, 'team_id', 'user.');
  const team = payload.team;
  if (team !== null && team !== undefined) {
    if (!isObject(team)) refuse('team is not an object');
    requireId(team as Fields, 'id', 'team.');
    nullableId(team as Fields, 'enterprise_id', 'team.');
  } else if (!isId(user.team_id)) {
    refuse('neither team.id nor user.team_id is a Slack id');
  }
  const enterprise = payload.enterprise;
  if (enterprise !== null && enterprise !== undefined) {
    if (!isObject(enterprise)) refuse('enterprise is not an object');
    requireId(enterprise as Fields, 'id', 'enterprise.');
  }
  if (payload.channel !== undefined) {
    requireId(requireObject(payload, 'channel', ''), 'id', 'channel.');
  }
  optionalString(payload, 'response_url', '');
  const urls = payload.response_urls;
  if (
    urls !== undefined &&
    !(Array.isArray(urls) && urls.every((u) => isObject(u) && typeof u.response_url === 'string'))
  ) {
    refuse('response_urls is not a list of response URLs');
  }
  if (
    payload.is_enterprise_install !== undefined &&
    typeof payload.is_enterprise_install !== 'boolean'
  ) {
    refuse('is_enterprise_install is not true or false');
  }
  optionalObject(payload, 'function_data', '');
}

function checkView(view: Fields): void {
  requireString(view, 'id', 'view.');
  requireString(view, 'callback_id', 'view.');
  optionalString(view, 'private_metadata', 'view.');
  nullableId(view, 'app_installed_team_id', 'view.');
  const state = optionalObject(view, 'state', 'view.');
  // A form with no inputs comes with an empty state.
  const values = state && optionalObject(state, 'values', 'view.state.');
  for (const block of Object.values(values ?? {})) {
    if (!isObject(block) || !Object.values(block).every(isObject)) {
      refuse('view.state.values holds something other than inputs');
    }
  }
}

/** The interactions Frontline answers: buttons, forms and shortcuts (a Map: a type may be "__proto__"). */
const INTERACTIONS = new Map<string, (payload: Fields) => void>(
  Object.entries({
    block_actions: (payload) => {
      const actions = payload.actions;
      if (!Array.isArray(actions) || actions.length === 0)
        refuse('actions is not a list of actions');
      for (const action of actions as unknown[]) {
        if (!isObject(action)) return refuse('an action is not an object');
        requireString(action, 'action_id', 'actions.');
        optionalString(action, 'block_id', 'actions.');
      }
      requireString(payload, 'trigger_id', '');
      for (const name of ['container', 'message', 'state']) optionalObject(payload, name, '');
      const view = optionalObject(payload, 'view', '');
      if (view) checkView(view);
    },
    view_submission: (payload) => checkView(requireObject(payload, 'view', '')),
    view_closed: (payload) => checkView(requireObject(payload, 'view', '')),
    shortcut: (payload) => {
      requireString(payload, 'callback_id', '');
      requireString(payload, 'trigger_id', '');
    },
    message_action: (payload) => {
      requireString(payload, 'callback_id', '');
      requireString(payload, 'trigger_id', '');
      requireObject(payload, 'channel', '');
      requireString(requireObject(payload, 'message', ''), 'ts', 'message.');
    },
  }),
);

function checkInteraction(payload: Fields): void {
  const check = INTERACTIONS.get(String(payload.type));
  if (typeof payload.type !== 'string' || !check) {
    refuse('the payload is not an interaction Frontline takes');
  }
  // Bolt sorts by these keys before it looks at the type.
  if (payload.type !== 'block_actions' && payload.actions !== undefined) {
    refuse(`a ${String(payload.type)} has no actions`);
  }
  if (payload.name !== undefined || payload.command !== undefined || payload.event !== undefined) {
    refuse(`a ${String(payload.type)} has no name, command or event`);
  }
  checkActor(payload);
  check!(payload);
}

/** What a JSON body may be: an event, Slack's check of the URL, or its rate-limit notice. */
function checkJson(body: Fields): void {
  if (body.type === 'url_verification') return requireString(body, 'challenge', '');
  if (body.type === 'app_rate_limited') return requireId(body, 'team_id', '');
  if (body.type !== 'event_callback') refuse('the body is not an event Frontline takes');
  checkEventCallback(body);
}

/**
 * The body Bolt is given: a JSON event, a slash command's form, or an interaction's
 * `payload`; refused with a short reason when Slack would never have sent it.
 */
export function slackRequestBody(body: RequestBody): Fields {
  if (!body.form) {
    checkJson(body.fields);
    return body.fields;
  }
  const form = body.fields;
  if (form.payload === undefined) {
    checkCommand(form);
    return { ...form };
  }
  if (Object.keys(form).length !== 1) refuse('an interaction form has only its payload');
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.payload));
  } catch {
    return refuse('payload is not JSON');
  }
  if (!isObject(payload)) return refuse('payload is not a JSON object');
  checkInteraction(payload);
  return payload;
}
