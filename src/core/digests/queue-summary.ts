import { first, inTransaction } from '../../db/query';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { processedEvents, workspaces, type Workspace } from '../../db/schema';
import { type CoreContext, claimRequest, latestRun, localDay, summaryPattern } from '../shared';
import { enqueueDelivery } from '../delivery';
import { buildWeeklySummary } from './weekly-summary';

const DAY_MS = 24 * 60 * 60 * 1000;

const alreadyHandled = prepared((db) =>
  db
    .select({ key: processedEvents.key })
    .from(processedEvents)
    .where(eq(processedEvents.key, sql.placeholder('key')))
    .prepare(),
);

/** Queues one week's summary for the workspace's channel, once per key. */
async function queueSummary(
  ctx: CoreContext,
  workspace: Workspace,
  key: string,
  weekEnd: Date,
): Promise<boolean> {
  if (!workspace.summaryChannel || (await first(alreadyHandled(ctx.db).execute({ key }))))
    return false;
  const summary = await buildWeeklySummary(ctx, workspace, weekEnd);
  return inTransaction(ctx, async (ctx) => {
    // Marked even when empty, so an empty week is not rebuilt every minute.
    if (!(await claimRequest(ctx.db, key)) || !summary) return false;
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId: workspace.id,
        key,
        to: { kind: 'channel', channel: workspace.summaryChannel! },
        message: summary.message,
      },
      ctx.now(),
    );
    return true;
  });
}

/** Queues the summary of every workspace whose weekly time has come (the latest week only). */
export async function queueDueSummaries(ctx: CoreContext): Promise<number> {
  let queued = 0;
  for await (const batch of summaryBatches(ctx)) queued += batch;
  return queued;
}

/** The same, a workspace at a time: yields how many summaries each one queued (0 or 1). */
export async function* summaryBatches(ctx: CoreContext): AsyncGenerator<number, void, void> {
  const now = ctx.now();
  const withChannel = await ctx.db
    .select()
    .from(workspaces)
    .where(and(isNotNull(workspaces.summaryChannel), isNull(workspaces.uninstalledAt)));
  for (const workspace of withChannel) {
    const pattern = summaryPattern(workspace.summaryDay, workspace.summaryTime);
    const latest = latestRun(pattern, workspace.timezone, now);
    // A summary more than a day late is news no more (e.g. a channel chosen mid-week).
    if (!latest || now.getTime() - latest.getTime() > DAY_MS) continue;
    const key = `${workspace.id}:summary:${localDay(latest, workspace.timezone)}`;
    yield (await queueSummary(ctx, workspace, key, latest)) ? 1 : 0;
  }
}

/** An admin's "post it now": the seven days up to now. */
export async function queueSummaryNow(ctx: CoreContext, workspace: Workspace): Promise<boolean> {
  const now = ctx.now();
  return await queueSummary(
    ctx,
    workspace,
    `${workspace.id}:summary:now-${now.toISOString()}`,
    now,
  );
}
