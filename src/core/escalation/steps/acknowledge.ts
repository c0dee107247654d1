import type { CoreContext } from '../../shared';
import { recordEvent, type ReportInHand } from '../access';
import {
  clientBold,
  handlerMention,
  say,
  tellReporter,
  updateReport,
  withReport,
  type StepInput,
  type StepOutcome,
} from './step';
import { mentionOf } from '../../people';

/** Marks a report acknowledged by the actor, writes the audit line and tells the reporter. */
export async function acknowledge(
  ctx: CoreContext,
  input: StepInput,
  report: ReportInHand,
): Promise<void> {
  await updateReport(ctx, report.escalation.id, {
    status: 'acknowledged',
    acknowledgedAt: ctx.now(),
    handlerId: input.actor.id,
    timerAt: null,
  });
  await recordEvent(ctx, report.escalation.id, input.actor.id, 'acknowledged');
  await tellReporter(
    ctx,
    input.workspace,
    report,
    'acknowledged',
    'escalate.acknowledged.reporter',
    {
      handler: handlerMention(input.actor),
      client: clientBold(report),
    },
  );
}

/** Step 1: the manager has it; the reporter is told, and the reminder timer stops. */
export async function acknowledgeReport(ctx: CoreContext, input: StepInput): Promise<StepOutcome> {
  return await withReport(ctx, input, async (ctx, report, locale) => {
    if (!report.escalation.acknowledgedAt) await acknowledge(ctx, input, report);
    const reply = say(locale, 'escalate.acknowledged.you', {
      reporter: [{ mention: mentionOf(report.reporter) }],
    });
    return { ok: true, reply };
  });
}
