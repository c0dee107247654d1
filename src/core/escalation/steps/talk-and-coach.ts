import { t } from '../../../i18n';
import { acknowledge } from './acknowledge';
import { type CoreContext, type FormValues, morningOf } from '../../shared';
import { recordEvent } from '../access';
import { say, updateReport, withReport, type StepInput, type StepOutcome } from './step';

export const TALK_FORM_ID = 'escalation-talk';
const NOTE_MAX = 2000;

/** Step 2, the form: what was tried (a talk with the client, coaching) and when to follow up. */
export async function deEscalationForm(ctx: CoreContext, input: StepInput): Promise<StepOutcome> {
  return await withReport(ctx, input, async (_ctx, _report, locale) => ({
    ok: true,
    form: {
      id: TALK_FORM_ID,
      title: t(locale, 'escalate.talk.title'),
      submit: t(locale, 'thanks.form.submit'),
      cancel: t(locale, 'form.kudos.cancel'),
      fields: [
        {
          id: 'note',
          kind: 'longtext',
          label: t(locale, 'escalate.talk.note'),
          maxLength: NOTE_MAX,
        },
        { id: 'followUp', kind: 'date', label: t(locale, 'escalate.talk.followUp') },
      ],
    },
  }));
}

/** Step 2: records what was tried; a timer reminds the manager to follow up on the date. */
export async function recordDeEscalation(
  ctx: CoreContext,
  input: StepInput & { values: FormValues },
): Promise<StepOutcome> {
  return await withReport(ctx, input, async (ctx, report, locale) => {
    const note = typeof input.values.note === 'string' ? input.values.note.trim() : '';
    const date = typeof input.values.followUp === 'string' ? input.values.followUp : '';
    const timezone = input.actor.timezone ?? input.workspace.timezone;
    const followUp = /^\d{4}-\d{2}-\d{2}$/.test(date) ? morningOf(date, timezone) : null;
    if (!note || note.length > NOTE_MAX || !followUp || followUp <= ctx.now()) {
      return { ok: false, reply: say(locale, 'escalate.error.talk', { max: NOTE_MAX }) };
    }
    // Talking to the client is acknowledging it, with all that goes with it.
    if (!report.escalation.acknowledgedAt) await acknowledge(ctx, input, report);
    await updateReport(ctx, report.escalation.id, { followUpAt: followUp, timerAt: followUp });
    await recordEvent(
      ctx,
      report.escalation.id,
      input.actor.id,
      'talked',
      `${note} (follow up ${date})`,
    );
    return {
      ok: true,
      reply: say(locale, 'escalate.talk.done', { date }),
    };
  });
}
