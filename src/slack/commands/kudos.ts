import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { giveKudos } from '../../core/give-kudos';
import { parseKudosCommand } from '../../core/kudos-command';
import { kudosForm } from '../../core/kudos-form';
import { kudosHelp } from '../../core/kudos-help';
import { changeSetting } from '../../core/kudos-settings';
import type { MessageModel } from '../../core/message';
import { localeOf } from '../../core/people';
import { setManager } from '../../core/set-manager';
import { t } from '../../i18n';
import { formModal } from '../form-blocks';
import { messageBlocks } from '../message-blocks';
import { slackActor, type SlackDeps } from '../slack-context';
import { readSlackMention, simplifySlackMarkup, unescapeSlack } from '../slack-text';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export const ephemeral = (message: MessageModel) => ({
  response_type: 'ephemeral' as const,
  ...messageBlocks(message),
});

/** `/kudos …`: give kudos, open the form, show help, change a setting, or (admins) set a manager. */
export function kudosCommand(deps: SlackDeps) {
  return async ({ command, ack, client, logger }: Args): Promise<void> => {
    const { workspace, actor, person } = await slackActor(
      deps,
      client,
      { id: command.team_id, domain: command.team_domain },
      { id: command.user_id, name: command.user_name },
    );
    const locale = localeOf(actor, workspace);
    const parsed = parseKudosCommand(
      unescapeSlack(simplifySlackMarkup(command.text ?? '')),
      readSlackMention,
    );

    switch (parsed.kind) {
      case 'help':
        return ack(ephemeral(kudosHelp(locale)));
      case 'form': {
        await ack();
        const view = formModal(kudosForm(locale), { channel: command.channel_id });
        await client.views.open({ trigger_id: command.trigger_id, view }).catch((err: unknown) => {
          logger.error('views.open failed', err);
          return client.chat.postEphemeral({
            channel: command.channel_id,
            user: command.user_id,
            text: t(locale, 'error.generic'),
          });
        });
        return;
      }
      case 'manager': {
        const [employee, manager] = await Promise.all(
          parsed.people.slice(0, 2).map((id) => (id ? person(id) : undefined)),
        );
        const result = setManager(deps.core, { workspace, actor, employee, manager });
        return ack(ephemeral(result.reply));
      }
      case 'setting': {
        const reply = changeSetting(deps.core, {
          workspace,
          actor,
          ...parsed,
          channel: command.channel_id,
        });
        return ack(ephemeral(reply));
      }
      case 'give': {
        const found = await Promise.all(parsed.recipients.map(person));
        const missing = parsed.recipients.filter((_, i) => !found[i]).map((id) => `<@${id}>`);
        const result = giveKudos(deps.core, {
          workspace,
          giver: actor,
          recipients: found.filter((p) => p !== undefined),
          unknown: [...parsed.unknown, ...missing],
          words: parsed.words,
          values: parsed.values,
          clientName: parsed.client,
          clientMissing: parsed.clientMissing,
          source: 'command',
          // Unique per invocation: a retried delivery of the same command carries it again.
          requestKey: `slack:command:${command.trigger_id}`,
          channel: command.channel_id,
        });
        await ack(ephemeral(result.reply));
        if (result.ok && !result.duplicate) deps.outbox.kick();
        return;
      }
    }
  };
}
