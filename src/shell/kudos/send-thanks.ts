import { randomUUID } from 'node:crypto';
import { sendThanks, thanksForm } from '../../core/kudos';
import { fillIn } from '../kit/ask-form';
import type { ShellButton } from '../kit/shell';

/** "Send thanks" in a digest: the note asked for, then sent to the person praised. */
export const sendThanksClicked: ShellButton = async (shell, button) => {
  const kudosId = Number(button.value);
  const found = await thanksForm(shell.ctx, shell.workspace(), shell.me(), kudosId);
  if (!found.ok) {
    shell.reply(found.reply);
    return;
  }
  const requestKey = `shell:thanks:${randomUUID()}`;
  await fillIn(shell, found.form, async (values) => {
    const note = typeof values.note === 'string' ? values.note : '';
    const workspace = shell.workspace();
    const result = await sendThanks(shell.ctx, {
      workspace,
      actor: shell.me(),
      kudosId,
      note,
      requestKey,
    });
    if (!result.ok) return { done: false, problem: result.reply };
    shell.reply(result.reply);
    return { done: true };
  });
  await shell.delivered();
};
