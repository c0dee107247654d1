import type { Attachment } from 'botbuilder';
import { plainText, type MessageModel } from '../../core/shared';
import {
  adaptiveCard,
  buttonAction,
  partElements,
  type CardElement,
  type MentionEntity,
} from '../kit/render-message';

/** The verb Teams sends on its own when someone looks at their home card: show it fresh. */
export const HOME_REFRESH_VERB = 'home-refresh';

/**
 * The home as one Adaptive Card. Unlike a message card, each row of buttons stays where it
 * is (an ActionSet under its section), every button says it came from the home, and the
 * card asks Teams to refresh it for its owner whenever they look at it.
 */
export function homeCard(home: MessageModel, ownerId: string, page?: string): Attachment {
  const body: CardElement[] = [];
  const mentions: MentionEntity[] = [];
  let separate = false;
  for (const part of home.parts) {
    if (part.type === 'divider') {
      separate = body.length > 0;
      continue;
    }
    const elements: CardElement[] =
      part.type === 'buttons'
        ? [
            {
              type: 'ActionSet',
              actions: part.buttons.map((b) => {
                const action = buttonAction(b);
                return { ...action, data: { ...(action.data as object), home: '1' } };
              }),
            },
          ]
        : partElements(part, mentions);
    if (separate && elements[0])
      elements[0] = { ...elements[0], separator: true, spacing: 'Large' };
    separate = false;
    body.push(...elements);
  }
  const card = adaptiveCard(body, [], mentions, plainText(home));
  const content = card.content as Record<string, unknown>;
  content.refresh = {
    action: { type: 'Action.Execute', verb: HOME_REFRESH_VERB, data: page ? { page } : {} },
    userIds: [ownerId],
  };
  return card;
}
