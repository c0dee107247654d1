import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { reportAbuse, STEP_CLICKS, STEP_FORMS } from '../../core/escalation';
import { plainText } from '../../core/shared';
import { localeOf } from '../../core/people';
import { EMAIL_METADATA, linkReportToEmail } from '../../core/forwarded-email';
import { t } from '../../i18n';
import {
  doneModal,
  formModal,
  readFormState,
  readMetadata,
  type ViewState,
} from '../kit/render-form';
import { type SlackDeps, answerClick, interactionActor } from '../kit/context';

type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** A manager's button on a report: re-checks who clicked, then acts or opens the form. */
export function escalationClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ClickArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const escalationId = Number(action.value);
    const outcome = await STEP_CLICKS[action.action_id]!(deps.core, {
      workspace,
      actor,
      escalationId,
    });
    // The step is stored before the click is acknowledged.
    await ack();
    if ('form' in outcome) {
      const view = formModal(outcome.form, { escalation: String(escalationId) });
      await client.views.open({ trigger_id: body.trigger_id, view });
      return;
    }
    await answerClick(client, body, outcome.reply);
    if (outcome.ok) deps.outbox.kick();
  };
}

/** A step's form was submitted. */
export function escalationStepSubmitted(deps: SlackDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const outcome = await STEP_FORMS[view.callback_id]!.submit(deps.core, {
      workspace,
      actor,
      escalationId: Number(readMetadata(view.private_metadata).escalation),
      values: readFormState(view.state.values as ViewState),
    });
    if ('form' in outcome) return ack();
    if (!outcome.ok) {
      const field = Object.keys(view.state.values)[0] ?? 'note';
      await ack({ response_action: 'errors', errors: { [field]: plainText(outcome.reply) } });
      return;
    }
    const locale = localeOf(actor, workspace);
    await ack({
      response_action: 'update',
      view: doneModal(view.title.text, outcome.reply, t(locale, 'form.close')),
    });
    deps.outbox.kick();
  };
}

/** The report form was submitted: stored before the answer, the manager told at once. */
export function escalateFormSubmitted(deps: SlackDeps) {
  return async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const result = await reportAbuse(deps.core, {
      workspace,
      reporter: actor,
      values: readFormState(view.state.values as ViewState),
      requestKey: `slack:view:${view.id}`,
    });
    if (!result.ok) {
      await ack({ response_action: 'errors', errors: { [result.field]: plainText(result.reply) } });
      return;
    }
    const emailId = Number(readMetadata(view.private_metadata)[EMAIL_METADATA]);
    if (emailId) await linkReportToEmail(deps.core, workspace, emailId, result.escalation);
    const locale = localeOf(actor, workspace);
    await ack({
      response_action: 'update',
      view: doneModal(t(locale, 'escalate.form.title'), result.reply, t(locale, 'form.close')),
    });
    if (!result.duplicate) deps.outbox.kick();
  };
}
