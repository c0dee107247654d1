import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { escalationStatus } from '../../core/escalation-status';
import { text } from '../../core/message';
import { localeOf } from '../../core/people';
import { escalateForm, readEscalateText } from '../../core/report-abuse';
import { t } from '../../i18n';
import { formModal } from '../form-blocks';
import { ephemeral } from './kudos';
import { slackActor, type SlackDeps } from '../slack-context';
import { simplifySlackMarkup, unescapeSlack } from '../slack-text';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/escalate`: the private report form (prefilled from the text), `help` or `status`. */
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
    const word = input.toLowerCase();
    if (word === 'help') return ack(ephemeral({ parts: [text(t(locale, 'escalate.help'))] }));
    if (word === 'status') return ack(ephemeral(escalationStatus(deps.core, workspace, actor)));
    await ack();
    await client.views.open({
      trigger_id: command.trigger_id,
      view: formModal(escalateForm(locale, readEscalateText(input))),
    });
  };
}
