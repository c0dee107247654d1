import {
  DEFAULT_EMAIL_LIMITS,
  readPastedForward,
  reactToForwardedEmail,
} from '../../core/forwarded-email';
import { personWithEmail } from '../../core/people';
import type { Person } from '../../db/schema';
import { t } from '../../i18n';
import { SHELL_CHANNEL, type Shell } from '../kit/shell';
import { handleOf, shellDirectory } from '../kit/syntax';

/** A line with only this ends a message typed over several lines. */
export const MESSAGE_END = '.';

/** Typing `@frontline` in a message asks Frontline to look at it, as a mention does in Slack. */
const ASKED = /(^|\s)@frontline\b/i;

/**
 * How long the input may pause inside a paste. A terminal delivers a paste at once, so lines
 * that follow within this are the same message; piped input has no pauses and uses the end line.
 */
export interface MessageReading {
  quietMs?: number;
}

/** The rest of a message whose first line was typed: until a command, the end line, or a pause. */
async function restOfMessage(shell: Shell, reading: MessageReading): Promise<string[]> {
  const lines: string[] = [];
  for (;;) {
    const line =
      reading.quietMs === undefined
        ? await shell.lines.next()
        : await shell.lines.nextWithin(reading.quietMs);
    if (line === null || line.trim() === MESSAGE_END) return lines;
    if (line.startsWith('/')) {
      shell.lines.unread(line);
      return lines;
    }
    lines.push(line);
  }
}

/** The people @-named in the forwarder's own words, who may be whom the email concerns. */
async function mentioned(shell: Shell, words: string): Promise<Person[]> {
  const handles = words
    .split(/\s+/)
    // "@ana," names Ana: punctuation after a name ends it.
    .map((token) => handleOf(token.replace(/[.,;:!?)]+$/, '')))
    .filter((h): h is string => h !== null && h !== 'frontline');
  const found = await Promise.all([...new Set(handles)].map((h) => shell.person(h)));
  return found.filter((p) => p !== undefined);
}

/**
 * Something typed into #general that is not a command: posted, and when it holds a forwarded
 * client email, Frontline reacts as it would in a channel.
 */
export async function postMessage(
  shell: Shell,
  firstLine: string,
  reading: MessageReading,
): Promise<void> {
  const text = [firstLine, ...(await restOfMessage(shell, reading))].join('\n');
  const me = shell.me();
  const message = shell.screen.posted(SHELL_CHANNEL, me, text);
  const read = readPastedForward(text, DEFAULT_EMAIL_LIMITS);
  const asked = ASKED.test(text);
  if (!read.ok && read.problem === 'notForward' && !asked) return;
  const workspace = shell.workspace();
  const outcome = await reactToForwardedEmail(shell.ctx, {
    workspace,
    forwarder: me,
    channel: SHELL_CHANNEL,
    messageTs: message.ts,
    read,
    mentioned: await mentioned(shell, read.ok ? (read.email.note ?? '') : text),
    personByEmail: (address) => personWithEmail(shell.ctx, workspace.id, address, shellDirectory),
    asked,
  });
  if (outcome.reaction) {
    shell.screen.say(t(shell.locale(), 'shell.reacted', { emoji: outcome.reaction, n: message.n }));
  }
  if (outcome.privately) shell.reply(outcome.privately);
  await shell.delivered();
}
