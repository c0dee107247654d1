import { t } from '../../../i18n';
import type { CoreContext, FormValues } from '../../shared';
import { recordEvent } from '../access';
import {
  clientBold,
  handlerMention,
  pendingFollowUp,
  say,
  tellReporter,
  updateReport,
  withReport,
  type StepInput,
  type StepOutcome,
} from './step';
import { mentionOf } from '../../people';

export const SUPPORT_FORM_ID = 'escalation-support';
const REASON_MAX = 2000;

export async function supportForm(ctx: CoreContext, input: StepInput): Promise<StepOutcome> {
  return await withReport(ctx, input, async (_ctx, _report, locale) => ({
    ok: true,
    form: {
      id: SUPPORT_FORM_ID,
      title: t(locale, 'escalate.support.title'),
      submit: t(locale, 'thanks.form.submit'),
      cancel: t(locale, 'form.kudos.cancel'),
      fields: [
        {
          id: 'note',
          kind: 'longtext',
          label: t(locale, 'escalate.support.note'),
          maxLength: REASON_MAX,
        },
      ],
    },
  }));
}

/**
 * Step 4: a takeover is impossible, so the manager stands with the employee openly. The reason
 * stays in the audit trail; every later report on this client reminds the manager to thank them.
 */
export async function supportEmployee(
  ctx: CoreContext,
  input: StepInput & { values: FormValues },
): Promise<StepOutcome> {
  return await withReport(ctx, input, async (ctx, report, locale) => {
    const reason = typeof input.values.note === 'string' ? input.values.note.trim() : '';
    if (!reason || reason.length > REASON_MAX) {
      return { ok: false, reply: say(locale, 'escalate.error.reason', { max: REASON_MAX }) };
    }
    await updateReport(ctx, report.escalation.id, {
      status: 'supported',
      handlerId: input.actor.id,
      acknowledgedAt: report.escalation.acknowledgedAt ?? ctx.now(),
      timerAt: pendingFollowUp(report.escalation, ctx.now()),
    });
    await recordEvent(ctx, report.escalation.id, input.actor.id, 'supported', reason);
    await tellReporter(ctx, input.workspace, report, 'supported', 'escalate.support.reporter', {
      handler: handlerMention(input.actor),
      client: clientBold(report),
    });
    return {
      ok: true,
      reply: say(locale, 'escalate.support.done', {
        client: clientBold(report),
        reporter: [{ mention: mentionOf(report.reporter) }],
      }),
    };
  });
}
