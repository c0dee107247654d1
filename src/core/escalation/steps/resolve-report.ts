import { OUTCOMES } from '../../../db/schema';
import { t } from '../../../i18n';
import type { CoreContext, FormValues } from '../../shared';
import { recordEvent } from '../access';
import {
  clientBold,
  say,
  tellReporter,
  updateReport,
  withReport,
  type StepInput,
  type StepOutcome,
} from './step';
import { localeOf } from '../../people';

export const RESOLVE_FORM_ID = 'escalation-resolve';
type Outcome = (typeof OUTCOMES)[number];

export async function resolveForm(ctx: CoreContext, input: StepInput): Promise<StepOutcome> {
  return await withReport(ctx, input, async (_ctx, report, locale) => ({
    ok: true,
    form: {
      id: RESOLVE_FORM_ID,
      title: t(locale, 'escalate.resolve.title'),
      submit: t(locale, 'thanks.form.submit'),
      cancel: t(locale, 'form.kudos.cancel'),
      fields: [
        {
          id: 'outcome',
          kind: 'choice',
          label: t(locale, 'escalate.resolve.outcome'),
          options: OUTCOMES.map((o) => ({ value: o, label: t(locale, `escalate.outcome.${o}`) })),
          initial: report.escalation.status === 'taken_over' ? 'account_taken_over' : undefined,
        },
        {
          id: 'note',
          kind: 'longtext',
          label: t(locale, 'escalate.resolve.note'),
          optional: true,
          maxLength: 2000,
        },
      ],
    },
  }));
}

/** Step 5: the report is closed with an outcome; the reporter is told. Nothing ends in silence. */
export async function resolveReport(
  ctx: CoreContext,
  input: StepInput & { values: FormValues },
): Promise<StepOutcome> {
  return await withReport(ctx, input, async (ctx, report, locale) => {
    const outcome = input.values.outcome as Outcome;
    if (!OUTCOMES.includes(outcome)) {
      return { ok: false, reply: say(locale, 'escalate.error.outcome') };
    }
    const note =
      typeof input.values.note === 'string' ? input.values.note.trim().slice(0, 2000) : '';
    await updateReport(ctx, report.escalation.id, {
      status: 'resolved',
      outcome,
      resolvedAt: ctx.now(),
      acknowledgedAt: report.escalation.acknowledgedAt ?? ctx.now(),
      timerAt: null,
    });
    await recordEvent(
      ctx,
      report.escalation.id,
      input.actor.id,
      'resolved',
      note ? `${outcome}: ${note}` : outcome,
    );
    const reporterLocale = localeOf(report.reporter, input.workspace);
    await tellReporter(ctx, input.workspace, report, 'resolved', 'escalate.resolved.reporter', {
      client: clientBold(report),
      outcome: t(reporterLocale, `escalate.outcome.${outcome}`),
    });
    return {
      ok: true,
      reply: say(locale, 'escalate.resolved.you', {
        outcome: t(locale, `escalate.outcome.${outcome}`),
      }),
    };
  });
}
