import { changedRows, first, inTransaction } from '../../db/query';
import { and, desc, eq, lte } from 'drizzle-orm';
import {
  escalationEvents,
  escalations,
  workspaces,
  type Client,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t, type MessageKey } from '../../i18n';
import { type CoreContext, tInline, text, type MessageModel } from '../shared';
import { enqueueDelivery } from '../delivery';
import { eachReport, escalationWithClient, mayHandle, recordEvent } from './access';
import { adminsOf, localeOf, mentionOf, personById, workspaceOf } from '../people';

export const CHECK_IN_ANSWERS = ['better', 'same', 'worse'] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];

/** The reporter's three buttons on the wellbeing check-in; the value is the report's id. */
export const CHECK_IN_ACTIONS: Record<CheckInAnswer, string> = {
  better: 'escalation-checkin-better',
  same: 'escalation-checkin-same',
  worse: 'escalation-checkin-worse',
};

export function checkInAnswerOf(actionId: string): CheckInAnswer | undefined {
  return CHECK_IN_ANSWERS.find((answer) => CHECK_IN_ACTIONS[answer] === actionId);
}

/** Check-ins sent per tick at most; the rest go on the next one. */
const BATCH = 500;

/** Who is asked to act on a report now: its handler, or every admin when it has none. */
export async function handlersOf(ctx: CoreContext, escalation: Escalation): Promise<Person[]> {
  const reporter = (await personById(ctx, escalation.reporterId))!;
  const stored = escalation.handlerId ? await personById(ctx, escalation.handlerId) : undefined;
  // People move teams: a handler no longer above the reporter must not hear more of it.
  const handler =
    stored && (await mayHandle(ctx, reporter, stored))
      ? stored
      : reporter.managerId
        ? await personById(ctx, reporter.managerId)
        : undefined;
  return handler ? [handler] : await adminsOf(ctx, escalation.workspaceId, escalation.reporterId);
}

/** The reporter's private "how are things with ACME now?", with better / same / worse. */
export function checkInMessage(
  workspace: Workspace,
  reporter: Person,
  escalation: Escalation,
  client: Client,
): MessageModel {
  const locale = localeOf(reporter, workspace);
  return {
    parts: [
      text(...tInline(locale, 'escalate.checkIn.question', { client: [{ bold: client.name }] })),
      { type: 'context', content: [t(locale, 'escalate.checkIn.private')] },
      {
        type: 'buttons',
        buttons: CHECK_IN_ANSWERS.map((answer) => ({
          action: CHECK_IN_ACTIONS[answer],
          label: t(locale, `escalate.checkIn.answer.${answer}`),
          value: String(escalation.id),
        })),
      },
    ],
  };
}

/**
 * Sends every check-in whose day has come, whatever the report's status, each once:
 * checkInAt is cleared in the same transaction that queues the message.
 */
export async function sendDueCheckIns(ctx: CoreContext): Promise<number> {
  const now = ctx.now();
  const due = await ctx.db
    .select({ id: escalations.id })
    .from(escalations)
    .where(lte(escalations.checkInAt, now))
    .limit(BATCH);
  return eachReport(ctx, due, 'check-in', (ctx, id) => sendCheckIn(ctx, id, now));
}

async function sendCheckIn(ctx: CoreContext, id: number, now: Date): Promise<number> {
  const row = await escalationWithClient(ctx, id);
  if (!row?.escalation.checkInAt || row.escalation.checkInAt > now) return 0;
  const { escalation, client } = row;
  const claimed = await ctx.db
    .update(escalations)
    .set({ checkInAt: null })
    .where(and(eq(escalations.id, id), eq(escalations.checkInAt, escalation.checkInAt!)));
  if (changedRows(claimed) === 0) return 0;
  const reporter = await personById(ctx, escalation.reporterId);
  const workspace = await workspaceOf(ctx, escalation.workspaceId);
  if (!reporter || !workspace) return 0;
  await enqueueDelivery(
    ctx.db,
    {
      workspaceId: workspace.id,
      key: `${workspace.id}:escalation:${id}:check-in`,
      to: { kind: 'person', personId: reporter.id },
      message: checkInMessage(workspace, reporter, escalation, client),
    },
    now,
  );
  await recordEvent(ctx, id, null, 'check_in_sent');
  ctx.log.info({ escalation: id }, 'wellbeing check-in queued');
  return 1;
}

export interface CheckInInput {
  workspace: Workspace;
  actor: Person;
  escalationId: number;
  answer: CheckInAnswer;
}

/**
 * The reporter's answer to the check-in. Only the reporter may answer; every new answer is
 * in the audit trail, and "worse" reaches the handler (or the admins) once.
 */
export async function answerCheckIn(
  ctx: CoreContext,
  input: CheckInInput,
): Promise<{ ok: boolean; reply: MessageModel }> {
  const { workspace, actor, answer } = input;
  const locale = localeOf(actor, workspace);
  const say = (key: MessageKey, params: Parameters<typeof tInline>[2] = {}) => ({
    parts: [text(...tInline(locale, key, params))],
  });
  const row = CHECK_IN_ANSWERS.includes(answer)
    ? await escalationWithClient(ctx, input.escalationId, workspace.id)
    : undefined;
  if (!row) return { ok: false, reply: say('escalate.refused.notFound') };
  const { escalation, client } = row;
  if (escalation.reporterId !== actor.id) {
    ctx.log.warn(
      { actor: actor.id, escalation: escalation.id },
      'check-in answer refused: not the reporter',
    );
    return { ok: false, reply: say('escalate.checkIn.notYours') };
  }

  return inTransaction(ctx, async (ctx) => {
    const handlers = await handlersOf(ctx, escalation);
    const handler = escalation.handlerId ? handlers[0] : undefined;
    const reply =
      answer !== 'worse'
        ? say(`escalate.checkIn.thanks.${answer}`)
        : handler
          ? say('escalate.checkIn.thanks.worse', { handler: [{ mention: mentionOf(handler) }] })
          : say('escalate.checkIn.thanks.worse.admins');
    // The same answer again (a double click, a retried request) changes nothing.
    if ((await lastAnswer(ctx, escalation.id)) === answer) return { ok: true, reply };
    await recordEvent(ctx, escalation.id, actor.id, 'check_in_answered', answer);
    if (answer === 'worse')
      await tellHandlersWorse(ctx, { workspace, escalation, client, actor }, handlers);
    return { ok: true, reply };
  });
}

/** `/escalate checkin N` (admins): days between a report and the reporter's check-in. */
export async function setCheckInDays(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  value: string,
): Promise<MessageModel> {
  const locale = localeOf(actor, workspace);
  const days = Number(value);
  if (!actor.isAdmin || !/^\d+$/.test(value) || days < 1 || days > 30) {
    return { parts: [text(t(locale, 'escalate.checkIn.days.usage'))] };
  }
  await ctx.db.update(workspaces).set({ checkInDays: days }).where(eq(workspaces.id, workspace.id));
  return { parts: [text(t(locale, 'escalate.checkIn.days', { days }))] };
}

/** The reporter's last answer to this report's check-in, if any. */
async function lastAnswer(
  ctx: CoreContext,
  escalationId: number,
): Promise<string | null | undefined> {
  return (
    await first(
      ctx.db
        .select({ note: escalationEvents.note })
        .from(escalationEvents)
        .where(
          and(
            eq(escalationEvents.escalationId, escalationId),
            eq(escalationEvents.kind, 'check_in_answered'),
          ),
        )
        .orderBy(desc(escalationEvents.id))
        .limit(1),
    )
  )?.note;
}

/** "Worse": each handler (or admin) hears it, once per report. */
async function tellHandlersWorse(
  ctx: CoreContext,
  report: { workspace: Workspace; escalation: Escalation; client: Client; actor: Person },
  handlers: Person[],
): Promise<void> {
  const { workspace, escalation, client, actor } = report;
  for (const person of handlers) {
    const theirs = localeOf(person, workspace);
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId: workspace.id,
        key: `${workspace.id}:escalation:${escalation.id}:check-in-worse:${person.id}`,
        to: { kind: 'person', personId: person.id },
        message: {
          parts: [
            text(
              ...tInline(theirs, 'escalate.checkIn.worse.handler', {
                reporter: [{ mention: mentionOf(actor) }],
                client: [{ bold: client.name }],
              }),
            ),
          ],
        },
      },
      ctx.now(),
    );
  }
}
