import { CardFactory, type Attachment } from 'botbuilder';
import {
  inSyntax,
  plainText,
  type Button,
  type Inline,
  type MessageModel,
  type Part,
} from '../../core/shared';
import { TEAMS_SYNTAX } from './text';

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const CARD_VERSION = '1.5';

/** An Adaptive Card element; the schema is wide, so only what Frontline sets is typed. */
export type CardElement = Record<string, unknown> & { type: string };

/** A Teams mention: the `<at>` text in the card and the entity that makes it a real mention. */
export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

/**
 * Adaptive Cards read a small Markdown subset in TextBlocks: emphasis, links and lists.
 * Whatever a person wrote is escaped so `*wow*`, `[x](y)` or a line starting `- ` stays as
 * written; what the subset does not know (backticks, `#`, `>`) is left alone.
 */
export function escapeCardMarkdown(s: string): string {
  return s
    .replace(/[\\*_[\]]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** `<at>` texts must match their entity exactly and must not nest tags. */
const atText = (name: string) => `<at>${name.replace(/[<>]/g, '')}</at>`;

/** Inline content as card Markdown, collecting the mention entities it needs. */
export function inlineMarkdown(content: Inline[], mentions: MentionEntity[]): string {
  return content
    .map((c) => {
      if (typeof c === 'string') return escapeCardMarkdown(c);
      if ('bold' in c) return c.bold.trim() ? `**${escapeCardMarkdown(c.bold)}**` : c.bold;
      const { platformUserId, name } = c.mention;
      if (!platformUserId) return `**${escapeCardMarkdown(name)}**`;
      const tag = atText(name);
      if (!mentions.some((m) => m.text === tag && m.mentioned.id === platformUserId)) {
        mentions.push({ type: 'mention', text: tag, mentioned: { id: platformUserId, name } });
      }
      return tag;
    })
    .join('');
}

const textBlock = (text: string, extra: Record<string, unknown> = {}): CardElement => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

export function buttonAction(button: Button): CardElement {
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: button.action,
    data: { value: button.value },
    ...(button.primary ? { style: 'positive' } : {}),
  };
}

/** One part as card elements; buttons become card actions, not elements. */
export function partElements(part: Part, mentions: MentionEntity[]): CardElement[] {
  switch (part.type) {
    case 'heading':
      return [textBlock(escapeCardMarkdown(part.text), { weight: 'Bolder', size: 'Large' })];
    case 'text':
      return [textBlock(inlineMarkdown(inSyntax(part.content, TEAMS_SYNTAX), mentions))];
    case 'context':
      return [
        textBlock(inlineMarkdown(inSyntax(part.content, TEAMS_SYNTAX), mentions), {
          isSubtle: true,
          size: 'Small',
        }),
      ];
    case 'quote':
      return [
        {
          type: 'Container',
          style: 'emphasis',
          items: [
            textBlock(escapeCardMarkdown(part.text)),
            ...(part.attribution
              ? [
                  textBlock(`— ${escapeCardMarkdown(part.attribution)}`, {
                    isSubtle: true,
                    size: 'Small',
                  }),
                ]
              : []),
          ],
        },
      ];
    case 'buttons':
    case 'divider':
      return [];
  }
}

/** A card's body and actions from parts: what messageCard and the form's done card share. */
export function cardContent(message: MessageModel): {
  body: CardElement[];
  actions: CardElement[];
  mentions: MentionEntity[];
} {
  const body: CardElement[] = [];
  const actions: CardElement[] = [];
  const mentions: MentionEntity[] = [];
  let separate = false;
  for (const part of message.parts) {
    if (part.type === 'divider') {
      separate = body.length > 0;
      continue;
    }
    if (part.type === 'buttons') {
      actions.push(...part.buttons.map(buttonAction));
      continue;
    }
    const elements = partElements(part, mentions);
    // Cards have no divider element: the next element draws the line above itself.
    if (separate && elements[0])
      elements[0] = { ...elements[0], separator: true, spacing: 'Large' };
    separate = false;
    body.push(...elements);
  }
  return { body, actions, mentions };
}

/** An Adaptive Card with the given body: the one shape every Frontline card has. */
export function adaptiveCard(
  body: CardElement[],
  actions: CardElement[],
  mentions: MentionEntity[],
  fallbackText: string,
): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: CARD_VERSION,
    body,
    actions,
    fallbackText,
    msteams: { width: 'Full', ...(mentions.length > 0 ? { entities: mentions } : {}) },
  });
}

/** What Frontline says, as an Adaptive Card for Teams. */
export function messageCard(model: MessageModel): Attachment {
  const { body, actions, mentions } = cardContent(model);
  return adaptiveCard(body, actions, mentions, plainText(model, TEAMS_SYNTAX));
}
