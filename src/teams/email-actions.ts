import type { AdaptiveCardInvokeResponse, Attachment, TurnContext } from 'botbuilder';
import type { FormModel } from '../core/form';
import { plainText } from '../core/message';
import { EMAIL_ACTIONS } from '../core/react-to-forwarded-email';
import {
  notACompliment,
  recordKudosFromEmail,
  type EmailClickOutcome,
} from '../core/record-kudos-from-email';
import { EMAIL_METADATA, reportForwardedEmail } from '../core/report-forwarded-email';
import { t, type Locale } from '../i18n';
import { kindOf } from './conversation-references';
import { sendToPersonalChat } from './escalate-command';
import { cardAnswer, REPORT_VERB } from './escalation-cards';
import { formCard, type FormCardOptions } from './form-card';
import { messageCard } from './message-card';
import { answerPrivately, cardMessage, modelMessage } from './private-reply';
import type { TeamsActor } from './teams-context';
import type { TeamsDeps } from './teams-deps';

/** Every Action.Execute verb on what Frontline says about a forwarded email. */
export const emailVerbs: ReadonlySet<string> = new Set(Object.values(EMAIL_ACTIONS));

const DECISIONS = {
  [EMAIL_ACTIONS.recordKudos]: recordKudosFromEmail,
  [EMAIL_ACTIONS.notCompliment]: notACompliment,
} as Record<string, (...args: Parameters<typeof recordKudosFromEmail>) => EmailClickOutcome>;

/** A short answer shown where the card was clicked; the card itself stays as it is. */
const shortAnswer = (message: string): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: message as unknown as Record<string, unknown>,
});

/** The email id a card's data carries back, when it is one. */
export function emailIdOf(data: Record<string, unknown>, key = 'value'): number | undefined {
  const id = Number(data[key]);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * The report form opened from a forwarded email: its submission carries the email's id, so
 * the report is linked to it. Shown again with what to fix, it keeps carrying it.
 */
export function emailReportFormCard(
  locale: Locale,
  form: FormModel,
  metadata: Record<string, string>,
  shown: Pick<FormCardOptions, 'errors' | 'values'> = {},
): Attachment {
  return formCard(form, {
    verb: REPORT_VERB,
    data: metadata,
    ...shown,
    requiredMessage: t(locale, 'teams.form.required'),
  });
}

/** The email metadata a submitted report form carries, if it was opened from an email. */
export function emailMetadataOf(data: Record<string, unknown>): Record<string, string> | undefined {
  const id = emailIdOf(data, EMAIL_METADATA);
  return id ? { [EMAIL_METADATA]: String(id) } : undefined;
}

/**
 * "Record kudos" / "Not a compliment": the offer becomes what was decided, for everyone in
 * the conversation (the invoke's answer alone would change it only for the one who clicked),
 * and the one who clicked is answered privately.
 */
async function decisionClicked(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  verb: string,
  emailId: number,
): Promise<AdaptiveCardInvokeResponse> {
  const { workspace, actor } = who;
  const outcome = DECISIONS[verb]!(deps.core, { workspace, actor, emailId });
  deps.outbox.kick();
  // Refused, or gone: the card stays for those who may still decide.
  if (!outcome.replace) return shortAnswer(plainText(outcome.reply));
  const card = messageCard(outcome.replace);
  const offerId = context.activity.replyToId;
  if (offerId) {
    await context
      .updateActivity({ id: offerId, type: 'message', attachments: [card] })
      .catch((err: unknown) => deps.core.log.warn({ err }, 'could not update the email offer'));
  }
  await answerPrivately(deps, context, workspace.id, actor, modelMessage(outcome.reply));
  return cardAnswer(card);
}

/**
 * "Report to my manager": the report form, prefilled with the client and their words. In the
 * personal chat it takes the offer's place; from anywhere else it is sent there, never shown
 * where others could see it.
 */
async function reportClicked(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  emailId: number,
): Promise<AdaptiveCardInvokeResponse> {
  const { workspace, actor, locale } = who;
  const outcome = reportForwardedEmail(deps.core, { workspace, actor, emailId });
  if ('reply' in outcome) return shortAnswer(plainText(outcome.reply));
  const card = emailReportFormCard(locale, outcome.form, outcome.metadata);
  if (kindOf(context.activity.conversation?.conversationType) === 'personal') {
    return cardAnswer(card);
  }
  const sent = await sendToPersonalChat(
    deps,
    context,
    workspace.id,
    actor,
    cardMessage(card, outcome.form.title),
  );
  return shortAnswer(
    t(locale, sent ? 'teams.escalate.sentPrivately' : 'teams.escalate.personalOnly'),
  );
}

/** Action.Execute on a forwarded email's offer; `data.value` is the email's row id. */
export async function handleEmailInvoke(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  verb: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const emailId = emailIdOf(data);
  if (!emailId) return shortAnswer(t(who.locale, 'email.gone'));
  if (verb === EMAIL_ACTIONS.report) return reportClicked(deps, context, who, emailId);
  if (Object.hasOwn(DECISIONS, verb)) return decisionClicked(deps, context, who, verb, emailId);
  throw new Error(`not an email verb: ${verb}`);
}
