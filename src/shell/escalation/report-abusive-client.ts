import { randomUUID } from 'node:crypto';
import { escalateAnswer, escalateForm, readEscalateText, reportAbuse } from '../../core/escalation';
import { linkReportToEmail } from '../../core/forwarded-email';
import type { FormModel } from '../../core/shared';
import { fillIn } from '../kit/ask-form';
import { SHELL_CHANNEL, type Shell } from '../kit/shell';

/**
 * A report as the shell takes it: the form's questions one by one, answered only to the
 * person typing; what they or the email already said is not asked. Filed from a forwarded
 * email, the email points at the report.
 */
export async function fileReport(shell: Shell, form: FormModel, emailId?: number): Promise<void> {
  // One key for the form, however many tries it takes: it is filed once.
  const requestKey = `shell:report:${randomUUID()}`;
  await fillIn(
    shell,
    form,
    async (values) => {
      const workspace = shell.workspace();
      const result = await reportAbuse(shell.ctx, {
        workspace,
        reporter: shell.me(),
        values,
        requestKey,
      });
      if (!result.ok) return { done: false, problem: result.reply };
      if (emailId) await linkReportToEmail(shell.ctx, workspace, emailId, result.escalation);
      shell.reply(result.reply);
      return { done: true };
    },
    { skipFilled: true },
  );
  await shell.delivered();
}

/** `/escalate help|status|checkin N|client …`, or `/escalate [Client: what happened]` to report. */
export async function escalateCommand(shell: Shell, rest: string): Promise<void> {
  const answer = await escalateAnswer(shell.ctx, {
    workspace: shell.workspace(),
    actor: shell.me(),
    text: rest,
    channel: SHELL_CHANNEL,
  });
  if (answer) {
    shell.reply(answer);
    return;
  }
  await fileReport(shell, escalateForm(shell.locale(), readEscalateText(rest)));
}
