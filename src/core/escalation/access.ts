import { first } from '../../db/query';
import { and, eq } from 'drizzle-orm';
import {
  clients,
  escalationEvents,
  escalations,
  type Client,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t } from '../../i18n';
import { type CoreContext, text, type MessageModel } from '../shared';
import { localeOf, personById, isInChainAbove } from '../people';
import { inTransaction } from '../../db/query';

/**
 * A report and its client. Given a workspace (a click or a form: the id came from outside),
 * only a report of that workspace is found.
 */
export async function escalationWithClient(
  ctx: CoreContext,
  escalationId: number,
  workspaceId?: number,
): Promise<{ escalation: Escalation; client: Client } | undefined> {
  if (!Number.isSafeInteger(escalationId)) return undefined;
  const sameId = eq(escalations.id, escalationId);
  return await first(
    ctx.db
      .select({ escalation: escalations, client: clients })
      .from(escalations)
      .innerJoin(clients, eq(escalations.clientId, clients.id))
      .where(
        workspaceId === undefined ? sameId : and(sameId, eq(escalations.workspaceId, workspaceId)),
      ),
  );
}

/** The reporter's managers, all the way up, and admins: nobody else may see or act on a report. */
export async function mayHandle(
  ctx: CoreContext,
  reporter: Person,
  actor: Person,
): Promise<boolean> {
  // Not even an admin handles a report about their own client experience.
  if (actor.id === reporter.id) return false;
  if (actor.isAdmin) return true;
  const manager = reporter.managerId ? await personById(ctx, reporter.managerId) : undefined;
  return manager !== undefined && (await isInChainAbove(ctx, actor.id, manager));
}

export async function maySee(ctx: CoreContext, reporter: Person, actor: Person): Promise<boolean> {
  return actor.id === reporter.id || (await mayHandle(ctx, reporter, actor));
}

export interface ReportInHand {
  escalation: Escalation;
  reporter: Person;
  client: Client;
}

/**
 * The report an actor wants to act on, re-checked on every click: someone outside the
 * chain (a forged or replayed action) is refused and logged, as is any step on a resolved report.
 */
export async function reportToActOn(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  escalationId: number,
): Promise<{ ok: true; report: ReportInHand } | { ok: false; reply: MessageModel }> {
  const locale = localeOf(actor, workspace);
  const refuse = (key: Parameters<typeof t>[1]) => ({
    ok: false as const,
    reply: { parts: [text(t(locale, key))] },
  });
  const row = await escalationWithClient(ctx, escalationId, workspace.id);
  const reporter = row && (await personById(ctx, row.escalation.reporterId));
  if (!row || !reporter) return refuse('escalate.refused.notFound');
  if (!(await mayHandle(ctx, reporter, actor))) {
    ctx.log.warn(
      { actor: actor.id, escalation: escalationId },
      'report action refused: not in the chain',
    );
    return refuse('escalate.refused.notYours');
  }
  if (row.escalation.status === 'resolved') return refuse('escalate.refused.resolved');
  return { ok: true, report: { escalation: row.escalation, reporter, client: row.client } };
}

/** One line of the audit trail. */
export async function recordEvent(
  ctx: CoreContext,
  escalationId: number,
  actorId: number | null,
  kind: string,
  note?: string,
): Promise<void> {
  await ctx.db
    .insert(escalationEvents)
    .values({ escalationId, actorId, kind, note, createdAt: ctx.now() });
}

/**
 * Runs `act` on each report, one transaction each: a failing report is logged and tried
 * again next tick, and does not hold up the others. Returns the deliveries queued.
 */
export async function eachReport(
  ctx: CoreContext,
  ids: { id: number }[],
  what: string,
  act: (ctx: CoreContext, id: number) => Promise<number>,
): Promise<number> {
  let queued = 0;
  for (const { id } of ids) {
    try {
      queued += await inTransaction(ctx, (ctx) => act(ctx, id));
    } catch (err) {
      ctx.log.error({ err, escalation: id }, `${what} failed; will try again next tick`);
    }
  }
  return queued;
}
