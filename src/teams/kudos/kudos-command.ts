import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { giveKudosFromForm, kudosForm, kudosHelp, runKudosCommand } from '../../core/kudos';
import type { MessageModel } from '../../core/shared';
import { t, type Locale } from '../../i18n';
import { formCard, readFormCard } from '../kit/render-form';
import { channelOf, isPersonalChat } from '../kit/conversation-references';
import { cardAnswer, messageAnswer } from '../kit/invoke-answer';
import { answerPrivately } from '../kit/private-reply';
import type { TeamsActor } from '../kit/context';
import type { TeamsDeps } from '../kit/deps';
import { mentionsAsNames, teamsMentionReader, type TeamsText } from '../kit/text';

/** The kudos form card's submit verb. */
export const KUDOS_FORM_VERB = 'kudos-form';

/** The channel a command came from, for announcements; none from a personal chat. */
export function commandChannel(context: TurnContext): string | undefined {
  const conversation = context.activity.conversation;
  return isPersonalChat(conversation) ? undefined : channelOf(conversation.id);
}

/** `help` (or `kudos help`) in Teams. */
export function teamsHelp(locale: Locale): MessageModel {
  return kudosHelp(locale, 'teams');
}

export function kudosFormCard(
  locale: Locale,
  options: {
    channel?: string;
    errors?: Record<string, string>;
    values?: Record<string, string | string[] | undefined>;
  } = {},
) {
  return formCard(kudosForm(locale), {
    verb: KUDOS_FORM_VERB,
    data: options.channel ? { channel: options.channel } : {},
    errors: options.errors,
    values: options.values,
    requiredMessage: t(locale, 'teams.form.required'),
  });
}

/** `kudos …` in a message: every subcommand, as `/kudos` does on Slack. */
export async function kudosCommand(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  message: TeamsText,
  rest: string,
): Promise<void> {
  const { workspace, actor, locale } = who;
  const channel = commandChannel(context);
  const outcome = await runKudosCommand(deps.core, {
    workspace,
    actor,
    text: rest,
    readMention: teamsMentionReader(message.names),
    person: (id) => who.person(id, message.names.get(id)),
    showUnknown: (id) => `@${message.names.get(id) ?? id}`,
    readableWords: mentionsAsNames(message.names),
    source: 'command',
    requestKey: `teams:message:${context.activity.conversation.id}:${context.activity.id}`,
    channel,
  });
  // Kudos answers are no secret: with no personal chat they go to the thread asked in.
  if ('reply' in outcome) {
    await answerPrivately(deps, context, who, outcome.reply, { fallback: 'thread' });
    if (outcome.queued) deps.outbox.kick();
    return;
  }
  const card = kudosFormCard(locale, { channel: outcome.metadata.channel });
  await answerPrivately(
    deps,
    context,
    who,
    { card, summary: outcome.form.title },
    { fallback: 'thread' },
  );
}

/** The kudos card was submitted: record it, or show the form again with what to fix. */
export async function kudosFormSubmitted(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const { workspace, actor, locale } = who;
  const values = readFormCard(kudosForm(locale), data);
  const channel = typeof data.channel === 'string' ? data.channel : undefined;
  const { result } = await giveKudosFromForm(deps.core, {
    workspace,
    giver: actor,
    values,
    // The people picker answers with directory object ids: the roster maps them to Teams ids.
    person: (id) => who.person(id),
    // Teams sends a retried invoke with the same id.
    requestKey: `teams:invoke:${context.activity.id}`,
    channel,
  });
  if (!result.ok) {
    const errors = { [result.error.field]: result.error.message };
    return cardAnswer(kudosFormCard(locale, { channel, errors, values }));
  }
  if (!result.duplicate) deps.outbox.kick();
  return messageAnswer({
    parts: [{ type: 'heading', text: t(locale, 'form.kudos.title') }, ...result.reply.parts],
  });
}
