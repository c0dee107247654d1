import { TurnContext, type Activity, type Mention } from 'botbuilder';
import type { CommandSyntax } from '../../core/shared';

/**
 * A Teams message as the core reads a command: the bot's own mention gone, every other
 * `<at>Name</at>` turned into a one-word `<@id>` token (names have spaces), entities decoded.
 */
export interface TeamsText {
  text: string;
  /** Teams user id → display name, for each person mentioned. */
  names: Map<string, string>;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  amp: '&',
};

/** HTML character references as their characters: the named ones Teams writes, and any number. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A Teams message body (HTML, usually) as the plain text a form field takes. */
export function messageWords(body: { content?: string; contentType?: string } | undefined): string {
  const content = body?.content ?? '';
  if (body?.contentType === 'text') return content.trim();
  return decodeEntities(
    content
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(?:p|div|li|h\d)>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text inside `<at>…</at>`, as a fallback name. */
const nameIn = (tag: string) => tag.replace(/<\/?at>/g, '').trim();

export function readTeamsText(activity: Partial<Activity>): TeamsText {
  const names = new Map<string, string>();
  if (!activity.text) return { text: '', names };
  // The bot is named to be addressed in a channel: that mention is not part of the command.
  const withoutBot = activity.recipient?.id
    ? TurnContext.removeRecipientMention(activity as Activity)
    : activity.text;
  // A private-use character marks the placeholders below; nobody types it.
  let text = (withoutBot ?? '').replace(/\uE000/g, '');
  const mentions = (activity.entities ?? []).filter(
    (e): e is Mention & { type: 'mention' } => e.type === 'mention',
  ) as unknown as Mention[];
  // Placeholders first, so a name that reads like markup is never decoded into a token.
  const tokens: string[] = [];
  for (const mention of mentions) {
    const id = mention.mentioned?.id;
    if (!id || id === activity.recipient?.id || !mention.text) continue;
    const at = text.indexOf(mention.text);
    if (at < 0) continue;
    names.set(id, mention.mentioned.name || nameIn(mention.text));
    text = `${text.slice(0, at)}\uE000${tokens.length}\uE000${text.slice(at + mention.text.length)}`;
    tokens.push(id);
  }
  text = decodeEntities(
    text.replace(/<\/?(?:p|div|span|br)\b[^>]*>/gi, (tag) =>
      /^<br|^<\/p|^<\/div/i.test(tag) ? '\n' : '',
    ),
  );
  text = text.replace(/\uE000(\d+)\uE000/g, (_whole, i: string) => ` <@${tokens[Number(i)]!}> `);
  return { text: text.replace(/[ \t]+/g, ' ').trim(), names };
}

/** A `<@id>` token back to its id, only for people really mentioned (never typed by hand). */
export function teamsMentionReader(names: Map<string, string>) {
  return (token: string): string | null => {
    const id = /^<@([^>\s]+)>$/.exec(token)?.[1];
    return id && names.has(id) ? id : null;
  };
}

/** Mentions left in the words read as `@Name`. */
export function mentionsAsNames(names: Map<string, string>) {
  return (words: string): string =>
    words.replace(/<@([^>\s]+)>/g, (whole, id: string) => {
      const name = names.get(id);
      return name ? `@${name}` : whole;
    });
}

/** The command word and what follows it: `kudos …`, `/kudos …`, `escalate …`. */
export function commandOf(text: string): { command: string; rest: string } {
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(text.trim());
  return match ? { command: match[1]!.toLowerCase(), rest: match[2]! } : { command: '', rest: '' };
}

/** Teams has no slash commands and no inline code: a command is typed bare and shown bold. */
export const TEAMS_SYNTAX: CommandSyntax = {
  slash: '',
  typed: (words) => ({ bold: words }),
  strong: (words) => ({ bold: words }),
};
