import type { HomeView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Workspace } from '../db/schema';
import { DeliveryError, type Address, type Sender } from '../jobs/outbox';
import { messageBlocks } from './message-blocks';

/** Errors after which sending the same message again cannot succeed. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'user_not_found',
  'account_inactive',
  'invalid_blocks',
  'msg_too_long',
  'cannot_dm_bot',
  'restricted_action',
]);

/** The metadata event every delivery carries, so a crash can be reconciled by its outbox key. */
const DELIVERY_EVENT = 'frontline_delivery';

/** Slack's clock and ours may disagree: look this much further back than the claim. */
const CLOCK_SKEW_S = 60;
/** Pages of history read before giving up on telling (100 messages each). */
const MAX_PAGES = 10;

interface SlackError {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  message?: string;
}

/** The person's Home tab as it is now; undefined for someone Frontline does not know. */
export type HomeViewOf = (workspace: Workspace, userId: string) => HomeView | undefined;

function deliveryError(err: SlackError): DeliveryError {
  if (err.code === 'slack_webapi_rate_limited_error') {
    return new DeliveryError('rate limited', { retryAfterMs: (err.retryAfter ?? 1) * 1000 });
  }
  // 5xx and network errors have no `data.error`: never permanent, so they back off.
  const reason = err.data?.error ?? err.message ?? 'unknown error';
  return new DeliveryError(reason, { permanent: PERMANENT.has(reason) });
}

export function slackSender(client: WebClient, homeViewOf?: HomeViewOf): Sender {
  /** A user's DM channel (D…): history is read there, not under the user id. */
  const conversationOf = async (to: Address): Promise<string> => {
    if (to.kind === 'channel') return to.channel;
    const opened = await client.conversations.open({ users: to.userId });
    if (!opened.channel?.id) throw new Error(`no DM channel for ${to.userId}`);
    return opened.channel.id;
  };

  const publishHome = async (userId: string, workspace: Workspace) => {
    const view = homeViewOf?.(workspace, userId);
    if (!view) return;
    try {
      await client.views.publish({ user_id: userId, view });
    } catch (raw) {
      throw deliveryError(raw as SlackError);
    }
  };

  return {
    async send(_workspace, to, message, key) {
      if (to.kind === 'home') return publishHome(to.userId, _workspace);
      const channel = to.kind === 'channel' ? to.channel : to.userId;
      try {
        await client.chat.postMessage({
          channel,
          ...(to.kind === 'channel' && to.thread ? { thread_ts: to.thread } : {}),
          ...messageBlocks(message),
          metadata: { event_type: DELIVERY_EVENT, event_payload: { key } },
        });
      } catch (raw) {
        throw deliveryError(raw as SlackError);
      }
    },

    async wasDelivered(_workspace, to, key, since) {
      const channel = await conversationOf(to);
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = {
          channel,
          oldest: String(since.getTime() / 1000 - CLOCK_SKEW_S),
          include_all_metadata: true,
          limit: 100,
          cursor,
        };
        // A thread reply is not in the channel's history, only in the thread's.
        const history =
          to.kind === 'channel' && to.thread
            ? await client.conversations.replies({ ...query, ts: to.thread })
            : await client.conversations.history(query);
        const found = history.messages?.some(
          (m) =>
            m.bot_id !== undefined &&
            m.metadata?.event_type === DELIVERY_EVENT &&
            (m.metadata.event_payload as { key?: unknown } | undefined)?.key === key,
        );
        if (found) return true;
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!cursor) return false;
      }
      throw new Error(
        `more than ${MAX_PAGES * 100} messages in ${channel} since ${since.toISOString()}`,
      );
    },
  };
}
