import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { emojiName } from '../../core/email-settings';
import { reactionAdded, reactionRemoved } from '../../core/kudos-by-reaction';
import { messageBlocks } from '../message-blocks';
import { slackActor, type SlackDeps } from '../slack-context';
import { readableSlackText } from '../slack-text';
import { fetchMessage } from './fetch-message';

type Added = SlackEventMiddlewareArgs<'reaction_added'> & AllMiddlewareArgs;
type Removed = SlackEventMiddlewareArgs<'reaction_removed'> & AllMiddlewareArgs;

/** A kudos emoji on a message gives kudos; the report emoji offers a private report. */
export function reactionWasAdded(deps: SlackDeps) {
  return async ({ event, body, client }: Added): Promise<void> => {
    if (event.item.type !== 'message') return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    const { workspace, actor, person } = await slackActor(
      deps,
      client,
      { id: teamId },
      { id: event.user },
    );
    const emoji = emojiName(event.reaction);
    if (emoji !== workspace.reportEmoji && !workspace.kudosEmojis.includes(emoji)) return;
    const { channel, ts } = event.item;
    const message = await fetchMessage(client, channel, ts);
    const authorId = event.item_user ?? message?.user;
    const outcome = reactionAdded(deps.core, {
      workspace,
      reactor: actor,
      emoji,
      channel,
      messageTs: ts,
      eventTs: event.event_ts,
      author: authorId ? await person(authorId) : undefined,
      messageText: message?.text ? readableSlackText(message.text) : undefined,
    });
    if (outcome.privately) {
      await client.chat.postEphemeral({
        channel,
        user: event.user,
        ...messageBlocks(outcome.privately),
      });
    }
    // Held back for the undo window: the outbox finds it when it is due.
    deps.outbox.kick();
  };
}

/** Removing a kudos reaction soon enough takes the kudos back. */
export function reactionWasRemoved(deps: SlackDeps) {
  return async ({ event, body, client }: Removed): Promise<void> => {
    if (event.item.type !== 'message') return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    const { workspace, actor } = await slackActor(deps, client, { id: teamId }, { id: event.user });
    reactionRemoved(deps.core, {
      workspace,
      reactor: actor,
      emoji: emojiName(event.reaction),
      channel: event.item.channel,
      messageTs: event.item.ts,
    });
  };
}
