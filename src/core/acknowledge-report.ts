import type { CoreContext } from './core';
import { recordEvent } from './escalation-access';
import {
  clientBold,
  handlerMention,
  say,
  tellReporter,
  updateEscalation,
  withReport,
  type StepInput,
  type StepOutcome,
} from './escalation-steps';
import { mentionOf } from './people';

/** Step 1: the manager has it; the reporter is told, and the reminder timer stops. */
export function acknowledgeReport(ctx: CoreContext, input: StepInput): StepOutcome {
  return withReport(ctx, input, (report, locale) => {
    const reply = say(locale, 'escalate.acknowledged.you', {
      reporter: [{ mention: mentionOf(report.reporter) }],
    });
    if (report.escalation.acknowledgedAt) return { ok: true, reply };
    updateEscalation(ctx, report.escalation.id, {
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
    return { ok: true, reply };
  });
}
