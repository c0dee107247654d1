import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { CoreContext, FormModel } from '../../core/shared';
import { localeOf } from '../../core/people';
import { emailOfMessage } from '../../core/forwarded-email';
import { escalateForm, WORDS_MAX } from '../../core/escalation';
import type { Person, Workspace } from '../../db/schema';
import { formModal } from '../kit/render-form';
import { type SlackDeps, interactionActor } from '../kit/context';
import { readableSlackText } from '../kit/text';

export const REPORT_SHORTCUT = 'report_abusive_client';

type Args = SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs;

/**
 * The private report form for a message: a forwarded email with its client and the client's own
 * words, any other message with its text as the words.
 */
export async function reportFormFor(
  core: CoreContext,
  who: { workspace: Workspace; actor: Person },
  message: { channel: string; ts: string; text?: string },
): Promise<FormModel> {
  const email = await emailOfMessage(core, who.workspace, message.channel, message.ts);
  const words = email?.words ?? readableSlackText(message.text ?? '');
  return escalateForm(localeOf(who.actor, who.workspace), {
    client: email?.client,
    words: words.slice(0, WORDS_MAX),
  });
}

/** "Report abusive client" on a message: the same private form, with the message as the words. */
export function reportAbusiveClientShortcut(deps: SlackDeps) {
  return async ({ ack, shortcut, client }: Args): Promise<void> => {
    await ack();
    const who = await interactionActor(deps, client, shortcut);
    const form = await reportFormFor(deps.core, who, {
      channel: shortcut.channel.id,
      ts: shortcut.message.ts,
      text: shortcut.message.text,
    });
    await client.views.open({ trigger_id: shortcut.trigger_id, view: formModal(form) });
  };
}
