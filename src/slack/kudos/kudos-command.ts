import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { runKudosCommand } from '../../core/kudos';
import { formModal } from '../kit/render-form';
import { ephemeral } from '../kit/render-message';
import { slackActor, type SlackDeps } from '../kit/context';
import { mentionsAsNames, readSlackMention, simplifySlackMarkup, unescapeSlack } from '../kit/text';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/kudos …`: the core decides; this answers in Slack's terms. */
export function kudosCommand(deps: SlackDeps) {
  return async ({ command, ack, client }: Args): Promise<void> => {
    deps.writes?.join();
    const { workspace, actor, person } = await slackActor(
      deps,
      client,
      { id: command.team_id, domain: command.team_domain },
      { id: command.user_id, name: command.user_name },
    );
    const outcome = await runKudosCommand(deps.core, {
      workspace,
      actor,
      text: unescapeSlack(simplifySlackMarkup(command.text ?? '')),
      readMention: readSlackMention,
      person,
      showUnknown: (id) => `@${id}`,
      readableWords: mentionsAsNames,
      source: 'command',
      requestKey: `slack:command:${command.trigger_id}`,
      channel: command.channel_id,
    });
    if ('reply' in outcome) {
      await deps.writes?.committed();
      await ack(ephemeral(outcome.reply));
      if (outcome.queued) deps.outbox.kick();
      return;
    }
    // The form opens before the answer, so a Slack that cannot open it is told in the answer.
    const view = formModal(outcome.form, outcome.metadata);
    await client.views.open({ trigger_id: command.trigger_id, view });
    await ack();
  };
}
