import { CAUSES, type Escalation, type Person, type Workspace } from '../../db/schema';
import { t, type Locale } from '../../i18n';
import {
  type CoreContext,
  type FormModel,
  type FormValues,
  tInline,
  text,
  type MessageModel,
  type Part,
} from '../shared';
import { localeOf, mentionOf } from '../people';
import { routeReport, type ReportRoute } from './route-report';
import { storeReport } from './store-report';
import { CLIENT_MAX, SEVERITIES, validateReport, WHAT_MAX, WORDS_MAX } from './validate-report';

export const ESCALATE_FORM_ID = 'escalate';
export { WHAT_MAX, WHAT_MIN, WORDS_MAX } from './validate-report';
export { ESCALATION_ACTIONS, reportCard } from './report-card';

/** The button on the private prompt a report reaction brings; the value is `channel|ts`. */
export const REPORT_MESSAGE_ACTION = 'reaction-report-message';

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

/** Stores the report, routes it to the reporter's manager (or the admins) and tells both. */
export async function reportAbuse(
  ctx: CoreContext,
  input: ReportAbuseInput,
): Promise<ReportAbuseResult> {
  const { workspace, reporter } = input;
  const locale = localeOf(reporter, workspace);
  const validated = validateReport(locale, input.values);
  if (!validated.ok) return validated;
  const route = await routeReport(ctx, workspace, reporter);
  const { servedBy, ...stored } = await storeReport(ctx, input, validated.fields, route);
  ctx.log.info(
    { escalation: stored.escalation.id, duplicate: stored.duplicate },
    'report recorded',
  );
  return {
    ok: true,
    ...stored,
    reply: reportedReply(locale, validated.fields.clientName, route, servedBy),
  };
}

/** What the reporter is told: who the report went to, and who serves the account if not them. */
function reportedReply(
  locale: Locale,
  clientName: string,
  route: ReportRoute,
  servedBy: Person | undefined,
): MessageModel {
  const { handler, admins } = route;
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
  return { parts };
}
