import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { emojiName } from '../../core/settings';
import { reactionAdded, reactionNeedsMessage, reactionRemoved } from '../../core/kudos';
import { findOrCreateWorkspace, personByPlatformId } from '../../core/people';
import { messageBlocks } from '../kit/render-message';
import { slackActor, type SlackDeps } from '../kit/context';
import { readableSlackText } from '../kit/text';
import { fetchMessage } from '../kit/fetch-message';

type Added = SlackEventMiddlewareArgs<'reaction_added'> & AllMiddlewareArgs;
type Removed = SlackEventMiddlewareArgs<'reaction_removed'> & AllMiddlewareArgs;

/** A kudos emoji on a message gives kudos; the report emoji offers a private report. */
export function reactionWasAdded(deps: SlackDeps) {
  return async ({ event, body, client }: Added): Promise<void> => {
    if (event.item.type !== 'message') return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    // Most reactions mean nothing to Frontline: they cost no profile lookup.
    const emoji = emojiName(event.reaction);
    const settings = await findOrCreateWorkspace(deps.core, 'slack', teamId);
    if (emoji !== settings.reportEmoji && !settings.kudosEmojis.includes(emoji)) return;
    const { workspace, actor, person } = await slackActor(
      deps,
      client,
      { id: teamId },
      { id: event.user },
    );
    const { channel, ts } = event.item;
    // The event names the author; the words are read only when Frontline has none of its own.
    const needed = await reactionNeedsMessage(deps.core, {
      workspace,
      emoji,
      channel,
      messageTs: ts,
    });
    const message = needed ? await fetchMessage(client, channel, ts) : undefined;
    const authorId = event.item_user ?? message?.user;
    const outcome = await reactionAdded(deps.core, {
      workspace,
      reactor: actor,
      emoji,
      channel,
      messageTs: ts,
      eventTs: event.event_ts,
      author: authorId ? await person(authorId) : undefined,
      messageText: message?.text ? readableSlackText(message.text) : undefined,
    });
    // The kudos' deliveries are held for the undo window: the outbox's poll finds them when due.
    if (outcome.privately) {
      await client.chat.postEphemeral({
        channel,
        user: event.user,
        ...messageBlocks(outcome.privately),
      });
    }
  };
}

/** Removing a kudos reaction soon enough takes the kudos back. */
export function reactionWasRemoved(deps: SlackDeps) {
  return async ({ event, body }: Removed): Promise<void> => {
    if (event.item.type !== 'message') return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    const workspace = await findOrCreateWorkspace(deps.core, 'slack', teamId);
    // Someone Frontline has never seen has given no kudos to take back.
    const reactor = await personByPlatformId(deps.core, workspace.id, event.user);
    if (!reactor) return;
    await reactionRemoved(deps.core, {
      workspace,
      reactor,
      emoji: emojiName(event.reaction),
      channel: event.item.channel,
      messageTs: event.item.ts,
    });
  };
}
