import type { HomeView } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Workspace } from '../../db/schema';
import { DeliveryError, type Sender } from '../../jobs/outbox';
import type { PlatformTarget } from '../../core/delivery';
import { messageBlocks } from './render-message';
import { MethodPace } from './method-pace';

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
/** Pages of history read before giving up on telling. */
const MAX_PAGES = 10;
/** Times one page is asked for when Slack answers 429. */
const RATE_LIMITED_TRIES = 3;

interface SlackError {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  message?: string;
}

/** The person's Home tab as it is now; undefined for someone Frontline does not know. */
export type HomeViewOf = (workspace: Workspace, userId: string) => Promise<HomeView | undefined>;

function deliveryError(err: SlackError): DeliveryError {
  if (err.code === 'slack_webapi_rate_limited_error') {
    return new DeliveryError('rate limited', { retryAfterMs: (err.retryAfter ?? 1) * 1000 });
  }
  // 5xx and network errors have no `data.error`: never permanent, so they back off.
  const reason = err.data?.error ?? err.message ?? 'unknown error';
  return new DeliveryError(reason, { permanent: PERMANENT.has(reason) });
}

const HISTORY = 'conversations.history';
const REPLIES = 'conversations.replies';

const historyMethod = (to: PlatformTarget) =>
  to.kind === 'channel' && to.thread ? REPLIES : HISTORY;

/**
 * Sends through the workspace's client (one token for one company; each install's own when
 * installed by OAuth). Reading back what was sent (after a crash) goes at
 * `historyPerMinute` calls a minute, Slack's limit for conversations.history and .replies.
 */
export function slackSender(
  clientOf: (workspace: Workspace) => WebClient | Promise<WebClient>,
  options: { historyPerMinute?: number; pace?: MethodPace; homeViewOf?: HomeViewOf } = {},
): Sender {
  const perMinute = options.historyPerMinute ?? 1;
  const pace = options.pace ?? new MethodPace(() => perMinute);
  // Apps held to a call a minute also get at most 15 messages a call.
  const pageSize = perMinute <= 1 ? 15 : 100;

  return {
    async send(workspace, to, message, key) {
      const client = await clientOf(workspace);
      if (to.kind === 'home') return publishHome(client, options.homeViewOf, to.userId, workspace);
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

    async deliveredKeys(workspace, to, since, signal) {
      const client = await clientOf(workspace);
      return readDeliveredKeys({ client, pace, pageSize }, to, since, signal);
    },

    lookupTimeMs(targets) {
      const threads = targets.filter((to) => historyMethod(to) === REPLIES).length;
      // The two methods are limited apart: the longer queue is how long it takes.
      return Math.max(
        pace.estimateMs(HISTORY, targets.length - threads),
        pace.estimateMs(REPLIES, threads),
      );
    },
  };
}

/** One paced call; a 429 holds the method for its Retry-After and the call is tried again. */
async function paced<T>(
  pace: MethodPace,
  method: string,
  signal: AbortSignal | undefined,
  call: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await pace.turn(method, signal);
    try {
      return await call();
    } catch (raw) {
      const err = raw as SlackError;
      if (err.code !== 'slack_webapi_rate_limited_error' || attempt >= RATE_LIMITED_TRIES) {
        throw raw;
      }
      pace.hold(method, (err.retryAfter ?? 60) * 1000);
    }
  }
}

/** A user's DM channel (D…): history is read there, not under the user id. */
async function conversationOf(client: WebClient, to: PlatformTarget): Promise<string> {
  if (to.kind === 'channel') return to.channel;
  const opened = await client.conversations.open({ users: to.userId });
  if (!opened.channel?.id) throw new Error(`no DM channel for ${to.userId}`);
  return opened.channel.id;
}

async function publishHome(
  client: WebClient,
  homeViewOf: HomeViewOf | undefined,
  userId: string,
  workspace: Workspace,
): Promise<void> {
  const view = await homeViewOf?.(workspace, userId);
  if (!view) return;
  try {
    await client.views.publish({ user_id: userId, view });
  } catch (raw) {
    throw deliveryError(raw as SlackError);
  }
}

/** The delivery keys of Frontline's own messages in the conversation since `since`, page by page. */
async function readDeliveredKeys(
  reader: { client: WebClient; pace: MethodPace; pageSize: number },
  to: PlatformTarget,
  since: Date,
  signal: AbortSignal | undefined,
): Promise<ReadonlySet<string>> {
  const { client, pace, pageSize } = reader;
  const channel = await conversationOf(client, to);
  const method = historyMethod(to);
  const keys = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = {
      channel,
      oldest: String(since.getTime() / 1000 - CLOCK_SKEW_S),
      include_all_metadata: true,
      limit: pageSize,
      cursor,
    };
    const history = await paced(pace, method, signal, () =>
      // A thread reply is not in the channel's history, only in the thread's.
      to.kind === 'channel' && to.thread
        ? client.conversations.replies({ ...query, ts: to.thread })
        : client.conversations.history(query),
    );
    for (const m of history.messages ?? []) {
      const key = (m.metadata?.event_payload as { key?: unknown } | undefined)?.key;
      const ours = m.bot_id !== undefined && m.metadata?.event_type === DELIVERY_EVENT;
      if (ours && typeof key === 'string') keys.add(key);
    }
    cursor = history.response_metadata?.next_cursor || undefined;
    if (!cursor) return keys;
  }
  throw new Error(
    `more than ${MAX_PAGES * pageSize} messages in ${channel} since ${since.toISOString()}`,
  );
}
