import { randomUUID } from 'node:crypto';
import { giveKudosFromForm, runKudosCommand } from '../../core/kudos';
import type { FormModel } from '../../core/shared';
import { fillIn } from '../kit/ask-form';
import { SHELL_CHANNEL, type Shell, type ShellCommand } from '../kit/shell';
import { handleOf } from '../kit/syntax';

/** `/kudos …`, as on every platform; `/kudos` alone asks the form's questions. */
export const kudosCommand: ShellCommand = async (shell, rest) => {
  const outcome = await runKudosCommand(shell.ctx, {
    workspace: shell.workspace(),
    actor: shell.me(),
    text: rest,
    readMention: handleOf,
    person: (handle) => shell.person(handle),
    showUnknown: (handle) => `@${handle}`,
    source: 'shell',
    requestKey: `shell:${randomUUID()}`,
    channel: SHELL_CHANNEL,
  });
  if ('form' in outcome) await giveKudosByForm(shell, outcome.form);
  else shell.reply(outcome.reply);
  await shell.delivered();
};

async function giveKudosByForm(shell: Shell, form: FormModel): Promise<void> {
  const requestKey = `shell:form:${randomUUID()}`;
  await fillIn(shell, form, async (values) => {
    const { result } = await giveKudosFromForm(shell.ctx, {
      workspace: shell.workspace(),
      giver: shell.me(),
      values,
      person: (handle) => shell.person(handle),
      requestKey,
      channel: SHELL_CHANNEL,
    });
    if (!result.ok) return { done: false, problem: result.reply };
    shell.reply(result.reply);
    return { done: true };
  });
}
