import { changedRows } from '../../db/query';
import { and, eq, lte, ne } from 'drizzle-orm';
import {
  escalations,
  type Client,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t } from '../../i18n';
import { handlersOf, sendDueCheckIns } from './check-in';
import { type CoreContext, tInline, text, type MessageModel } from '../shared';
import { enqueueDelivery } from '../delivery';
import { eachReport, escalationWithClient, mayHandle, recordEvent } from './access';
import { adminsOf, localeOf, mentionOf, personById, workspaceOf } from '../people';
import { ESCALATION_ACTIONS, reportCard } from './report';
import { acknowledgeBy } from './working-time';

/** Reports handled per tick at most; the rest go on the next one. */
const BATCH = 500;

/**
 * Fires every timer that is due, each exactly once, and returns the deliveries queued:
 * - a report not acknowledged by its deadline: a reminder to its handler first, then up
 *   the chain one manager at a time, then to the admins;
 * - a follow-up date reached: a reminder to the handler;
 * - a wellbeing check-in day reached: the reporter is asked how things are.
 * Everything lives in the database, so a timer due while the process was down fires on the
 * next tick; each step is claimed with a conditional update in the transaction that queues it.
 */
export async function fireDueTimers(ctx: CoreContext): Promise<number> {
  const now = ctx.now();
  const due = await ctx.db
    .select({ id: escalations.id })
    .from(escalations)
    .where(and(lte(escalations.timerAt, now), ne(escalations.status, 'resolved')))
    .limit(BATCH);
  return (
    (await eachReport(ctx, due, 'report timer', (ctx, id) => fireTimer(ctx, id, now))) +
    (await sendDueCheckIns(ctx))
  );
}

async function fireTimer(ctx: CoreContext, id: number, now: Date): Promise<number> {
  const row = await escalationWithClient(ctx, id);
  const escalation = row?.escalation;
  if (!row || !escalation?.timerAt || escalation.timerAt > now) return 0;
  if (escalation.status === 'resolved') return 0;
  if (escalation.status === 'open' && !escalation.acknowledgedAt) {
    return escalation.timerStage === 0
      ? await remind(ctx, escalation, row.client, now)
      : await goUp(ctx, escalation, row.client, now);
  }
  if (escalation.followUpAt && escalation.followUpAt <= now) {
    return await followUpDue(ctx, escalation, row.client, now);
  }
  // A timer with nothing left to do (the follow-up was moved later, or there is none).
  await claim(ctx, escalation, { timerAt: escalation.followUpAt ?? null });
  return 0;
}

/** Moves the timer on, unless someone else did first; false means: do nothing. */
async function claim(
  ctx: CoreContext,
  escalation: Escalation,
  fields: Partial<typeof escalations.$inferInsert>,
): Promise<boolean> {
  const result = await ctx.db
    .update(escalations)
    .set(fields)
    .where(
      and(
        eq(escalations.id, escalation.id),
        eq(escalations.timerAt, escalation.timerAt!),
        eq(escalations.timerStage, escalation.timerStage),
        eq(escalations.status, escalation.status),
      ),
    );
  return changedRows(result) > 0;
}

interface Delivered {
  escalation: Escalation;
  person: Person;
  kind: string;
  message: MessageModel;
  now: Date;
}

async function deliver(
  ctx: CoreContext,
  { escalation, person, kind, message, now }: Delivered,
): Promise<number> {
  await enqueueDelivery(
    ctx.db,
    {
      workspaceId: escalation.workspaceId,
      key: `${escalation.workspaceId}:escalation:${escalation.id}:${kind}:${person.id}`,
      to: { kind: 'person', personId: person.id },
      message,
    },
    now,
  );
  return 1;
}

/** The first deadline passed: the handler (or the admins) is reminded, with a new deadline. */
async function remind(
  ctx: CoreContext,
  escalation: Escalation,
  client: Client,
  now: Date,
): Promise<number> {
  const workspace = await workspaceOf(ctx, escalation.workspaceId);
  const reporter = await personById(ctx, escalation.reporterId);
  if (!workspace || !reporter) return 0;
  const handler = escalation.handlerId ? await personById(ctx, escalation.handlerId) : undefined;
  // With nobody above the admins, they are reminded once and the timer stops.
  const next = handler
    ? acknowledgeBy(escalation.severity, now, handler.timezone ?? workspace.timezone)
    : null;
  if (!(await claim(ctx, escalation, { timerStage: 1, timerAt: next }))) return 0;
  let queued = 0;
  for (const person of await handlersOf(ctx, escalation)) {
    const locale = localeOf(person, workspace);
    queued += await deliver(ctx, {
      escalation,
      person,
      kind: 'reminder',
      now,
      message: {
        parts: [
          text(
            ...tInline(
              locale,
              handler ? 'escalate.timer.reminder' : 'escalate.timer.reminder.admins',
              { reporter: [{ mention: mentionOf(reporter) }], client: [{ bold: client.name }] },
            ),
          ),
          {
            type: 'buttons',
            buttons: [
              {
                action: ESCALATION_ACTIONS.acknowledge,
                label: t(locale, 'escalate.action.acknowledge'),
                value: String(escalation.id),
                primary: true,
              },
            ],
          },
        ],
      },
    });
  }
  await recordEvent(ctx, escalation.id, null, 'reminded', handler ? handler.name : 'admins');
  ctx.log.info({ escalation: escalation.id, queued }, 'unacknowledged report: handler reminded');
  return queued;
}

/** The handler's own manager: the next one up, skipping the reporter and any loop. */
async function nextUp(
  ctx: CoreContext,
  handler: Person | undefined,
  reporterId: number,
): Promise<Person | undefined> {
  const seen = new Set<number>([reporterId]);
  let current = handler;
  while (current?.managerId) {
    seen.add(current.id);
    if (seen.has(current.managerId)) return undefined;
    const above = await personById(ctx, current.managerId);
    if (above && !above.isBot) return above;
    current = above;
  }
  return undefined;
}

/** Still not acknowledged after the reminder: the report goes one level up, or to the admins. */
async function goUp(
  ctx: CoreContext,
  escalation: Escalation,
  client: Client,
  now: Date,
): Promise<number> {
  const workspace = await workspaceOf(ctx, escalation.workspaceId);
  const reporter = await personById(ctx, escalation.reporterId);
  if (!workspace || !reporter) return 0;
  if (!escalation.handlerId) {
    // The admins have it already, and there is nobody above them.
    await claim(ctx, escalation, { timerAt: null });
    return 0;
  }
  const handler = await personById(ctx, escalation.handlerId);
  // People move teams: a handler no longer above the reporter hands it to the current manager.
  const stillInChain = handler !== undefined && (await mayHandle(ctx, reporter, handler));
  const above = stillInChain
    ? await nextUp(ctx, handler, reporter.id)
    : reporter.managerId
      ? await personById(ctx, reporter.managerId)
      : undefined;
  const stage = escalation.timerStage + 1;
  const claimed = await claim(ctx, escalation, {
    handlerId: above?.id ?? null,
    timerStage: stage,
    timerAt: above
      ? acknowledgeBy(escalation.severity, now, above.timezone ?? workspace.timezone)
      : null,
  });
  if (!claimed) return 0;
  const recipients = above ? [above] : await adminsOf(ctx, workspace.id, reporter.id);
  if (recipients.length === 0)
    ctx.log.warn({ escalation: escalation.id }, 'no admin to escalate to');
  const late = handler && stillInChain ? handler : undefined;
  const report = { escalation, reporter, client, workspace, stage, now };
  let queued = await sendCardsUp(ctx, report, recipients, late);
  queued += await tellReporterWentUp(ctx, report, above);
  await recordEvent(ctx, escalation.id, null, 'escalated', above ? above.name : 'admins');
  ctx.log.info(
    { escalation: escalation.id, to: above?.id ?? 'admins', stage },
    'unacknowledged report went up the chain',
  );
  return queued;
}

/** A report going up a level, as its cards and the reporter's notice need it. */
interface WentUp {
  escalation: Escalation;
  reporter: Person;
  client: Client;
  workspace: Workspace;
  stage: number;
  now: Date;
}

/** The report's card to each new recipient; `late` is named only to people above them. */
async function sendCardsUp(
  ctx: CoreContext,
  report: WentUp,
  recipients: Person[],
  late: Person | undefined,
): Promise<number> {
  const { escalation, reporter, client, workspace, stage, now } = report;
  let queued = 0;
  for (const person of recipients) {
    const locale = localeOf(person, workspace);
    const card = reportCard(locale, escalation, reporter, client);
    // Who failed to acknowledge is said only to people above them in the same chain.
    const lateParts = late
      ? [
          text(
            ...tInline(locale, 'escalate.timer.late', {
              handler: [{ mention: mentionOf(late) }],
            }),
          ),
        ]
      : [];
    queued += await deliver(ctx, {
      escalation,
      person,
      kind: `escalated:${stage}`,
      now,
      message: { parts: [card.parts[0]!, ...lateParts, ...card.parts.slice(1)] },
    });
  }
  return queued;
}

/** The reporter hears whom the report went to now. */
async function tellReporterWentUp(
  ctx: CoreContext,
  report: WentUp,
  above: Person | undefined,
): Promise<number> {
  const { escalation, reporter, client, workspace, stage, now } = report;
  const locale = localeOf(reporter, workspace);
  const named = [{ bold: client.name }];
  return await deliver(ctx, {
    escalation,
    person: reporter,
    kind: `escalated:${stage}:reporter`,
    now,
    message: {
      parts: [
        text(
          ...(above
            ? tInline(locale, 'escalate.timer.reporter', {
                client: named,
                handler: [{ mention: mentionOf(above) }],
              })
            : tInline(locale, 'escalate.timer.reporter.admins', { client: named })),
        ),
      ],
    },
  });
}

/** The follow-up date the manager set has come: they are reminded, once. */
async function followUpDue(
  ctx: CoreContext,
  escalation: Escalation,
  client: Client,
  now: Date,
): Promise<number> {
  const workspace = await workspaceOf(ctx, escalation.workspaceId);
  const reporter = await personById(ctx, escalation.reporterId);
  if (!workspace || !reporter) return 0;
  if (!(await claim(ctx, escalation, { timerAt: null }))) return 0;
  let queued = 0;
  for (const person of await handlersOf(ctx, escalation)) {
    const locale = localeOf(person, workspace);
    queued += await deliver(ctx, {
      escalation,
      person,
      kind: `follow-up:${escalation.followUpAt!.getTime()}`,
      now,
      message: {
        parts: [
          text(
            ...tInline(locale, 'escalate.timer.followUp', {
              client: [{ bold: client.name }],
              reporter: [{ mention: mentionOf(reporter) }],
            }),
          ),
          {
            type: 'buttons',
            buttons: (['talk', 'takeOver', 'support', 'resolve'] as const).map((step) => ({
              action: ESCALATION_ACTIONS[step],
              label: t(locale, `escalate.action.${step}`),
              value: String(escalation.id),
            })),
          },
        ],
      },
    });
  }
  await recordEvent(ctx, escalation.id, null, 'follow_up_due');
  ctx.log.info({ escalation: escalation.id }, 'follow-up reminder queued');
  return queued;
}
