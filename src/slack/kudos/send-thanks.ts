import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { plainText } from '../../core/shared';
import { sendThanks, thanksForm } from '../../core/kudos';
import {
  doneModal,
  formModal,
  readFormState,
  readMetadata,
  type ViewState,
} from '../kit/render-form';
import { localeOf } from '../../core/people';
import { t } from '../../i18n';
import { type SlackDeps, answerClick, interactionActor } from '../kit/context';

type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** "Send thanks" in a digest: open the note to edit, after checking who clicked. */
export function sendThanksClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ClickArgs): Promise<void> => {
    await ack();
    const { workspace, actor } = await interactionActor(deps, client, body);
    const kudosId = Number(action.value);
    const result = await thanksForm(deps.core, workspace, actor, kudosId);
    if (result.ok) {
      const view = formModal(result.form, { kudos: String(kudosId) });
      await client.views.open({ trigger_id: body.trigger_id, view });
    } else {
      await answerClick(client, body, result.reply);
    }
  };
}

/** The thanks note was sent: record it and deliver it, or say what to fix. */
export function thanksSubmitted(deps: SlackDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const note = readFormState(view.state.values as ViewState).note;
    const kudosId = Number(readMetadata(view.private_metadata).kudos);
    const result = await sendThanks(deps.core, {
      workspace,
      actor,
      kudosId,
      note: typeof note === 'string' ? note : '',
      requestKey: `slack:view:${view.id}`,
    });
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: { note: plainText(result.reply) } });
      return;
    }
    const locale = localeOf(actor, workspace);
    await ack({
      response_action: 'update',
      view: doneModal(t(locale, 'thanks.form.title'), result.reply, t(locale, 'form.close')),
    });
    deps.outbox.kick();
  };
}
