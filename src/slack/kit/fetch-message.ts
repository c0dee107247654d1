import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from '../forwarded-email/forwarded-email';

/** One message by its ts: in the channel's history, or, for a reply, in its thread. */
export async function fetchMessage(
  client: WebClient,
  channel: string,
  ts: string,
): Promise<SlackMessage | undefined> {
  const exact = (messages: unknown[] | undefined) =>
    (messages as SlackMessage[] | undefined)?.find((m) => m.ts === ts);
  const history = await client.conversations
    .history({ channel, latest: ts, inclusive: true, limit: 1 })
    .catch(() => undefined);
  const found = exact(history?.messages);
  if (found) return found;
  const thread = await client.conversations.replies({ channel, ts }).catch(() => undefined);
  return exact(thread?.messages);
}
