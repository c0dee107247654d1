import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import {
  answerCheckIn,
  checkInAnswerOf,
  checkInMessage,
  escalationWithClient,
  reportToActOn,
  escalateForm,
  readEscalateText,
  reportAbuse,
  reportCard,
  STEP_CLICKS,
  STEP_FORMS,
  type StepOutcome,
} from '../../core/escalation';
import { servedBySomeoneElse, clientHistory } from '../../core/clients';
import { type FormValues, plainText, type MessageModel } from '../../core/shared';
import { personById } from '../../core/people';
import { EMAIL_METADATA, linkReportToEmail } from '../../core/forwarded-email';
import { t } from '../../i18n';
import { emailMetadataOf, emailReportFormCard } from '../forwarded-email/email-actions';
import { reportFormCard } from './escalate-command';
import {
  checkInAfterAnswer,
  doneMessage,
  ESCALATION_VERBS,
  OPEN_REPORT_FORM_VERB,
  REPORT_VERB,
  reportAfterStep,
  SHOW_REPORT_VERB,
  STEP_SUBMIT_VERBS,
  stepSubmitVerb,
  withCancel,
} from './escalation-cards';
import { formCard, readFormCard } from '../kit/render-form';
import { cardAnswer, messageAnswer } from '../kit/invoke-answer';
import type { TeamsActor } from '../kit/context';
import type { TeamsDeps } from '../kit/deps';
import { TEAMS_SYNTAX } from '../kit/text';

/** Every Action.Execute verb handleEscalationInvoke answers. */
export const escalationVerbs: ReadonlySet<string> = ESCALATION_VERBS;

/** An escalation of this workspace with its client, or undefined. */
/**
 * The manager's card as it stands now, for someone who just acted on it (the step has
 * re-checked them): resolved reports included, which reportToActOn no longer hands out.
 */
async function currentReportCard(
  deps: TeamsDeps,
  who: TeamsActor,
  escalationId: number,
): Promise<{ card: MessageModel; resolved: boolean } | undefined> {
  const row = await escalationWithClient(deps.core, escalationId, who.workspace.id);
  const reporter = row && (await personById(deps.core, row.escalation.reporterId));
  if (!row || !reporter) return undefined;
  const { escalation, client } = row;
  const card = reportCard(
    who.locale,
    escalation,
    reporter,
    client,
    await clientHistory(deps.core, who.workspace, client, who.actor, escalation),
    await servedBySomeoneElse(deps.core, client, reporter),
  );
  return { card, resolved: escalation.status === 'resolved' };
}

/** A step form on the card, with a Cancel that brings the report back. */
function stepFormCard(
  who: TeamsActor,
  outcome: Extract<StepOutcome, { form: unknown }>,
  escalationId: number,
  shown: { errors?: Record<string, string>; values?: FormValues } = {},
) {
  const card = formCard(outcome.form, {
    verb: stepSubmitVerb(outcome.form.id),
    data: { escalation: String(escalationId) },
    ...shown,
    requiredMessage: t(who.locale, 'teams.form.required'),
  });
  return withCancel(card, outcome.form.cancel, SHOW_REPORT_VERB, { value: String(escalationId) });
}

/** A step done: the report card with what was done, or just the answer when refused. */
async function afterStep(
  deps: TeamsDeps,
  who: TeamsActor,
  escalationId: number,
  outcome: { ok: boolean; reply: MessageModel },
): Promise<AdaptiveCardInvokeResponse> {
  // A refusal says only that: the card of someone refused must not show the report.
  if (!outcome.ok) return messageAnswer(outcome.reply);
  deps.outbox.kick();
  const current = await currentReportCard(deps, who, escalationId);
  if (!current) return messageAnswer(outcome.reply);
  return messageAnswer(reportAfterStep(current.card, outcome.reply, current.resolved));
}

async function stepClicked(
  deps: TeamsDeps,
  who: TeamsActor,
  verb: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const escalationId = Number(data.value);
  const input = { workspace: who.workspace, actor: who.actor, escalationId };
  const outcome = await STEP_CLICKS[verb]!(deps.core, input);
  if ('form' in outcome) return cardAnswer(stepFormCard(who, outcome, escalationId));
  return await afterStep(deps, who, escalationId, outcome);
}

async function stepSubmitted(
  deps: TeamsDeps,
  who: TeamsActor,
  formId: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const escalationId = Number(data.escalation);
  const input = { workspace: who.workspace, actor: who.actor, escalationId };
  const step = STEP_FORMS[formId]!;
  const shown = await step.form(deps.core, input);
  if (!('form' in shown)) return messageAnswer(shown.reply);
  const values = readFormCard(shown.form, data);
  const outcome = await step.submit(deps.core, { ...input, values });
  if ('form' in outcome) return cardAnswer(stepFormCard(who, outcome, escalationId));
  if (!outcome.ok) {
    // The actor may act (the form was theirs to see): what they entered needs fixing.
    const field = shown.form.fields[0]!.id;
    const errors = { [field]: plainText(outcome.reply, TEAMS_SYNTAX) };
    return cardAnswer(stepFormCard(who, shown, escalationId, { errors, values }));
  }
  return await afterStep(deps, who, escalationId, outcome);
}

/** Cancel on a step form: the report card again, for someone who may still act on it. */
async function showReport(
  deps: TeamsDeps,
  who: TeamsActor,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const escalationId = Number(data.value);
  const found = await reportToActOn(deps.core, who.workspace, who.actor, escalationId);
  if (!found.ok) return messageAnswer(found.reply);
  return messageAnswer((await currentReportCard(deps, who, escalationId))!.card);
}

/** The reporter's form: stored before the answer, the manager's card queued at once. */
async function reportSubmitted(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const { workspace, actor, locale } = who;
  const values = readFormCard(escalateForm(locale), data);
  const result = await reportAbuse(deps.core, {
    workspace,
    reporter: actor,
    values,
    // Teams sends a retried invoke with the same id.
    requestKey: `teams:invoke:${context.activity.id}`,
  });
  // A report opened from a forwarded email says so, to be linked to it.
  const email = emailMetadataOf(data);
  if (!result.ok) {
    const errors = { [result.field]: plainText(result.reply, TEAMS_SYNTAX) };
    if (email) {
      return cardAnswer(
        emailReportFormCard(locale, escalateForm(locale), email, { errors, values }),
      );
    }
    return cardAnswer(reportFormCard(locale, { errors, values }));
  }
  if (email) {
    await linkReportToEmail(deps.core, workspace, Number(email[EMAIL_METADATA]), result.escalation);
  }
  if (!result.duplicate) deps.outbox.kick();
  return messageAnswer(doneMessage(t(locale, 'escalate.form.title'), result.reply));
}

/** The reporter's answer to the check-in: the answer's reply, the question kept below it. */
async function checkInAnswered(
  deps: TeamsDeps,
  who: TeamsActor,
  verb: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const escalationId = Number(data.value);
  const outcome = await answerCheckIn(deps.core, {
    workspace: who.workspace,
    actor: who.actor,
    escalationId,
    answer: checkInAnswerOf(verb)!,
  });
  if (!outcome.ok) return messageAnswer(outcome.reply);
  deps.outbox.kick();
  const row = (await escalationWithClient(deps.core, escalationId, who.workspace.id))!;
  const question = checkInMessage(who.workspace, who.actor, row.escalation, row.client);
  return messageAnswer(checkInAfterAnswer(question, outcome.reply));
}

/**
 * Action.Execute on an escalation card: the report form, the manager's steps and their
 * forms, the check-in. Each answer is the card that replaces the one clicked; every step
 * re-checks who acts, and a refusal (logged by the core) shows only the refusal.
 */
export async function handleEscalationInvoke(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  verb: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  if (verb === REPORT_VERB) return await reportSubmitted(deps, context, who, data);
  if (verb === OPEN_REPORT_FORM_VERB) {
    const prefill = readEscalateText(typeof data.value === 'string' ? data.value : '');
    return cardAnswer(reportFormCard(who.locale, { prefill }));
  }
  if (verb === SHOW_REPORT_VERB) return await showReport(deps, who, data);
  if (Object.hasOwn(STEP_CLICKS, verb)) return await stepClicked(deps, who, verb, data);
  if (Object.hasOwn(STEP_SUBMIT_VERBS, verb)) {
    return await stepSubmitted(deps, who, STEP_SUBMIT_VERBS[verb]!, data);
  }
  if (checkInAnswerOf(verb)) return await checkInAnswered(deps, who, verb, data);
  throw new Error(`not an escalation verb: ${verb}`);
}
