import { eq } from 'drizzle-orm';
import { forwardedEmails, type Person, type Workspace } from '../db/schema';
import { t } from '../i18n';
import { clientNameOf } from './clients';
import type { CoreContext } from './core';
import type { FormModel } from './form';
import { text, type MessageModel } from './message';
import { localeOf } from './people';
import { emailRow } from './record-kudos-from-email';
import { escalateForm, WORDS_MAX } from './report-abuse';

/** The metadata a report form opened from a forwarded email carries back on submission. */
export const EMAIL_METADATA = 'email';

/**
 * "Report to my manager" on a forwarded email: the private report form, prefilled with the client
 * and what they wrote. Anyone who saw it may report it: the report is theirs, to their manager.
 */
export function reportForwardedEmail(
  ctx: CoreContext,
  input: { workspace: Workspace; actor: Person; emailId: number },
): { form: FormModel; metadata: Record<string, string> } | { reply: MessageModel } {
  const locale = localeOf(input.actor, input.workspace);
  const row = emailRow(ctx, input.workspace, input.emailId);
  if (!row || row.status === 'unreadable')
    return { reply: { parts: [text(t(locale, 'email.gone'))] } };
  const client = clientNameOf(ctx.db, row.clientId);
  const words = [row.subject ? `${row.subject}\n\n` : '', row.words ?? ''].join('').trim();
  return {
    form: escalateForm(locale, { client, words: words.slice(0, WORDS_MAX) }),
    metadata: { [EMAIL_METADATA]: String(row.id) },
  };
}

/** Once the report is filed, the email points at it (and is not offered again). */
export function linkReportToEmail(
  ctx: CoreContext,
  workspace: Workspace,
  emailId: number,
  escalationId: number,
): void {
  if (!emailRow(ctx, workspace, emailId)) return;
  ctx.db
    .update(forwardedEmails)
    .set({ status: 'reported', escalationId })
    .where(eq(forwardedEmails.id, emailId))
    .run();
}
