import { eq } from 'drizzle-orm';
import {
  forwardedEmails,
  type ForwardedEmailRow,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t } from '../../i18n';
import { clientNameOf } from '../clients';
import { type CoreContext, type FormModel, text, type MessageModel } from '../shared';
import { localeOf, personById } from '../people';
import { emailRow } from './record-kudos';
import { escalateForm, WORDS_MAX } from '../escalation';

/** The metadata a report form opened from a forwarded email carries back on submission. */
export const EMAIL_METADATA = 'email';

/** The forwarder, the people the email concerns and admins; anyone else only where it was posted. */
function maySeeEmail(actor: Person, row: ForwardedEmailRow, channel?: string): boolean {
  return (
    actor.isAdmin ||
    actor.id === row.forwarderId ||
    row.concernsIds.includes(actor.id) ||
    (channel !== undefined && channel === row.channel)
  );
}

/**
 * "Report to my manager" on a forwarded email: the private report form, prefilled with the client
 * and what they wrote. Whoever saw it may report it — the report is theirs, to their manager —
 * but an email id alone shows no one the words of an email they were never shown.
 */
export async function reportForwardedEmail(
  ctx: CoreContext,
  input: { workspace: Workspace; actor: Person; emailId: number; channel?: string },
): Promise<{ form: FormModel; metadata: Record<string, string> } | { reply: MessageModel }> {
  const locale = localeOf(input.actor, input.workspace);
  const row = await emailRow(ctx, input.workspace, input.emailId);
  if (!row || row.status === 'unreadable')
    return { reply: { parts: [text(t(locale, 'email.gone'))] } };
  if (!maySeeEmail(input.actor, row, input.channel)) {
    ctx.log.warn({ email: row.id, actor: input.actor.id }, 'forwarded email report refused');
    return { reply: { parts: [text(t(locale, 'email.notYours'))] } };
  }
  const client = await clientNameOf(ctx.db, row.clientId);
  const words = [row.subject ? `${row.subject}\n\n` : '', row.words ?? ''].join('').trim();
  return {
    form: escalateForm(locale, { client, words: words.slice(0, WORDS_MAX) }),
    metadata: { [EMAIL_METADATA]: String(row.id) },
  };
}

/** Once the report is filed, the email points at it (and is not offered again). */
export async function linkReportToEmail(
  ctx: CoreContext,
  workspace: Workspace,
  emailId: number,
  escalation: { id: number; reporterId: number },
): Promise<void> {
  const row = await emailRow(ctx, workspace, emailId);
  const reporter = await personById(ctx, escalation.reporterId);
  // A form's data can be forged on some platforms: only someone the email concerns marks it.
  if (!row || !reporter || !maySeeEmail(reporter, row)) return;
  const escalationId = escalation.id;
  await ctx.db
    .update(forwardedEmails)
    .set({ status: 'reported', escalationId })
    .where(eq(forwardedEmails.id, emailId));
}
