import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { giveKudosFromForm } from '../../core/kudos';
import { localeOf } from '../../core/people';
import { t } from '../../i18n';
import { doneModal, readFormState, readMetadata, type ViewState } from '../kit/render-form';
import { type SlackDeps, interactionActor } from '../kit/context';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The /kudos form was submitted: record it, or point at the field to fix. */
export function kudosFormSubmitted(deps: SlackDeps) {
  return async ({ ack, body, view, client }: Args): Promise<void> => {
    const { workspace, actor, person } = await interactionActor(deps, client, body);
    const metadata = readMetadata(view.private_metadata);
    const { result } = await giveKudosFromForm(deps.core, {
      workspace,
      giver: actor,
      values: readFormState(view.state.values as ViewState),
      person,
      // A view is submitted once; Slack's retry of that submission carries the same id.
      requestKey: `slack:view:${view.id}`,
      channel: metadata.channel,
    });
    if (!result.ok) {
      await ack({
        response_action: 'errors',
        errors: { [result.error.field]: result.error.message },
      });
      return;
    }
    const locale = localeOf(actor, workspace);
    await ack({
      response_action: 'update',
      view: doneModal(t(locale, 'form.kudos.title'), result.reply, t(locale, 'form.close')),
    });
    if (!result.duplicate) deps.outbox.kick();
  };
}
