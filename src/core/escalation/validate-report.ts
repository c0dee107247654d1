import { CAUSES, type Escalation } from '../../db/schema';
import { t, type Locale, type MessageKey } from '../../i18n';
import { type FormValues, text, type MessageModel } from '../shared';
import type { Severity } from './working-time';

export const WHAT_MIN = 10;
export const WHAT_MAX = 3000;
/** What one report's words may run to: a few pages, more than anyone types in a form. */
export const WORDS_MAX = 3000;
export const CLIENT_MAX = 200;
export const SEVERITIES: Severity[] = ['concerning', 'abusive', 'threatening'];

/** A report as the reporter filled it in, checked and trimmed. */
export interface ReportFields {
  clientName: string;
  what: string;
  /** The client's own words; empty when not given. */
  words: string;
  severity: Severity;
  /** Whether the reporter wants to keep the account; null when they did not say. */
  keep: boolean | null;
  cause: Escalation['cause'];
}

export type ValidatedReport =
  { ok: true; fields: ReportFields } | { ok: false; field: string; reply: MessageModel };

const str = (v: FormValues[string]) => (typeof v === 'string' ? v.trim() : '');

/** The form's values as a report, or the first field that is wrong and what to say about it. */
export function validateReport(locale: Locale, values: FormValues): ValidatedReport {
  const fail = (field: string, key: MessageKey, params: Record<string, string | number> = {}) => ({
    ok: false as const,
    field,
    reply: { parts: [text(t(locale, key, params))] },
  });
  const clientName = str(values.client).replace(/\s+/g, ' ');
  const what = str(values.what);
  const words = str(values.words);
  const severity = str(values.severity) as Severity;
  const keep = str(values.keep);
  const cause = CAUSES.find((c) => c === str(values.cause)) ?? null;
  if (!clientName || clientName.length > CLIENT_MAX)
    return fail('client', 'escalate.error.client', { max: CLIENT_MAX });
  const length = [...what].length;
  if (length < WHAT_MIN || length > WHAT_MAX) {
    return fail('what', 'escalate.error.what', { min: WHAT_MIN, max: WHAT_MAX, length });
  }
  if ([...words].length > WORDS_MAX)
    return fail('words', 'escalate.error.words', { max: WORDS_MAX });
  if (!SEVERITIES.includes(severity)) return fail('severity', 'escalate.error.severity');
  return {
    ok: true,
    fields: { clientName, what, words, severity, keep: keep ? keep === 'yes' : null, cause },
  };
}
