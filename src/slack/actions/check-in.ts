import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerCheckIn, checkInAnswerOf } from '../../core/check-in';
import { messageBlocks } from '../message-blocks';
import { slackActor, type SlackDeps } from '../slack-context';

type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

const teamOf = (body: { team: { id: string } | null; user: { team_id?: string } }) =>
  body.team?.id ?? body.user.team_id ?? '';

/** The reporter's answer to the wellbeing check-in: better, the same, or worse. */
export function checkInClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ClickArgs): Promise<void> => {
    await ack();
    const { workspace, actor } = await slackActor(
      deps,
      client,
      { id: teamOf(body) },
      { id: body.user.id, name: body.user.name },
    );
    const outcome = answerCheckIn(deps.core, {
      workspace,
      actor,
      escalationId: Number(action.value),
      answer: checkInAnswerOf(action.action_id)!,
    });
    if (body.channel?.id) {
      await client.chat.postEphemeral({
        channel: body.channel.id,
        user: body.user.id,
        ...messageBlocks(outcome.reply),
      });
    }
    if (outcome.ok) deps.outbox.kick();
  };
}
