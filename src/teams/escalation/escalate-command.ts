import type { TurnContext } from 'botbuilder';
import { escalateAnswer, escalateForm, readEscalateText } from '../../core/escalation';
import type { MessageModel } from '../../core/shared';
import { t, type Locale } from '../../i18n';
import { channelOf, isPersonalChat } from '../kit/conversation-references';
import { OPEN_REPORT_FORM_VERB, openFormMessage, REPORT_VERB } from './escalation-cards';
import { formCard } from '../kit/render-form';
import { answerPrivately, type QueueableAnswer } from '../kit/private-reply';
import type { TeamsActor } from '../kit/context';
import type { TeamsDeps } from '../kit/deps';

/** As much of `escalate …` as a button carries back to prefill the form. */
const REQUEST_MAX = 2000;

/** The report form as a card: a fresh one, or one shown again with what to fix. */
export function reportFormCard(
  locale: Locale,
  options: {
    prefill?: Parameters<typeof escalateForm>[1];
    errors?: Record<string, string>;
    values?: Record<string, string | string[] | undefined>;
  } = {},
) {
  return formCard(escalateForm(locale, options.prefill), {
    verb: REPORT_VERB,
    errors: options.errors,
    values: options.values,
    requiredMessage: t(locale, 'teams.form.required'),
  });
}

/** The report form for `escalate …`, as the outbox delivers it when it cannot be shown at once. */
export function reportFormLater(locale: Locale, request: string): MessageModel {
  return openFormMessage(t(locale, 'escalate.form.title'), t(locale, 'teams.form.open'), {
    action: OPEN_REPORT_FORM_VERB,
    value: request.slice(0, REQUEST_MAX),
  });
}

/**
 * `escalate …` in a message: the report form, `help`, `status`, `checkin N` or `client …`,
 * as `/escalate` on Slack. Every answer goes to the personal chat (through the outbox when it
 * cannot be reached now); a channel only hears that it did.
 */
export async function escalateCommand(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  rest: string,
): Promise<void> {
  const { workspace, actor, locale } = who;
  const input = rest.trim();
  const inChannel = !isPersonalChat(context.activity.conversation);

  const answer = await (async (): Promise<QueueableAnswer> => {
    // A channel links the account's channel; a personal chat is nobody's account channel.
    const channel = inChannel ? channelOf(context.activity.conversation.id) : undefined;
    const said = await escalateAnswer(deps.core, { workspace, actor, text: input, channel });
    if (said) return said;
    return {
      card: reportFormCard(locale, { prefill: readEscalateText(input) }),
      summary: t(locale, 'escalate.form.title'),
      later: reportFormLater(locale, input),
    };
  })();

  // Nothing about a report may fall back to the channel it was asked from.
  await answerPrivately(deps, context, who, answer, { fallback: 'none' });
  if (!inChannel) return;
  const form = 'card' in answer;
  await context.sendActivity(
    t(locale, form ? 'teams.escalate.sentPrivately' : 'teams.escalate.answeredPrivately'),
  );
}
