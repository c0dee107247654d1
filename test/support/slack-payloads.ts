/** Request bodies for Slack's interactivity payloads, as Frontline's endpoint receives them. */
import { interactionBody } from './slack-request';

export interface SlackUser {
  id: string;
  name: string;
  team_id: string;
}

/** A user of the test workspace T1, named after their id. */
export function slackUser(id: string): SlackUser {
  return { id, name: id.toLowerCase(), team_id: 'T1' };
}

const TEAM = { id: 'T1', domain: 'acme' };

/** `view.state.values`: block id → action id → the input's state. */
export type ViewStateValues = Record<string, Record<string, Record<string, unknown>>>;

function inputs(
  fields: Record<string, string | undefined>,
  input: (value: string) => Record<string, unknown>,
): ViewStateValues {
  const values: ViewStateValues = {};
  for (const [field, value] of Object.entries(fields)) {
    // Frontline's forms use the field name as both the block id and the action id.
    if (value !== undefined) values[field] = { [field]: input(value) };
  }
  return values;
}

/** `{ note: 'text' }` → the state of plain text inputs. Undefined fields are left out. */
export function textInputs(fields: Record<string, string | undefined>): ViewStateValues {
  return inputs(fields, (value) => ({ type: 'plain_text_input', value }));
}

/** `{ severity: 'abusive' }` → the state of static selects with that option chosen. */
export function staticSelects(fields: Record<string, string | undefined>): ViewStateValues {
  return inputs(fields, (value) => ({ type: 'static_select', selected_option: { value } }));
}

/** `{ followUp: '2099-01-05' }` → the state of date pickers with that date chosen. */
export function datePickers(fields: Record<string, string | undefined>): ViewStateValues {
  return inputs(fields, (date) => ({ type: 'datepicker', selected_date: date }));
}

export interface ViewSubmission {
  /** The submitting user's id. */
  user: string;
  callbackId: string;
  viewId: string;
  state: ViewStateValues;
  /** Parsed `private_metadata`; `{}` unless told. */
  metadata?: Record<string, string>;
  title?: string;
}

/** A modal submitted by `user`. */
export function viewSubmission(submission: ViewSubmission): string {
  return interactionBody({
    type: 'view_submission',
    team: TEAM,
    user: slackUser(submission.user),
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: 't',
    view: {
      id: submission.viewId,
      team_id: 'T1',
      type: 'modal',
      callback_id: submission.callbackId,
      private_metadata: JSON.stringify(submission.metadata ?? {}),
      hash: 'h',
      title: { type: 'plain_text', text: submission.title ?? 'Frontline' },
      state: { values: submission.state },
    },
  });
}

export interface BlockAction {
  /** The clicking user's id. */
  user: string;
  actionId: string;
  value: string;
  /** Where the button was; the user's DM with the bot unless told. */
  channel?: string;
  /** The button's label. */
  text?: string;
  responseUrl?: string;
}

/** A click on a button in a message. */
export function blockAction(action: BlockAction): string {
  const channel = action.channel ?? `D${action.user}`;
  return interactionBody({
    type: 'block_actions',
    team: TEAM,
    user: slackUser(action.user),
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: `trigger-${action.user}-${action.actionId}`,
    channel: { id: channel, name: channel.startsWith('D') ? 'directmessage' : 'general' },
    container: { type: 'message', message_ts: '1.2', channel_id: channel },
    ...(action.responseUrl ? { response_url: action.responseUrl } : {}),
    actions: [
      {
        type: 'button',
        action_id: action.actionId,
        block_id: 'b',
        value: action.value,
        action_ts: '1',
        ...(action.text ? { text: { type: 'plain_text', text: action.text } } : {}),
      },
    ],
  });
}

export interface MessageShortcut {
  /** The user's id who chose the shortcut. */
  user: string;
  callbackId: string;
  triggerId: string;
  /** The message's text, as Slack sends it (HTML-escaped). */
  text: string;
  /** Who wrote the message; the user unless told. */
  author?: string;
  channel?: string;
  /** The message's ts; 1.1 unless told. */
  ts?: string;
}

/** A message shortcut ("…" menu on a message). */
export function messageShortcut(shortcut: MessageShortcut): string {
  return interactionBody({
    type: 'message_action',
    callback_id: shortcut.callbackId,
    team: TEAM,
    user: slackUser(shortcut.user),
    channel: { id: shortcut.channel ?? 'C1', name: 'general' },
    trigger_id: shortcut.triggerId,
    action_ts: '1',
    message_ts: shortcut.ts ?? '1.1',
    response_url: 'http://127.0.0.1:9/r',
    token: 'legacy',
    message: {
      type: 'message',
      user: shortcut.author ?? shortcut.user,
      ts: shortcut.ts ?? '1.1',
      text: shortcut.text,
    },
  });
}

/** The fields of the "Report a client" form: severity and keep are selects, the rest text. */
export interface ReportForm {
  client?: string;
  what?: string;
  words?: string;
  severity?: string;
  keep?: string;
}

/** `user` submits the "Report a client" form (/escalate) with what is in `form`. */
export function reportSubmission(
  user: string,
  viewId: string,
  form: ReportForm,
  metadata?: Record<string, string>,
): string {
  const { severity, keep, ...text } = form;
  return viewSubmission({
    user,
    viewId,
    metadata,
    callbackId: 'escalate',
    title: 'Report a client',
    state: { ...textInputs(text), ...staticSelects({ severity, keep }) },
  });
}

/** `user` submits the modal of an escalation step (talk, resolve, support …) on a report. */
export function escalationStep(
  user: string,
  callbackId: string,
  escalationId: number,
  state: ViewStateValues,
): string {
  return viewSubmission({
    user,
    callbackId,
    viewId: `V-${callbackId}-${user}-${escalationId}`,
    metadata: { escalation: String(escalationId) },
    title: 'Step',
    state,
  });
}
