import { MessageFactory, type Attachment, type TurnContext } from 'botbuilder';
import { plainText, type MessageModel } from '../core/message';
import type { Person } from '../db/schema';
import { personalReference } from './conversation-references';
import { messageCard } from './message-card';
import { continueConversation } from './proactive-turn';
import type { TeamsDeps } from './teams-deps';

/** A card as a message, with the plain text Teams shows in notifications and previews. */
export function cardMessage(card: Attachment, summary: string) {
  const activity = MessageFactory.attachment(card);
  activity.summary = summary.slice(0, 250);
  return activity;
}

export const modelMessage = (message: MessageModel) =>
  cardMessage(messageCard(message), plainText(message));

/**
 * Answers only the person acting. Teams has no ephemeral messages: from a channel or a
 * group chat the answer goes to their personal chat with Frontline when one is known,
 * else into the thread the command came from.
 */
export async function answerPrivately(
  deps: TeamsDeps,
  context: TurnContext,
  workspaceId: number,
  actor: Person,
  answer: ReturnType<typeof cardMessage>,
): Promise<void> {
  if (context.activity.conversation?.conversationType === 'personal') {
    await context.sendActivity(answer);
    return;
  }
  const reference = personalReference(deps.core, workspaceId, actor.id);
  if (reference) {
    try {
      await continueConversation(deps.adapter, deps.appId, reference, async (personal) => {
        await personal.sendActivity(answer);
      });
      return;
    } catch (err) {
      deps.core.log.warn(
        { err, person: actor.id },
        'personal chat unreachable: answering in the thread',
      );
    }
  }
  await context.sendActivity(answer);
}
