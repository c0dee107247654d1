import { t, type Locale, type MessageKey } from '../../i18n';
import { inSyntax, type CommandSyntax } from './command-syntax';

/** A person as a message names them; adapters turn it into a real mention where they can. */
export interface Mention {
  platformUserId: string | null;
  name: string;
}

export type Inline = string | { mention: Mention } | { bold: string };

/** A button: the adapter routes a click on `action` back to the core with `value`. */
export interface Button {
  action: string;
  label: string;
  value: string;
  primary?: boolean;
}

export type Part =
  | { type: 'heading'; text: string }
  | { type: 'text'; content: Inline[] }
  | { type: 'quote'; text: string; attribution?: string }
  | { type: 'context'; content: Inline[] }
  | { type: 'buttons'; buttons: Button[] }
  | { type: 'divider' };

/** What Frontline says, before any platform renders it. */
export interface MessageModel {
  parts: Part[];
}

export type InlineParam = string | number | Inline[];

/** A catalog text as inline content: placeholders may be filled with mentions. */
export function tInline(
  locale: Locale,
  key: MessageKey,
  params: Record<string, InlineParam>,
): Inline[] {
  // Translate with markers in place of the inline params, then split on them.
  const markers: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    markers[name] = Array.isArray(value) ? `\u0000${name}\u0000` : String(value);
  }
  const out: Inline[] = [];
  for (const [i, piece] of t(locale, key, markers).split('\u0000').entries()) {
    if (i % 2 === 0) {
      if (piece) out.push(piece);
    } else {
      out.push(...(params[piece] as Inline[]));
    }
  }
  return out;
}

/** "Ana, Ben and Cy" with each name a mention. */
const listFormats = new Map<Locale, Intl.ListFormat>();

export function mentionList(locale: Locale, people: Mention[]): Inline[] {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listFormats.set(locale, format);
  }
  const parts = format.formatToParts(people.map((_, i) => String(i)));
  return parts.map((p) => (p.type === 'element' ? { mention: people[Number(p.value)]! } : p.value));
}

export function text(...content: Inline[]): Part {
  return { type: 'text', content };
}

/**
 * The message as plain text: notification fallbacks, logs and the shell. With a syntax, the
 * catalogs' Slack syntax is rewritten in it.
 */
export function plainText(message: MessageModel, syntax?: CommandSyntax): string {
  const inline = (content: Inline[]) =>
    (syntax ? inSyntax(content, syntax) : content)
      .map((c) => (typeof c === 'string' ? c : 'mention' in c ? `@${c.mention.name}` : c.bold))
      .join('');
  return message.parts
    .map((part) => {
      if (part.type === 'heading') return part.text.toUpperCase();
      if (part.type === 'divider') return '—';
      if (part.type === 'buttons') return part.buttons.map((b) => `[${b.label}]`).join(' ');
      if (part.type === 'quote') {
        const quoted = part.text
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n');
        return part.attribution ? `${quoted}\n— ${part.attribution}` : quoted;
      }
      return inline(part.content);
    })
    .join('\n');
}
