import { plainText, type Button, type MessageModel, type Part } from '../../core/shared';
import type { Person } from '../../db/schema';
import { t, type Locale } from '../../i18n';
import { indent, SHELL_SYNTAX } from './syntax';

/** A message on the screen: where it was posted, by whom, and the buttons it carried. */
export interface ShownMessage {
  n: number;
  /** The channel it is in; none for a DM or a private answer, which take no reactions. */
  channel?: string;
  /** Its id as the core stores it (a chat message's ts). */
  ts: string;
  /** Who wrote it; none for Frontline. */
  author?: Person;
  text?: string;
  buttons: Button[];
}

/** Where a message of Frontline's appears, as its header says. */
export type Place =
  | { kind: 'channel'; channel: string; thread?: string }
  | { kind: 'dm'; to: string }
  | { kind: 'private' };

/**
 * The word `/do N word` takes for a button: its action id without the feature's prefix, a
 * value it carries joined by a dash (`home-language:ro` → `language-ro`).
 */
export const buttonWord = (button: Button) =>
  button.action.replace(/^(escalation|email|reaction|home)-/, '').replace(/:/g, '-');

/**
 * The terminal as a chat: every message that can be reacted to or has buttons gets a number,
 * so `/react :clap: N` and `/do N word` can name it.
 */
export class Screen {
  private readonly shown = new Map<number, ShownMessage>();
  private readonly byTs = new Map<string, number>();
  private last = 0;
  /** A message id no earlier shell on this database gave: the numbers start at 1 again. */
  private readonly run = Date.now();

  constructor(
    private readonly write: (line: string) => void,
    private readonly locale: () => Locale,
  ) {}

  say(line: string): void {
    this.write(line);
  }

  /** A message someone typed into a channel: numbered, so it can be reacted to. */
  posted(channel: string, author: Person, text: string): ShownMessage {
    const message = this.remember({ channel, author, text, buttons: [] });
    this.write(t(this.locale(), 'shell.posted', { n: message.n, channel, name: author.name }));
    return message;
  }

  /** Frontline's message, with a header saying where it appears and the commands its buttons are. */
  show(place: Place, message: MessageModel): ShownMessage | undefined {
    const buttons = message.parts.flatMap((p) => (p.type === 'buttons' ? p.buttons : []));
    const numbered = place.kind === 'channel' || buttons.length > 0;
    const shown = numbered
      ? this.remember({ channel: place.kind === 'channel' ? place.channel : undefined, buttons })
      : undefined;
    const header = this.header(place);
    this.write(`${shown ? `(${shown.n}) ` : ''}${header}\n${indent(this.render(message, shown))}`);
    return shown;
  }

  message(n: number): ShownMessage | undefined {
    return this.shown.get(n);
  }

  withTs(ts: string): ShownMessage | undefined {
    const n = this.byTs.get(ts);
    return n === undefined ? undefined : this.shown.get(n);
  }

  private header(place: Place): string {
    const locale = this.locale();
    if (place.kind === 'private') return t(locale, 'shell.onlyYou');
    if (place.kind === 'dm') return `${t(locale, 'shell.dm', { name: place.to })}:`;
    const replyTo = place.thread ? this.byTs.get(place.thread) : undefined;
    return replyTo
      ? `${t(locale, 'shell.thread', { channel: place.channel, n: replyTo })}:`
      : `${t(locale, 'shell.channel', { channel: place.channel })}:`;
  }

  private render(message: MessageModel, shown: ShownMessage | undefined): string {
    const text = (parts: Part[]) => plainText({ parts }, SHELL_SYNTAX);
    return message.parts
      .map((part) =>
        part.type === 'buttons' && shown
          ? part.buttons.map((b) => `[${b.label}] /do ${shown.n} ${buttonWord(b)}`).join('\n')
          : text([part]),
      )
      .join('\n');
  }

  private remember(message: Omit<ShownMessage, 'n' | 'ts'>): ShownMessage {
    const n = ++this.last;
    const shown = { ...message, n, ts: `${this.run}.${String(n).padStart(6, '0')}` };
    this.shown.set(n, shown);
    this.byTs.set(shown.ts, n);
    return shown;
  }
}
