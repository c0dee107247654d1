import type { WebClient } from '@slack/web-api';
import { DeliveryError, type Sender } from '../jobs/outbox';
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

interface SlackError {
  code?: string;
  retryAfter?: number;
  data?: { error?: string };
  message?: string;
}

export function slackSender(client: WebClient): Sender {
  return {
    async send(_workspace, to, message) {
      const channel = to.kind === 'channel' ? to.channel : to.userId;
      try {
        await client.chat.postMessage({ channel, ...messageBlocks(message) });
      } catch (raw) {
        const err = raw as SlackError;
        if (err.code === 'slack_webapi_rate_limited_error') {
          throw new DeliveryError('rate limited', { retryAfterMs: (err.retryAfter ?? 1) * 1000 });
        }
        const reason = err.data?.error ?? err.message ?? 'unknown error';
        throw new DeliveryError(reason, { permanent: PERMANENT.has(reason) });
      }
    },
  };
}
