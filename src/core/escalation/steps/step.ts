import { inTransaction } from '../../../db/query';
import { eq } from 'drizzle-orm';
import { escalations, type Escalation, type Person, type Workspace } from '../../../db/schema';
import type { Locale, MessageKey } from '../../../i18n';
import {
  type CoreContext,
  type FormModel,
  tInline,
  text,
  type InlineParam,
  type MessageModel,
} from '../../shared';
import { enqueueDelivery } from '../../delivery';
import { refreshHomes } from '../../home';
import { reportToActOn, type ReportInHand } from '../access';
import { localeOf, mentionOf } from '../../people';

/** What every step is given: who acts, on which report. */
export interface StepInput {
  workspace: Workspace;
  actor: Person;
  escalationId: number;
}

/** A step's answer to the actor: what to say, or a form to fill in first. */
export type StepOutcome = { ok: boolean; reply: MessageModel } | { ok: true; form: FormModel };

export const say = (locale: Locale, key: MessageKey, params: Record<string, InlineParam> = {}) => ({
  parts: [text(...tInline(locale, key, params))],
});

/** Runs a step on a report the actor may act on, in one transaction with its audit line. */
export async function withReport(
  ctx: CoreContext,
  input: StepInput,
  step: (ctx: CoreContext, report: ReportInHand, locale: Locale) => Promise<StepOutcome>,
): Promise<StepOutcome> {
  const found = await reportToActOn(ctx, input.workspace, input.actor, input.escalationId);
  if (!found.ok) return { ok: false, reply: found.reply };
  return inTransaction(ctx, async (ctx) => {
    const outcome = await step(ctx, found.report, localeOf(input.actor, input.workspace));
    // The desk of whoever acted, and the reporter's own list, show where the report stands.
    if (outcome.ok && !('form' in outcome)) {
      await refreshHomes(ctx, input.workspace.id, [input.actor.id, found.report.reporter.id]);
    }
    return outcome;
  });
}

/** Tells the reporter, privately, what their manager did. */
export async function tellReporter(
  ctx: CoreContext,
  workspace: Workspace,
  report: ReportInHand,
  kind: string,
  key: MessageKey,
  params: Record<string, InlineParam>,
): Promise<void> {
  const locale = localeOf(report.reporter, workspace);
  await enqueueDelivery(
    ctx.db,
    {
      workspaceId: workspace.id,
      key: `${workspace.id}:escalation:${report.escalation.id}:${kind}:${ctx.now().getTime()}`,
      to: { kind: 'person', personId: report.reporter.id },
      message: say(locale, key, params),
    },
    ctx.now(),
  );
}

export async function updateReport(
  ctx: CoreContext,
  id: number,
  fields: Partial<typeof escalations.$inferInsert>,
): Promise<void> {
  await ctx.db.update(escalations).set(fields).where(eq(escalations.id, id));
}

/** A follow-up date still ahead keeps its reminder when a later step clears the timer. */
export function pendingFollowUp(escalation: Escalation, now: Date): Date | null {
  return escalation.followUpAt && escalation.followUpAt > now ? escalation.followUpAt : null;
}

export const handlerMention = (actor: Person) => [{ mention: mentionOf(actor) }];
export const clientBold = (report: ReportInHand) => [{ bold: report.client.name }];
