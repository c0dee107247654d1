import { first } from '../../db/query';
import { and, eq } from 'drizzle-orm';
import {
  forwardedEmails,
  type ForwardedEmailRow,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t } from '../../i18n';
import { clientNameOf } from '../clients';
import { type CoreContext, mentionList, tInline, text, type MessageModel } from '../shared';
import { giveKudos, WORDS_MAX } from '../kudos';
import { localeOf, mentionOf, personById } from '../people';

export interface EmailClickInput {
  workspace: Workspace;
  actor: Person;
  emailId: number;
}

export interface EmailClickOutcome {
  /** Said to the person who clicked, only to them. */
  reply: MessageModel;
  /** What the offer in the thread becomes, its buttons gone. */
  replace?: MessageModel;
}

export async function emailRow(ctx: CoreContext, workspace: Workspace, id: number) {
  const row = await first(ctx.db.select().from(forwardedEmails).where(eq(forwardedEmails.id, id)));
  return row?.workspaceId === workspace.id ? row : undefined;
}

export async function concernedPeople(ctx: CoreContext, row: ForwardedEmailRow): Promise<Person[]> {
  const found = await Promise.all(row.concernsIds.map((id) => personById(ctx, id)));
  return found.filter((p) => p !== undefined);
}

/** The forwarded email a chat message brought, if it was one (and could be read). */
export async function emailAt(
  ctx: CoreContext,
  workspace: Workspace,
  channel: string,
  messageTs: string,
): Promise<ForwardedEmailRow | undefined> {
  const row = await first(
    ctx.db
      .select()
      .from(forwardedEmails)
      .where(
        and(
          eq(forwardedEmails.workspaceId, workspace.id),
          eq(forwardedEmails.channel, channel),
          eq(forwardedEmails.messageTs, messageTs),
        ),
      ),
  );
  return row && row.status !== 'unreadable' ? row : undefined;
}

/** Abuse, or reported as such: its words must never become kudos. */
export const isAbusive = (row: ForwardedEmailRow) =>
  row.kind === 'abusive' || row.status === 'reported';

/**
 * A forwarded email's client, words and people, to start a form opened on its message;
 * `abusive` says its words are for a report only, never for kudos.
 */
export async function emailOfMessage(
  ctx: CoreContext,
  workspace: Workspace,
  channel: string,
  messageTs: string,
): Promise<{ client?: string; words: string; recipients: string[]; abusive: boolean } | undefined> {
  const row = await emailAt(ctx, workspace, channel, messageTs);
  if (!row) return undefined;
  return {
    client: await clientNameOf(ctx.db, row.clientId),
    abusive: isAbusive(row),
    words: row.words ?? '',
    recipients: (await concernedPeople(ctx, row))
      .map((p) => p.platformUserId)
      .filter((id): id is string => id !== null),
  };
}

/** The forwarder, the people it concerns and admins decide what a forwarded email becomes. */
function mayDecide(actor: Person, row: ForwardedEmailRow): boolean {
  return actor.isAdmin || actor.id === row.forwarderId || row.concernsIds.includes(actor.id);
}

/**
 * "Record kudos": the client's words become kudos for the people the email concerns, the client
 * as their source and the forwarder as the one who passed them on. Clicking twice records once.
 */
export async function recordKudosFromEmail(
  ctx: CoreContext,
  input: EmailClickInput,
): Promise<EmailClickOutcome> {
  const { workspace, actor } = input;
  const locale = localeOf(actor, workspace);
  const say = (message: string): EmailClickOutcome => ({ reply: { parts: [text(message)] } });
  const row = await emailRow(ctx, workspace, input.emailId);
  if (!row || row.status === 'unreadable') return say(t(locale, 'email.gone'));
  if (!mayDecide(actor, row)) return say(t(locale, 'email.notYours'));
  if (isAbusive(row)) return say(t(locale, 'email.abusive.noKudos'));

  const forwarder = (await personById(ctx, row.forwarderId))!;
  const recipients = await concernedPeople(ctx, row);
  const words = (row.words?.trim() || row.subject?.trim() || '').slice(0, WORDS_MAX);
  if (!words) return say(t(locale, 'email.kudos.noWords'));
  const client = await clientNameOf(ctx.db, row.clientId);
  const requestKey = `email:${row.id}`;
  const result = await giveKudos(ctx, {
    workspace,
    giver: forwarder,
    recipients,
    words,
    values: [],
    clientName: client,
    source: 'email',
    requestKey,
    channel: row.channel,
  });
  if (!result.ok) return { reply: result.reply };
  await ctx.db
    .update(forwardedEmails)
    .set({ status: 'recorded', kudosRef: requestKey })
    .where(eq(forwardedEmails.id, row.id));
  const announceLocale = localeOf(undefined, workspace);
  return {
    reply: result.reply,
    replace: {
      parts: [
        text(
          ...tInline(announceLocale, 'email.recorded', {
            people: mentionList(announceLocale, recipients.map(mentionOf)),
            client: client ?? '',
            by: [{ mention: mentionOf(actor) }],
          }),
        ),
      ],
    },
  };
}

/** "Not a compliment": nothing is recorded and the offer goes away. */
export async function notACompliment(
  ctx: CoreContext,
  input: EmailClickInput,
): Promise<EmailClickOutcome> {
  const { workspace, actor } = input;
  const locale = localeOf(actor, workspace);
  const row = await emailRow(ctx, workspace, input.emailId);
  if (!row) return { reply: { parts: [text(t(locale, 'email.gone'))] } };
  if (!mayDecide(actor, row)) return { reply: { parts: [text(t(locale, 'email.notYours'))] } };
  if (row.status === 'recorded') {
    return { reply: { parts: [text(t(locale, 'email.repeat.recorded.short'))] } };
  }
  await ctx.db
    .update(forwardedEmails)
    .set({ status: 'dismissed', kind: 'neither' })
    .where(eq(forwardedEmails.id, row.id));
  ctx.log.info({ email: row.id, by: actor.id }, 'forwarded email marked not a compliment');
  const announceLocale = localeOf(undefined, workspace);
  return {
    reply: { parts: [text(t(locale, 'email.dismissed'))] },
    replace: {
      parts: [
        text(
          ...tInline(announceLocale, 'email.dismissed.public', {
            by: [{ mention: mentionOf(actor) }],
          }),
        ),
      ],
    },
  };
}
