import { randomUUID } from 'node:crypto';
import { MessageFactory, type Attachment, type TurnContext } from 'botbuilder';
import { enqueueDelivery } from '../../core/delivery';
import { plainText, type MessageModel } from '../../core/shared';
import { isPersonalChat, personalReference } from './conversation-references';
import { messageCard } from './render-message';
import { continueConversation } from './proactive-turn';
import type { TeamsActor } from './context';
import type { TeamsDeps } from './deps';
import { TEAMS_SYNTAX } from './text';

/** A card as a message, with the plain text Teams shows in notifications and previews. */
export function cardMessage(card: Attachment, summary: string) {
  const activity = MessageFactory.attachment(card);
  activity.summary = summary.slice(0, 250);
  return activity;
}

export const modelMessage = (message: MessageModel) =>
  cardMessage(messageCard(message), plainText(message, TEAMS_SYNTAX));

/** A form (or any card) to show now, with the message that can bring it back if it must wait. */
export interface CardReply {
  card: Attachment;
  summary: string;
  /** What the outbox delivers instead when the card cannot be sent now. */
  later?: MessageModel;
}

export type PrivateAnswer = MessageModel | CardReply;

/** An answer that can wait in the outbox: a message, or a card with the message that brings it. */
export type QueueableAnswer = MessageModel | (CardReply & { later: MessageModel });

/**
 * Where a private answer may go when the personal chat cannot take it now: the thread the
 * person wrote in (for answers anyone there could see), or nowhere public at all — then the
 * outbox delivers it to the personal chat, starting one if needed, and retries.
 */
export type PrivateFallback = 'thread' | 'none';

/** Where the answer went: the personal chat now, the outbox (for later), or the thread. */
export type PrivateDelivery = 'sent' | 'queued' | 'thread';

const isCard = (answer: PrivateAnswer): answer is CardReply => 'card' in answer;

/**
 * Answers only the person acting. Teams has no ephemeral messages: outside their personal
 * chat with Frontline the answer goes there, and `fallback` says what happens when it cannot.
 */
export async function answerPrivately(
  deps: TeamsDeps,
  context: TurnContext,
  who: Pick<TeamsActor, 'workspace' | 'actor'>,
  answer: QueueableAnswer,
  options: { fallback: 'none' },
): Promise<PrivateDelivery>;
export async function answerPrivately(
  deps: TeamsDeps,
  context: TurnContext,
  who: Pick<TeamsActor, 'workspace' | 'actor'>,
  answer: PrivateAnswer,
  options: { fallback: 'thread' },
): Promise<PrivateDelivery>;
export async function answerPrivately(
  deps: TeamsDeps,
  context: TurnContext,
  who: Pick<TeamsActor, 'workspace' | 'actor'>,
  answer: PrivateAnswer,
  options: { fallback: PrivateFallback },
): Promise<PrivateDelivery> {
  const { workspace, actor } = who;
  const activity = isCard(answer) ? cardMessage(answer.card, answer.summary) : modelMessage(answer);
  const here = isPersonalChat(context.activity.conversation);
  const reference = here ? undefined : await personalReference(deps.core, workspace.id, actor.id);
  try {
    if (here) {
      await context.sendActivity(activity);
      return 'sent';
    }
    if (reference) {
      await continueConversation(deps.adapter, deps.appId, reference, async (personal) => {
        await personal.sendActivity(activity);
      });
      return 'sent';
    }
  } catch (err) {
    // In the personal chat itself there is no thread to fall back to.
    if (here && options.fallback === 'thread') throw err;
    deps.core.log.warn({ err, person: actor.id }, 'personal chat unreachable for a private answer');
  }
  if (options.fallback === 'thread') {
    await context.sendActivity(activity);
    return 'thread';
  }
  const later = isCard(answer) ? answer.later! : answer;
  const { conversation, id } = context.activity;
  await enqueueDelivery(
    deps.core.db,
    {
      workspaceId: workspace.id,
      key: `${workspace.id}:private-answer:${conversation?.id ?? ''}:${id ?? randomUUID()}`,
      to: { kind: 'person', personId: actor.id },
      message: later,
    },
    deps.core.now(),
  );
  deps.outbox.kick();
  return 'queued';
}
