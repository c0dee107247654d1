import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { plainText } from '../../core/shared';
import { sendThanks, thanksForm } from '../../core/kudos';
import { t } from '../../i18n';
import { formCard } from '../kit/render-form';
import { cardAnswer, firstInvoke, invokeMessage, messageAnswer } from '../kit/invoke-answer';
import { cardMessage, modelMessage } from '../kit/private-reply';
import type { TeamsActor } from '../kit/context';
import type { TeamsDeps } from '../kit/deps';
import { TEAMS_SYNTAX } from '../kit/text';

/** The thanks note's submit verb (the digest's button is named like the form). */
export const THANKS_FORM_VERB = 'send-thanks.submit';

/**
 * "Send thanks" in a digest: the note to edit arrives as a card of its own, so the
 * digest, with its other people to thank, stays in place.
 */
export async function sendThanksClicked(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const kudosId = Number(data.value);
  const result = await thanksForm(deps.core, who.workspace, who.actor, kudosId);
  if (!result.ok) {
    await context.sendActivity(modelMessage(result.reply));
    return invokeMessage(plainText(result.reply, TEAMS_SYNTAX));
  }
  // Teams sends a retried invoke with the same id: the note arrives once.
  if (!(await firstInvoke(deps, who.workspace.id, context)))
    return invokeMessage(result.form.title);
  const card = formCard(result.form, {
    verb: THANKS_FORM_VERB,
    data: { kudos: String(kudosId) },
    requiredMessage: t(who.locale, 'teams.form.required'),
  });
  await context.sendActivity(cardMessage(card, result.form.title));
  return invokeMessage(result.form.title);
}

/** The note was submitted: deliver it, or show the note again with what to fix. */
export async function thanksSubmitted(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const kudosId = Number(data.kudos);
  const note = typeof data.note === 'string' ? data.note : '';
  const result = await sendThanks(deps.core, {
    workspace: who.workspace,
    actor: who.actor,
    kudosId,
    note,
    requestKey: `teams:invoke:${context.activity.id}`,
  });
  if (!result.ok && result.field === 'note') {
    const form = await thanksForm(deps.core, who.workspace, who.actor, kudosId);
    if (form.ok) {
      const card = formCard(form.form, {
        verb: THANKS_FORM_VERB,
        data: { kudos: String(kudosId) },
        errors: { note: plainText(result.reply, TEAMS_SYNTAX) },
        values: { note },
        requiredMessage: t(who.locale, 'teams.form.required'),
      });
      return cardAnswer(card);
    }
  }
  if (result.ok) deps.outbox.kick();
  return messageAnswer({
    parts: [{ type: 'heading', text: t(who.locale, 'thanks.form.title') }, ...result.reply.parts],
  });
}
