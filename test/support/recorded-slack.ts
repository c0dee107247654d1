/** Payloads Slack really sent, kept under test/fixtures/recorded/slack (where each came from: its README). */
import fs from 'node:fs';
import path from 'node:path';
import { SIGNING_SECRET } from './frontline';
import { interactionBody, postToSlackEndpoint } from './slack-request';

const DIR = path.join(__dirname, '..', 'fixtures', 'recorded', 'slack');

/** A recorded payload by file name (without .json), a fresh copy each time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- recorded JSON, shaped by Slack
export function recorded<T = any>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as T;
}

/** An Events API callback as recorded, or changed by `change` first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- recorded JSON, shaped by Slack
export function recordedEvent(name: string, change: (event: any) => void = () => {}) {
  const envelope = recorded(name);
  change(envelope.event);
  return envelope;
}

/** POSTs an Events API callback to /slack/events as Slack does: JSON, signed, maybe a retry. */
export function replayEvent(
  baseUrl: string,
  envelope: unknown,
  options: { retryNum?: number } = {},
) {
  return postToSlackEndpoint(baseUrl, SIGNING_SECRET, JSON.stringify(envelope), {
    json: true,
    retryNum: options.retryNum,
  });
}

/** POSTs an interaction (a click, a form, a shortcut) as Slack does: `payload=` form-encoded. */
export function replayInteraction(baseUrl: string, payload: unknown) {
  return postToSlackEndpoint(baseUrl, SIGNING_SECRET, interactionBody(payload));
}

/** POSTs a slash command as Slack does: its fields form-encoded. */
export function replayCommand(baseUrl: string, fields: Record<string, string>) {
  return postToSlackEndpoint(baseUrl, SIGNING_SECRET, new URLSearchParams(fields).toString());
}
