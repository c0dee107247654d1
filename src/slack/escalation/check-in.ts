import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerCheckIn, checkInAnswerOf } from '../../core/escalation';
import { type SlackDeps, answerClick, interactionActor } from '../kit/context';

type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The reporter's answer to the wellbeing check-in: better, the same, or worse. */
export function checkInClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ClickArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const outcome = await answerCheckIn(deps.core, {
      workspace,
      actor,
      escalationId: Number(action.value),
      answer: checkInAnswerOf(action.action_id)!,
    });
    // The answer is stored before the click is acknowledged.
    await ack();
    await answerClick(client, body, outcome.reply);
    if (outcome.ok) deps.outbox.kick();
  };
}
