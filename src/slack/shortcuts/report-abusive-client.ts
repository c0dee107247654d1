import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { localeOf } from '../../core/people';
import { emailOfMessage } from '../../core/record-kudos-from-email';
import { escalateForm, WORDS_MAX } from '../../core/report-abuse';
import { formModal } from '../form-blocks';
import { type SlackDeps, interactionActor } from '../slack-context';
import { mentionsAsNames, simplifySlackMarkup, unescapeSlack } from '../slack-text';

export const REPORT_SHORTCUT = 'report_abusive_client';

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/** "Report abusive client" on a message: the same private form, with the message as the words. */
export function reportAbusiveClientShortcut(deps: SlackDeps) {
  return async ({ ack, shortcut, client }: Args): Promise<void> => {
    await ack();
    const { workspace, actor } = await interactionActor(deps, client, shortcut);
    // A forwarded email is reported with its client and the client's own words.
    const email = emailOfMessage(deps.core, workspace, shortcut.channel.id, shortcut.message.ts);
    const words =
      email?.words ??
      mentionsAsNames(unescapeSlack(simplifySlackMarkup(shortcut.message.text ?? '')));
    const form = escalateForm(localeOf(actor, workspace), {
      client: email?.client,
      words: words.slice(0, WORDS_MAX),
    });
    await client.views.open({ trigger_id: shortcut.trigger_id, view: formModal(form) });
  };
}
