import { EMAIL_ACTIONS, emailDecisions, reportForwardedEmail } from '../../core/forwarded-email';
import type { ShellButton } from '../kit/shell';
import { SHELL_CHANNEL } from '../kit/shell';
import { fileReport } from '../escalation/report-abusive-client';

/** "Record kudos" / "Not a compliment": what was decided is said to whoever typed it. */
const decide: ShellButton = async (shell, button) => {
  const decision = await emailDecisions()[button.action]!;
  const emailId = Number(button.value);
  const outcome = await decision(shell.ctx, {
    workspace: shell.workspace(),
    actor: shell.me(),
    emailId,
  });
  shell.reply(outcome.reply);
  await shell.delivered();
};

/** "Report to my manager": the report form, the client and their words already filled in. */
const report: ShellButton = async (shell, button) => {
  const emailId = Number(button.value);
  const outcome = await reportForwardedEmail(shell.ctx, {
    workspace: shell.workspace(),
    actor: shell.me(),
    emailId,
    channel: SHELL_CHANNEL,
  });
  if ('reply' in outcome) shell.reply(outcome.reply);
  else await fileReport(shell, outcome.form, emailId);
};

export const emailButtons: Record<string, ShellButton> = {
  [EMAIL_ACTIONS.recordKudos]: decide,
  [EMAIL_ACTIONS.notCompliment]: decide,
  [EMAIL_ACTIONS.report]: report,
};
