import { and, eq } from 'drizzle-orm';
import {
  escalationEvents,
  escalations,
  type Client,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import { type CoreContext, tInline, text } from '../shared';
import { enqueueDelivery } from '../delivery';
import { adminsOf, localeOf, mentionOf, personById } from '../people';
import { mayHandle } from './access';

/** Who a new report goes to: the reporter's manager, else every admin (none: nobody). */
export interface ReportRoute {
  handler?: Person;
  admins: Person[];
}

export async function routeReport(
  ctx: CoreContext,
  workspace: Workspace,
  reporter: Person,
): Promise<ReportRoute> {
  const handler = reporter.managerId ? await personById(ctx, reporter.managerId) : undefined;
  const admins = handler ? [] : await adminsOf(ctx, workspace.id, reporter.id);
  if (!handler && admins.length === 0) {
    ctx.log.error({ reporter: reporter.id }, 'report has nobody to go to: no manager, no admin');
  }
  return { handler, admins };
}

/** Everyone the report's card goes to. */
export const cardRecipients = (route: ReportRoute): Person[] =>
  route.handler ? [route.handler] : route.admins;

/**
 * Managers who chose to support rather than take over are reminded, after each later
 * report on the same client, to thank the employee.
 */
export async function remindSupporters(
  ctx: CoreContext,
  workspace: Workspace,
  escalation: Escalation,
  reporter: Person,
  client: Client,
): Promise<void> {
  // From the audit trail, so resolving the earlier report does not end the reminders.
  const supported = await ctx.db
    .select({ supporterId: escalationEvents.actorId, employeeId: escalations.reporterId })
    .from(escalationEvents)
    .innerJoin(escalations, eq(escalationEvents.escalationId, escalations.id))
    .where(and(eq(escalations.clientId, client.id), eq(escalationEvents.kind, 'supported')));
  const seen = new Set<string>();
  for (const { supporterId, employeeId } of supported) {
    const supporter = supporterId ? await personById(ctx, supporterId) : undefined;
    const employee = await personById(ctx, employeeId);
    const pair = `${supporterId}:${employeeId}`;
    // Only a supporter in the new reporter's chain may learn of the new report at all.
    if (!supporter || !employee || seen.has(pair) || !(await mayHandle(ctx, reporter, supporter)))
      continue;
    seen.add(pair);
    const locale = localeOf(supporter, workspace);
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId: workspace.id,
        key: `${workspace.id}:escalation:${escalation.id}:support-reminder:${pair}`,
        to: { kind: 'person', personId: supporter.id },
        message: {
          parts: [
            text(
              ...tInline(locale, 'escalate.support.reminder', {
                client: [{ bold: client.name }],
                reporter: [{ mention: mentionOf(employee) }],
              }),
            ),
          ],
        },
      },
      ctx.now(),
    );
  }
}
