import type { Attachment } from 'botbuilder';
import {
  CHECK_IN_ACTIONS,
  RESOLVE_FORM_ID,
  ESCALATE_FORM_ID,
  ESCALATION_ACTIONS,
  SUPPORT_FORM_ID,
  TALK_FORM_ID,
} from '../../core/escalation';
import type { MessageModel, Part } from '../../core/shared';

/** The report form's submit verb. */
export const REPORT_VERB = ESCALATE_FORM_ID;

/**
 * A step form's submit verb. The core names a step's button and its form alike
 * ('escalation-talk'), so the submission gets a verb of its own.
 */
export const stepSubmitVerb = (formId: string) => `${formId}.submit`;

export const STEP_SUBMIT_VERBS = {
  [stepSubmitVerb(TALK_FORM_ID)]: TALK_FORM_ID,
  [stepSubmitVerb(SUPPORT_FORM_ID)]: SUPPORT_FORM_ID,
  [stepSubmitVerb(RESOLVE_FORM_ID)]: RESOLVE_FORM_ID,
} as Record<string, string>;

/** A step form's cancel: shows the report card again. */
export const SHOW_REPORT_VERB = 'escalation-show';

/** Opens the report form from a message that had to wait in the outbox; the value is the request. */
export const OPEN_REPORT_FORM_VERB = 'escalate-open';

/** Every Action.Execute verb an escalation card can send. */
export const ESCALATION_VERBS: ReadonlySet<string> = new Set([
  REPORT_VERB,
  SHOW_REPORT_VERB,
  OPEN_REPORT_FORM_VERB,
  ...Object.values(ESCALATION_ACTIONS),
  ...Object.keys(STEP_SUBMIT_VERBS),
  ...Object.values(CHECK_IN_ACTIONS),
]);

/**
 * A form that could not be shown at once, as a message the outbox can deliver: its title and
 * one button that opens it (a card's click brings the form in the message's place).
 */
export function openFormMessage(
  title: string,
  label: string,
  button: { action: string; value: string },
): MessageModel {
  return {
    parts: [
      { type: 'heading', text: title },
      { type: 'buttons', buttons: [{ ...button, label, primary: true }] },
    ],
  };
}

const notButtons = (part: Part) => part.type !== 'buttons';

/**
 * The manager's report card after a step: what was done just under the title, and no
 * buttons once the report is resolved (a later click would only be refused).
 */
export function reportAfterStep(
  report: MessageModel,
  done: MessageModel,
  resolved: boolean,
): MessageModel {
  const parts = resolved ? report.parts.filter(notButtons) : [...report.parts];
  const at = parts[0]?.type === 'heading' ? 1 : 0;
  parts.splice(at, 0, ...done.parts.filter(notButtons));
  return { parts };
}

/** A titled answer that closes a form: the title, then what happened. */
export function doneMessage(title: string, reply: MessageModel): MessageModel {
  return { parts: [{ type: 'heading', text: title }, ...reply.parts] };
}

/**
 * The check-in after an answer: the answer's reply first, the question and its buttons
 * kept, because things can change and every new answer is recorded.
 */
export function checkInAfterAnswer(question: MessageModel, reply: MessageModel): MessageModel {
  return { parts: [...reply.parts, { type: 'divider' }, ...question.parts] };
}

/**
 * Adds a Cancel to a step form: an Action.Execute that sends no inputs (so an empty
 * required field does not block it) and brings the report card back.
 */
export function withCancel(
  card: Attachment,
  label: string,
  verb: string,
  data: Record<string, unknown>,
): Attachment {
  const content = card.content as { actions?: unknown[] };
  return {
    ...card,
    content: {
      ...content,
      actions: [
        ...(content.actions ?? []),
        { type: 'Action.Execute', title: label, verb, data, associatedInputs: 'none' },
      ],
    },
  };
}
