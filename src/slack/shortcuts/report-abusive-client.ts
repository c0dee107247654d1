import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { localeOf } from '../../core/people';
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
    const words = mentionsAsNames(unescapeSlack(simplifySlackMarkup(shortcut.message.text ?? '')));
    const form = escalateForm(localeOf(actor, workspace), { words: words.slice(0, WORDS_MAX) });
    await client.views.open({ trigger_id: shortcut.trigger_id, view: formModal(form) });
  };
}
