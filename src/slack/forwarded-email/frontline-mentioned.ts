import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { handleEmailMessage, type EmailDeps, type SlackMessage } from './forwarded-email';

/**
 * `@Frontline` in a forwarded email's thread (or on a pasted forward): look at that email and
 * answer the asker privately, even when it is neither praise nor abuse.
 */
export function frontlineMentioned(deps: EmailDeps) {
  return async ({
    event,
    body,
    client,
  }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    if (!event.user) return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    let message: SlackMessage | undefined = event as unknown as SlackMessage;
    if (event.thread_ts && event.thread_ts !== event.ts) {
      const thread = await client.conversations.replies({
        channel: event.channel,
        ts: event.thread_ts,
        limit: 1,
      });
      message = thread.messages?.[0] as SlackMessage | undefined;
    }
    if (!message?.user) return;
    await handleEmailMessage(deps, client, {
      teamId,
      channel: event.channel,
      direct: false,
      message,
      reader: event.user,
      asked: true,
    });
  };
}
