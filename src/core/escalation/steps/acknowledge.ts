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
export function acknowledge(ctx: CoreContext, input: StepInput, report: ReportInHand): void {
  updateReport(ctx, report.escalation.id, {
    status: 'acknowledged',
    acknowledgedAt: ctx.now(),
    handlerId: input.actor.id,
    timerAt: null,
  });
  recordEvent(ctx, report.escalation.id, input.actor.id, 'acknowledged');
  tellReporter(ctx, input.workspace, report, 'acknowledged', 'escalate.acknowledged.reporter', {
    handler: handlerMention(input.actor),
    client: clientBold(report),
  });
}

/** Step 1: the manager has it; the reporter is told, and the reminder timer stops. */
export function acknowledgeReport(ctx: CoreContext, input: StepInput): StepOutcome {
  return withReport(ctx, input, (report, locale) => {
    if (!report.escalation.acknowledgedAt) acknowledge(ctx, input, report);
    const reply = say(locale, 'escalate.acknowledged.you', {
      reporter: [{ mention: mentionOf(report.reporter) }],
    });
    return { ok: true, reply };
  });
}
