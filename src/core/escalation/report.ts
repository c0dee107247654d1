import { and, eq } from 'drizzle-orm';
import {
  CAUSES,
  clients,
  escalationEvents,
  escalations,
  type Client,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t, type Locale, type MessageKey } from '../../i18n';
import { servedBySomeoneElse } from '../clients/client-account';
import { clientHistory, historyParts, type ClientHistory } from '../clients/client-history';
import { findOrCreateClient } from '../clients/clients';
import type { CoreContext } from '../shared/core';
import { enqueueDelivery } from '../delivery/deliveries';
import { mayHandle, recordEvent } from './access';
import type { FormModel, FormValues } from '../shared/form';
import { claimRequest } from '../shared/handled-requests';
import { tInline, text, type MessageModel, type Part } from '../shared/message';
import { adminsOf, localeOf, mentionOf, personById } from '../people/people';
import { acknowledgeBy, type Severity } from './working-time';

export const ESCALATE_FORM_ID = 'escalate';
export const WHAT_MIN = 10;
export const WHAT_MAX = 3000;
/** What one report's words may run to: a few pages, more than anyone types in a form. */
export const WORDS_MAX = 3000;
const CLIENT_MAX = 200;
const SEVERITIES: Severity[] = ['concerning', 'abusive', 'threatening'];

/** The button on the private prompt a report reaction brings; the value is `channel|ts`. */
export const REPORT_MESSAGE_ACTION = 'reaction-report-message';

/** The buttons on a report, in the order the practice asks for. */
export const ESCALATION_ACTIONS = {
  acknowledge: 'escalation-acknowledge',
  talk: 'escalation-talk',
  takeOver: 'escalation-take-over',
  support: 'escalation-support',
  resolve: 'escalation-resolve',
} as const;

export function escalateForm(
  locale: Locale,
  prefill: { client?: string; what?: string; words?: string } = {},
): FormModel {
  return {
    id: ESCALATE_FORM_ID,
    title: t(locale, 'escalate.form.title'),
    submit: t(locale, 'escalate.form.submit'),
    cancel: t(locale, 'form.kudos.cancel'),
    fields: [
      {
        id: 'client',
        kind: 'text',
        label: t(locale, 'escalate.form.client'),
        placeholder: t(locale, 'escalate.form.client.placeholder'),
        maxLength: CLIENT_MAX,
        initial: prefill.client,
      },
      {
        id: 'what',
        kind: 'longtext',
        label: t(locale, 'escalate.form.what'),
        hint: t(locale, 'escalate.form.what.hint'),
        maxLength: WHAT_MAX,
        initial: prefill.what,
      },
      {
        id: 'words',
        kind: 'longtext',
        label: t(locale, 'escalate.form.words'),
        optional: true,
        maxLength: WORDS_MAX,
        initial: prefill.words,
      },
      {
        id: 'severity',
        kind: 'choice',
        label: t(locale, 'escalate.form.severity'),
        options: SEVERITIES.map((s) => ({ value: s, label: t(locale, `escalate.severity.${s}`) })),
      },
      {
        id: 'keep',
        kind: 'choice',
        label: t(locale, 'escalate.form.keep'),
        optional: true,
        options: [
          { value: 'yes', label: t(locale, 'escalate.keep.yes') },
          { value: 'no', label: t(locale, 'escalate.keep.no') },
        ],
      },
      {
        id: 'cause',
        kind: 'choice',
        label: t(locale, 'escalate.form.cause'),
        optional: true,
        options: CAUSES.map((c) => ({ value: c, label: t(locale, `escalate.cause.${c}`) })),
      },
    ],
  };
}

/** `ACME Ltd: what happened` → the client and the story, for the prefilled form. */
export function readEscalateText(raw: string): { client?: string; what?: string } {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return text ? { client: text } : {};
  return {
    client: text.slice(0, colon).trim() || undefined,
    what: text.slice(colon + 1).trim() || undefined,
  };
}

export interface ReportAbuseInput {
  workspace: Workspace;
  reporter: Person;
  values: FormValues;
  requestKey: string;
}

export type ReportAbuseResult =
  | { ok: true; escalation: Escalation; duplicate: boolean; reply: MessageModel }
  | { ok: false; field: string; reply: MessageModel };

const str = (v: FormValues[string]) => (typeof v === 'string' ? v.trim() : '');

/** Stores the report, routes it to the reporter's manager (or the admins) and tells both. */
export function reportAbuse(ctx: CoreContext, input: ReportAbuseInput): ReportAbuseResult {
  const { workspace, reporter } = input;
  const locale = localeOf(reporter, workspace);
  const fail = (field: string, key: MessageKey, params: Record<string, string | number> = {}) => ({
    ok: false as const,
    field,
    reply: { parts: [text(t(locale, key, params))] },
  });
  const clientName = str(input.values.client).replace(/\s+/g, ' ');
  const what = str(input.values.what);
  const words = str(input.values.words);
  const severity = str(input.values.severity) as Severity;
  const keep = str(input.values.keep);
  const cause = CAUSES.find((c) => c === str(input.values.cause)) ?? null;
  if (!clientName || clientName.length > CLIENT_MAX)
    return fail('client', 'escalate.error.client', { max: CLIENT_MAX });
  const length = [...what].length;
  if (length < WHAT_MIN || length > WHAT_MAX) {
    return fail('what', 'escalate.error.what', { min: WHAT_MIN, max: WHAT_MAX, length });
  }
  if ([...words].length > WORDS_MAX)
    return fail('words', 'escalate.error.words', { max: WORDS_MAX });
  if (!SEVERITIES.includes(severity)) return fail('severity', 'escalate.error.severity');

  const handler = reporter.managerId ? personById(ctx, reporter.managerId) : undefined;
  const admins = handler ? [] : adminsOf(ctx, workspace.id, reporter.id);
  if (!handler && admins.length === 0) {
    ctx.log.error({ reporter: reporter.id }, 'report has nobody to go to: no manager, no admin');
  }
  const now = ctx.now();
  const { servedBy, ...stored } = ctx.db.transaction(() => {
    if (!claimRequest(ctx.db, `${workspace.id}:${input.requestKey}`)) {
      const earlier = ctx.db
        .select()
        .from(escalations)
        .where(
          and(
            eq(escalations.workspaceId, workspace.id),
            eq(escalations.sourceRef, input.requestKey),
          ),
        )
        .get()!;
      const earlierClient = ctx.db
        .select()
        .from(clients)
        .where(eq(clients.id, earlier.clientId))
        .get()!;
      const servedBy = servedBySomeoneElse(ctx, earlierClient, reporter);
      return { escalation: earlier, duplicate: true, servedBy };
    }
    const client = findOrCreateClient(ctx.db, workspace.id, clientName);
    const escalation = ctx.db
      .insert(escalations)
      .values({
        workspaceId: workspace.id,
        reporterId: reporter.id,
        clientId: client.id,
        handlerId: handler?.id ?? null,
        severity,
        whatHappened: what,
        clientWords: words || null,
        wantsToKeepAccount: keep ? keep === 'yes' : null,
        cause,
        sourceRef: input.requestKey,
        createdAt: now,
        timerAt: acknowledgeBy(severity, now, handler?.timezone ?? workspace.timezone),
        checkInAt: new Date(now.getTime() + workspace.checkInDays * 24 * 60 * 60 * 1000),
      })
      .returning()
      .get();
    recordEvent(ctx, escalation.id, reporter.id, 'reported', what);
    recordEvent(ctx, escalation.id, null, 'routed', handler ? handler.name : 'admins');
    const servedBy = servedBySomeoneElse(ctx, client, reporter);
    for (const person of handler ? [handler] : admins) {
      enqueueDelivery(
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
            clientHistory(ctx, workspace, client, person, escalation),
            servedBy,
          ),
        },
        now,
      );
    }
    remindSupporters(ctx, workspace, escalation, reporter, client);
    return { escalation, duplicate: false, servedBy };
  });
  ctx.log.info(
    { escalation: stored.escalation.id, duplicate: stored.duplicate },
    'report recorded',
  );
  const reply = handler
    ? tInline(locale, 'escalate.recorded', {
        client: [{ bold: clientName }],
        handler: [{ mention: mentionOf(handler) }],
      })
    : tInline(locale, admins.length > 0 ? 'escalate.recorded.admins' : 'escalate.recorded.nobody', {
        client: [{ bold: clientName }],
      });
  const parts: Part[] = [text(...reply)];
  // Someone else serves this account (see servedBySomeoneElse): recorded and routed all the
  // same, and the reporter is told plainly who will check with the account's owner.
  if (servedBy) {
    parts.push(
      text(
        ...tInline(locale, handler ? 'clients.notYours' : 'clients.notYours.admins', {
          client: [{ bold: clientName }],
          owner: [{ mention: mentionOf(servedBy) }],
        }),
      ),
    );
  }
  return { ok: true, ...stored, reply: { parts } };
}

/**
 * Managers who chose to support rather than take over are reminded, after each later
 * report on the same client, to thank the employee.
 */
function remindSupporters(
  ctx: CoreContext,
  workspace: Workspace,
  escalation: Escalation,
  reporter: Person,
  client: Client,
): void {
  // From the audit trail, so resolving the earlier report does not end the reminders.
  const supported = ctx.db
    .select({ supporterId: escalationEvents.actorId, employeeId: escalations.reporterId })
    .from(escalationEvents)
    .innerJoin(escalations, eq(escalationEvents.escalationId, escalations.id))
    .where(and(eq(escalations.clientId, client.id), eq(escalationEvents.kind, 'supported')))
    .all();
  const seen = new Set<string>();
  for (const { supporterId, employeeId } of supported) {
    const supporter = supporterId ? personById(ctx, supporterId) : undefined;
    const employee = personById(ctx, employeeId);
    const pair = `${supporterId}:${employeeId}`;
    // Only a supporter in the new reporter's chain may learn of the new report at all.
    if (!supporter || !employee || seen.has(pair) || !mayHandle(ctx, reporter, supporter)) continue;
    seen.add(pair);
    const locale = localeOf(supporter, workspace);
    enqueueDelivery(
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

/**
 * What the manager gets: the report, the client's words, and the steps as buttons; on a
 * difficult client, its history as this manager may see it; on an account someone else
 * serves, who that is.
 */
export function reportCard(
  locale: Locale,
  escalation: Escalation,
  reporter: Person,
  client: Client,
  history?: ClientHistory,
  servedBy?: Person,
): MessageModel {
  const parts: Part[] = [
    { type: 'heading', text: t(locale, 'escalate.card.title', { client: client.name }) },
    text(
      ...tInline(locale, 'escalate.card.from', {
        reporter: [{ mention: mentionOf(reporter) }],
        client: [{ bold: client.name }],
        severity: t(locale, `escalate.severity.${escalation.severity}`),
      }),
    ),
    { type: 'quote', text: escalation.whatHappened },
  ];
  if (escalation.clientWords) {
    parts.push(text({ bold: t(locale, 'escalate.card.words') }), {
      type: 'quote',
      text: escalation.clientWords,
    });
  }
  if (escalation.wantsToKeepAccount !== null) {
    parts.push(
      text(
        t(
          locale,
          escalation.wantsToKeepAccount ? 'escalate.card.keep.yes' : 'escalate.card.keep.no',
        ),
      ),
    );
  }
  if (servedBy) {
    parts.push(
      text(
        ...tInline(locale, 'clients.card.servedBy', {
          client: [{ bold: client.name }],
          owner: [{ mention: mentionOf(servedBy) }],
          reporter: [{ mention: mentionOf(reporter) }],
        }),
      ),
    );
  }
  if (history) parts.push(...historyParts(locale, client, history));
  parts.push(
    { type: 'context', content: [t(locale, 'escalate.card.steps')] },
    {
      type: 'buttons',
      buttons: (Object.keys(ESCALATION_ACTIONS) as (keyof typeof ESCALATION_ACTIONS)[]).map(
        (step) => ({
          action: ESCALATION_ACTIONS[step],
          label: t(locale, `escalate.action.${step}`),
          value: String(escalation.id),
          primary: step === 'acknowledge',
        }),
      ),
    },
  );
  return { parts };
}
