import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { escalateAnswer, escalateForm, readEscalateText } from '../../core/escalation';
import { localeOf } from '../../core/people';
import { formModal } from '../kit/render-form';
import { ephemeral } from '../kit/render-message';
import { slackActor, type SlackDeps } from '../kit/context';
import { simplifySlackMarkup, unescapeSlack } from '../kit/text';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/escalate`: the private report form (prefilled from the text), `help`, `status` or `client …`. */
export function escalateCommand(deps: SlackDeps) {
  return async ({ command, ack, client }: Args): Promise<void> => {
    const { workspace, actor } = await slackActor(
      deps,
      client,
      { id: command.team_id, domain: command.team_domain },
      { id: command.user_id, name: command.user_name },
    );
    const locale = localeOf(actor, workspace);
    const input = unescapeSlack(simplifySlackMarkup(command.text ?? '')).trim();
    // A direct message is no account's channel: `channel here` there says where to type it.
    const channel = command.channel_id.startsWith('D') ? undefined : command.channel_id;
    const answer = await escalateAnswer(deps.core, { workspace, actor, text: input, channel });
    if (answer) return ack(ephemeral(answer));
    // The form opens before the answer, so a Slack that cannot open it is told in the answer.
    await client.views.open({
      trigger_id: command.trigger_id,
      view: formModal(escalateForm(locale, readEscalateText(input))),
    });
    await ack();
  };
}
