import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { REPORT_MESSAGE_ACTION } from '../../core/escalation';
import { EMAIL_ACTIONS, emailDecisions, reportForwardedEmail } from '../../core/forwarded-email';
import { fetchMessage } from '../kit/fetch-message';
import { formModal } from '../kit/render-form';
import { messageBlocks } from '../kit/render-message';
import { answerClick, interactionActor, type SlackDeps } from '../kit/context';
import { reportFormFor } from '../escalation/report-abusive-client';

type ClickArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Record kudos" / "Not a compliment" under a forwarded email. */
export function emailDecisionClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: ClickArgs): Promise<void> => {
    const { workspace, actor } = await interactionActor(deps, client, body);
    const outcome = await emailDecisions()[action.action_id]!(deps.core, {
      workspace,
      actor,
      emailId: Number(action.value),
    });
    // The decision is stored before the click is acknowledged.
    await ack();
    await answerClick(client, body, outcome.reply);
    deps.outbox.kick();
    if (!outcome.replace) return;
    // What offered the buttons becomes what was decided, buttons gone: a private answer is
    // replaced through its response URL, the thread offer (a bot message) is updated.
    const container = body.container as { message_ts?: string; is_ephemeral?: boolean };
    if (container.is_ephemeral) {
      await respond({ replace_original: true, ...messageBlocks(outcome.replace) });
      return;
    }
    const ts = body.message?.ts ?? container.message_ts;
    if (body.channel?.id && ts) {
      await client.chat.update({ channel: body.channel.id, ts, ...messageBlocks(outcome.replace) });
    }
  };
}

/** "Report to my manager" on a forwarded email: the private report form, prefilled. */
export function emailReportClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ClickArgs): Promise<void> => {
    await ack();
    const { workspace, actor } = await interactionActor(deps, client, body);
    const outcome = await reportForwardedEmail(deps.core, {
      workspace,
      actor,
      emailId: Number(action.value),
      channel: body.channel?.id,
    });
    if ('reply' in outcome) return answerClick(client, body, outcome.reply);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: formModal(outcome.form, outcome.metadata),
    });
  };
}

/** The report prompt a report reaction brought, on a message that is not a forwarded email. */
export function messageReportClicked(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ClickArgs): Promise<void> => {
    await ack();
    const who = await interactionActor(deps, client, body);
    const [channel = '', ts = ''] = action.value?.split('|') ?? [];
    const message = await fetchMessage(client, channel, ts);
    const form = await reportFormFor(deps.core, who, { channel, ts, text: message?.text });
    await client.views.open({ trigger_id: body.trigger_id, view: formModal(form) });
  };
}

export const EMAIL_CLICKS = {
  decisions: Object.keys(emailDecisions()),
  report: EMAIL_ACTIONS.report,
  reportMessage: REPORT_MESSAGE_ACTION,
};
