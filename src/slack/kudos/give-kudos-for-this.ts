import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { kudosForm } from '../../core/kudos';
import { localeOf } from '../../core/people';
import { emailOfMessage } from '../../core/forwarded-email';
import { formModal } from '../kit/render-form';
import { type SlackDeps, interactionActor } from '../kit/context';
import { readableSlackText } from '../kit/text';

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
    const email = await emailOfMessage(
      deps.core,
      workspace,
      shortcut.channel.id,
      shortcut.message.ts,
    );
    const author = shortcut.message.user;
    // An abusive email's people may deserve kudos; its words never become them.
    const prefill = email
      ? { ...email, words: email.abusive ? '' : email.words }
      : {
          recipients: author && author !== actor.platformUserId ? [author] : [],
          words: readableSlackText(shortcut.message.text ?? ''),
        };
    const form = kudosForm(localeOf(actor, workspace), prefill);
    const view = formModal(form, { channel: shortcut.channel.id });
    await client.views.open({ trigger_id: shortcut.trigger_id, view });
  };
}
