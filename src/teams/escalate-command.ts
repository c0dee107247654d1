import type { TurnContext } from 'botbuilder';
import { setCheckInDays } from '../core/check-in';
import { clientAccountCommand, parseClientCommand } from '../core/client-account';
import { escalationStatus } from '../core/escalation-status';
import { text, type MessageModel } from '../core/message';
import { escalateForm, readEscalateText } from '../core/report-abuse';
import type { Person } from '../db/schema';
import { t, type Locale } from '../i18n';
import { channelOf, kindOf, personalReference } from './conversation-references';
import { REPORT_VERB } from './escalation-cards';
import { formCard } from './form-card';
import { cardMessage, modelMessage } from './private-reply';
import type { TeamsActor } from './teams-context';
import type { TeamsDeps } from './teams-deps';

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

type Answer = ReturnType<typeof cardMessage>;

/**
 * Sends `answer` to the person's 1:1 chat with Frontline and nowhere else; false when that
 * chat is unknown or unreachable. Unlike other answers, nothing about a report may fall
 * back to the channel it was asked from.
 */
export async function sendToPersonalChat(
  deps: TeamsDeps,
  context: TurnContext,
  workspaceId: number,
  actor: Person,
  answer: Answer,
): Promise<boolean> {
  if (kindOf(context.activity.conversation?.conversationType) === 'personal') {
    await context.sendActivity(answer);
    return true;
  }
  const reference = personalReference(deps.core, workspaceId, actor.id);
  if (!reference) return false;
  try {
    await deps.adapter.continueConversationAsync(deps.appId, reference, async (personal) => {
      await personal.sendActivity(answer);
    });
    return true;
  } catch (err) {
    deps.core.log.warn({ err, person: actor.id }, 'personal chat unreachable for a private answer');
    return false;
  }
}

/**
 * `escalate …` in a message: the report form, `help`, `status`, `checkin N` or `client …`,
 * as `/escalate` on Slack. Every answer goes to the personal chat; a channel only hears
 * that it did (or, with no personal chat known, where to ask instead).
 */
export async function escalateCommand(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  rest: string,
): Promise<void> {
  const { workspace, actor, locale } = who;
  const input = rest.trim();
  const word = input.toLowerCase();
  const say = (message: MessageModel) => ({ answer: modelMessage(message), form: false });
  const conversation = context.activity.conversation;
  const inChannel = kindOf(conversation?.conversationType) !== 'personal';

  const { answer, form } = ((): { answer: Answer; form: boolean } => {
    if (word === 'help') {
      return say({
        parts: [
          text(t(locale, 'teams.help.intro')),
          text(t(locale, 'escalate.help')),
          text(t(locale, 'clients.help')),
        ],
      });
    }
    if (word === 'status') return say(escalationStatus(deps.core, workspace, actor));
    const checkIn = /^checkin\s+(\S+)$/i.exec(input);
    if (checkIn) return say(setCheckInDays(deps.core, workspace, actor, checkIn[1]!));
    const account = parseClientCommand(input);
    if (account) {
      // A channel links the account's channel; a personal chat is nobody's account channel.
      const channel = inChannel ? channelOf(conversation.id) : undefined;
      return say(clientAccountCommand(deps.core, { workspace, actor, command: account, channel }));
    }
    const card = reportFormCard(locale, { prefill: readEscalateText(input) });
    return { answer: cardMessage(card, t(locale, 'escalate.form.title')), form: true };
  })();

  const sent = await sendToPersonalChat(deps, context, workspace.id, actor, answer);
  if (!inChannel) return;
  const note = sent
    ? form
      ? 'teams.escalate.sentPrivately'
      : 'teams.escalate.answeredPrivately'
    : 'teams.escalate.personalOnly';
  await context.sendActivity(t(locale, note));
}
