import { randomUUID } from 'node:crypto';
import { reactionAdded, reactionRemoved } from '../../core/kudos';
import { t } from '../../i18n';
import type { Shell, ShellCommand } from '../kit/shell';
import type { ShownMessage } from '../kit/screen';

/** `:clap: 4` → the emoji's name and the message, or why not. */
function readReaction(
  shell: Shell,
  rest: string,
): { emoji: string; message: ShownMessage } | undefined {
  const m = /^:?([\w+-]+):?\s+(\d+)$/.exec(rest.trim());
  const message = m ? shell.screen.message(Number(m[2])) : undefined;
  if (!m || !message?.channel) {
    shell.screen.say(t(shell.locale(), 'shell.react.usage'));
    return undefined;
  }
  return { emoji: m[1]!, message };
}

/** `/react :clap: N`: a reaction on message N, as in a channel, with what follows from it. */
export const react: ShellCommand = async (shell, rest) => {
  const read = readReaction(shell, rest);
  if (!read) return;
  const { emoji, message } = read;
  const outcome = await reactionAdded(shell.ctx, {
    workspace: shell.workspace(),
    reactor: shell.me(),
    emoji,
    channel: message.channel!,
    messageTs: message.ts,
    eventTs: randomUUID(),
    author: message.author,
    messageText: message.text,
  });
  if (outcome.privately) shell.reply(outcome.privately);
  await shell.delivered();
};

/** `/unreact :clap: N`: the reaction taken back, and the kudos with it while not yet announced. */
export const unreact: ShellCommand = async (shell, rest) => {
  const read = readReaction(shell, rest);
  if (!read) return;
  const taken = await reactionRemoved(shell.ctx, {
    workspace: shell.workspace(),
    reactor: shell.me(),
    emoji: read.emoji,
    channel: read.message.channel!,
    messageTs: read.message.ts,
  });
  if (taken) shell.screen.say(t(shell.locale(), 'shell.react.takenBack'));
};
