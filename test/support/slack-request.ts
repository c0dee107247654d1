import { createHmac } from 'node:crypto';

/** Signs a body exactly as Slack does: v0:timestamp:body, HMAC-SHA256 with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlashCommand {
  text: string;
  /** The command's name; /kudos unless told. */
  command?: '/kudos' | '/escalate';
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  team_id?: string;
  trigger_id?: string;
  /** On Enterprise Grid: the organisation, and whether Frontline is installed org-wide. */
  enterprise_id?: string;
  is_enterprise_install?: boolean;
}

let triggers = 0;

export function slashCommandBody(command: SlashCommand): string {
  return new URLSearchParams({
    token: 'legacy-token',
    team_id: command.team_id ?? 'T1',
    team_domain: 'acme',
    channel_id: command.channel_id ?? 'C1',
    channel_name: 'general',
    user_id: command.user_id ?? 'UGIVER',
    user_name: command.user_name ?? 'giver',
    command: command.command ?? '/kudos',
    text: command.text,
    api_app_id: 'A1',
    response_url: 'http://127.0.0.1:9/commands/T1/1/x',
    trigger_id: command.trigger_id ?? `${Date.now()}.${++triggers}.abc`,
    ...(command.enterprise_id
      ? {
          enterprise_id: command.enterprise_id,
          is_enterprise_install: String(command.is_enterprise_install ?? false),
        }
      : {}),
  }).toString();
}

export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** POSTs a signed request to Frontline's Slack endpoint. */
export async function postToSlackEndpoint(
  baseUrl: string,
  secret: string,
  body: string,
  options: { timestamp?: number; signature?: string; retryNum?: number; json?: boolean } = {},
): Promise<{ status: number; text: string; json: () => unknown }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': options.json ? 'application/json' : 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? slackSignature(secret, timestamp, body),
      ...(options.retryNum ? { 'x-slack-retry-num': String(options.retryNum) } : {}),
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) };
}

/** An Events API callback as Slack sends it (JSON), for the event given. */
export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
}
