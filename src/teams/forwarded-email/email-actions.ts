import type { AdaptiveCardInvokeResponse, Attachment, TurnContext } from 'botbuilder';
import { type FormModel, plainText } from '../../core/shared';
import {
  EMAIL_ACTIONS,
  emailDecisions,
  EMAIL_METADATA,
  reportForwardedEmail,
} from '../../core/forwarded-email';
import { t, type Locale } from '../../i18n';
import { channelOf, isPersonalChat } from '../kit/conversation-references';
import { openFormMessage, REPORT_VERB } from '../escalation/escalation-cards';
import { formCard, type FormCardOptions } from '../kit/render-form';
import { cardAnswer, firstInvoke, invokeMessage } from '../kit/invoke-answer';
import { messageCard } from '../kit/render-message';
import { answerPrivately } from '../kit/private-reply';
import type { TeamsActor } from '../kit/context';
import type { TeamsDeps } from '../kit/deps';
import { TEAMS_SYNTAX } from '../kit/text';

/** Every Action.Execute verb on what Frontline says about a forwarded email. */
export const emailVerbs: ReadonlySet<string> = new Set(Object.values(EMAIL_ACTIONS));

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
  const outcome = await emailDecisions()[verb]!(deps.core, { workspace, actor, emailId });
  deps.outbox.kick();
  // Refused, or gone: the card stays for those who may still decide.
  if (!outcome.replace) return invokeMessage(plainText(outcome.reply, TEAMS_SYNTAX));
  const card = messageCard(outcome.replace);
  const offerId = context.activity.replyToId;
  if (offerId) {
    await context
      .updateActivity({ id: offerId, type: 'message', attachments: [card] })
      .catch((err: unknown) => deps.core.log.warn({ err }, 'could not update the email offer'));
  }
  await answerPrivately(deps, context, who, outcome.reply, { fallback: 'thread' });
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
  // Keyed as the email's own conversation was stored: a forged id from elsewhere shows nothing.
  const channel = channelOf(context.activity.conversation?.id ?? '');
  const outcome = await reportForwardedEmail(deps.core, { workspace, actor, emailId, channel });
  if ('reply' in outcome) return invokeMessage(plainText(outcome.reply, TEAMS_SYNTAX));
  const card = emailReportFormCard(locale, outcome.form, outcome.metadata);
  if (isPersonalChat(context.activity.conversation)) return cardAnswer(card);
  // Teams sends a retried invoke with the same id: the form is sent once.
  const sent = t(locale, 'teams.escalate.sentPrivately');
  if (!(await firstInvoke(deps, workspace.id, context))) return invokeMessage(sent);
  const later = openFormMessage(outcome.form.title, t(locale, 'teams.form.open'), {
    action: EMAIL_ACTIONS.report,
    value: String(emailId),
  });
  await answerPrivately(
    deps,
    context,
    who,
    { card, summary: outcome.form.title, later },
    { fallback: 'none' },
  );
  return invokeMessage(sent);
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
  if (!emailId) return invokeMessage(t(who.locale, 'email.gone'));
  if (verb === EMAIL_ACTIONS.report) return reportClicked(deps, context, who, emailId);
  if (Object.hasOwn(emailDecisions(), verb))
    return decisionClicked(deps, context, who, verb, emailId);
  throw new Error(`not an email verb: ${verb}`);
}
