import { first, inTransaction, written } from '../../db/query';
import { and, eq } from 'drizzle-orm';
import {
  clients,
  escalations,
  type Client,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import { servedBySomeoneElse, clientHistory, findOrCreateClient } from '../clients';
import { type CoreContext, claimRequest } from '../shared';
import { enqueueDelivery } from '../delivery';
import { localeOf } from '../people';
import { recordEvent } from './access';
import { reportCard } from './report-card';
import { cardRecipients, remindSupporters, type ReportRoute } from './route-report';
import type { ReportFields } from './validate-report';
import { acknowledgeBy } from './working-time';

export interface StoredReport {
  escalation: Escalation;
  /** The same request came before: the earlier report, nothing stored or sent again. */
  duplicate: boolean;
  /** Someone else serves the client's account (see servedBySomeoneElse). */
  servedBy?: Person;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Stores the report once per request and, in the same transaction, queues its card for each
 * of the route's people and the reminders to earlier supporters.
 */
export async function storeReport(
  ctx: CoreContext,
  input: { workspace: Workspace; reporter: Person; requestKey: string },
  fields: ReportFields,
  route: ReportRoute,
): Promise<StoredReport> {
  const { workspace, reporter } = input;
  const now = ctx.now();
  return inTransaction(ctx, async (ctx) => {
    if (!(await claimRequest(ctx.db, `${workspace.id}:${input.requestKey}`))) {
      return await earlierReport(ctx, workspace, reporter, input.requestKey);
    }
    const client = await findOrCreateClient(ctx.db, workspace.id, fields.clientName);
    const escalation = await insertReport(ctx, input, fields, route, client, now);
    await recordEvent(ctx, escalation.id, reporter.id, 'reported', fields.what);
    await recordEvent(
      ctx,
      escalation.id,
      null,
      'routed',
      route.handler ? route.handler.name : 'admins',
    );
    const servedBy = await servedBySomeoneElse(ctx, client, reporter);
    const report = { workspace, reporter, escalation, client, servedBy };
    await sendCards(ctx, report, cardRecipients(route), now);
    await remindSupporters(ctx, workspace, escalation, reporter, client);
    return { escalation, duplicate: false, servedBy };
  });
}

/** The report an earlier delivery of the same request stored. */
async function earlierReport(
  ctx: CoreContext,
  workspace: Workspace,
  reporter: Person,
  requestKey: string,
): Promise<StoredReport> {
  const earlier = (await first(
    ctx.db
      .select()
      .from(escalations)
      .where(and(eq(escalations.workspaceId, workspace.id), eq(escalations.sourceRef, requestKey))),
  ))!;
  const client = (await first(
    ctx.db.select().from(clients).where(eq(clients.id, earlier.clientId)),
  ))!;
  return {
    escalation: earlier,
    duplicate: true,
    servedBy: await servedBySomeoneElse(ctx, client, reporter),
  };
}

async function insertReport(
  ctx: CoreContext,
  input: { workspace: Workspace; reporter: Person; requestKey: string },
  fields: ReportFields,
  route: ReportRoute,
  client: Client,
  now: Date,
): Promise<Escalation> {
  const { workspace, reporter } = input;
  const { handler } = route;
  return await written(
    ctx.db
      .insert(escalations)
      .values({
        workspaceId: workspace.id,
        reporterId: reporter.id,
        clientId: client.id,
        handlerId: handler?.id ?? null,
        severity: fields.severity,
        whatHappened: fields.what,
        clientWords: fields.words || null,
        wantsToKeepAccount: fields.keep,
        cause: fields.cause,
        sourceRef: input.requestKey,
        createdAt: now,
        timerAt: acknowledgeBy(fields.severity, now, handler?.timezone ?? workspace.timezone),
        checkInAt: new Date(now.getTime() + workspace.checkInDays * DAY_MS),
      })
      .returning(),
  );
}

/** The report's card to each recipient, with the client's history as they may see it. */
async function sendCards(
  ctx: CoreContext,
  report: {
    workspace: Workspace;
    reporter: Person;
    escalation: Escalation;
    client: Client;
    servedBy?: Person;
  },
  recipients: Person[],
  now: Date,
): Promise<void> {
  const { workspace, reporter, escalation, client, servedBy } = report;
  for (const person of recipients) {
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId: workspace.id,
        key: `${workspace.id}:escalation:${escalation.id}:card:${person.id}`,
        to: { kind: 'person', personId: person.id },
        message: reportCard(
          localeOf(person, workspace),
          escalation,
          reporter,
          client,
          await clientHistory(ctx, workspace, client, person, escalation),
          servedBy,
        ),
      },
      now,
    );
  }
}
