import {
  CHECK_IN_ACTIONS,
  ESCALATION_ACTIONS,
  REPORT_MESSAGE_ACTION,
  STEP_CLICKS,
  STEP_FORMS,
  answerCheckIn,
  checkInAnswerOf,
  escalateForm,
  reportSteps,
  WORDS_MAX,
} from '../../core/escalation';
import { t } from '../../i18n';
import { fillIn } from '../kit/ask-form';
import type { ShellButton, ShellCommand } from '../kit/shell';
import { fileReport } from './report-abusive-client';

/** `/steps N`: report N with the steps its manager may take, each a `/do` to type. */
export const showSteps: ShellCommand = async (shell, rest) => {
  const id = Number(rest.trim().replace(/^#/, ''));
  if (!Number.isSafeInteger(id) || id <= 0) {
    shell.screen.say(t(shell.locale(), 'shell.steps.usage'));
    return;
  }
  shell.reply(await reportSteps(shell.ctx, shell.workspace(), shell.me(), id));
};

/** A manager's step: done at once, or its form asked first; re-checked in the core either way. */
const takeStep: ShellButton = async (shell, button) => {
  const input = {
    workspace: shell.workspace(),
    actor: shell.me(),
    escalationId: Number(button.value),
  };
  const outcome = await STEP_CLICKS[button.action]!(shell.ctx, input);
  if ('form' in outcome) {
    const step = STEP_FORMS[outcome.form.id]!;
    await fillIn(shell, outcome.form, async (values) => {
      const submitted = await step.submit(shell.ctx, {
        ...input,
        workspace: shell.workspace(),
        values,
      });
      if ('form' in submitted) return { done: true };
      if (!submitted.ok) return { done: false, problem: submitted.reply };
      shell.reply(submitted.reply);
      return { done: true };
    });
  } else shell.reply(outcome.reply);
  await shell.delivered();
};

/** The reporter's answer to "how are things with ACME now?". */
const answerTheCheckIn: ShellButton = async (shell, button) => {
  const outcome = await answerCheckIn(shell.ctx, {
    workspace: shell.workspace(),
    actor: shell.me(),
    escalationId: Number(button.value),
    answer: checkInAnswerOf(button.action)!,
  });
  shell.reply(outcome.reply);
  await shell.delivered();
};

/** The report emoji on a message: the report form, the message's words as the client's. */
const reportMessage: ShellButton = async (shell, button) => {
  const ts = button.value.split('|')[1] ?? '';
  const words = (shell.screen.withTs(ts)?.text ?? '').slice(0, WORDS_MAX);
  await fileReport(shell, escalateForm(shell.locale(), { words }));
};

export const stepButtons: Record<string, ShellButton> = {
  ...Object.fromEntries(Object.values(ESCALATION_ACTIONS).map((id) => [id, takeStep])),
  ...Object.fromEntries(Object.values(CHECK_IN_ACTIONS).map((id) => [id, answerTheCheckIn])),
  [REPORT_MESSAGE_ACTION]: reportMessage,
};
