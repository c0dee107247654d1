import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { kudosForm } from '../../core/kudos-form';
import { localeOf } from '../../core/people';
import { emailOfMessage } from '../../core/record-kudos-from-email';
import { formModal } from '../form-blocks';
import { type SlackDeps, interactionActor } from '../slack-context';
import { mentionsAsNames, simplifySlackMarkup, unescapeSlack } from '../slack-text';

export const GIVE_KUDOS_SHORTCUT = 'give_kudos_for_this';

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/**
 * "Give kudos for this" on a message: the kudos form, with the message's words and its author
 * (for a forwarded email: the client's words, the client and the people it concerns).
 */
export function giveKudosForThisShortcut(deps: SlackDeps) {
  return async ({ ack, shortcut, client }: Args): Promise<void> => {
    await ack();
    const { workspace, actor } = await interactionActor(deps, client, shortcut);
    const email = emailOfMessage(deps.core, workspace, shortcut.channel.id, shortcut.message.ts);
    const author = shortcut.message.user;
    const prefill = email ?? {
      recipients: author && author !== actor.platformUserId ? [author] : [],
      words: mentionsAsNames(unescapeSlack(simplifySlackMarkup(shortcut.message.text ?? ''))),
    };
    const form = kudosForm(localeOf(actor, workspace), prefill);
    const view = formModal(form, { channel: shortcut.channel.id });
    await client.views.open({ trigger_id: shortcut.trigger_id, view });
  };
}
