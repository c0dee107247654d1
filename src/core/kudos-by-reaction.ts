import { and, eq, inArray } from 'drizzle-orm';
import {
  clients,
  forwardedEmails,
  kudos,
  outbox,
  processedEvents,
  type Person,
  type Workspace,
} from '../db/schema';
import { t } from '../i18n';
import type { CoreContext } from './core';
import { giveKudos, WORDS_MAX } from './give-kudos';
import { text, type MessageModel } from './message';
import { localeOf } from './people';
import { concernedPeople } from './record-kudos-from-email';
import { EMAIL_ACTIONS } from './react-to-forwarded-email';

/** A kudos given by a reaction is announced this late, so removing the reaction takes it back. */
export const REACTION_UNDO_MS = 60_000;

/** The button on the private prompt a report reaction brings; the value is `channel|ts`. */
export const REPORT_MESSAGE_ACTION = 'reaction-report-message';

export interface ReactionInput {
  workspace: Workspace;
  reactor: Person;
  emoji: string;
  channel: string;
  messageTs: string;
  /** Who wrote the message, and what it says, as far as the platform told. */
  author?: Person;
  messageText?: string;
}

/** What to say, only to the person who reacted; nothing when the emoji means nothing to us. */
export type ReactionOutcome = { privately?: MessageModel };

const requestKey = (input: { channel: string; messageTs: string; reactor: Person }) =>
  `reaction:${input.channel}:${input.messageTs}:${input.reactor.id}`;

/** A kudos emoji records a kudos from the reactor; the report emoji offers a private report. */
export function reactionAdded(ctx: CoreContext, input: ReactionInput): ReactionOutcome {
  const { workspace, reactor, emoji } = input;
  const locale = localeOf(reactor, workspace);
  const say = (message: string): ReactionOutcome => ({ privately: { parts: [text(message)] } });
  const email = ctx.db
    .select()
    .from(forwardedEmails)
    .where(
      and(
        eq(forwardedEmails.workspaceId, workspace.id),
        eq(forwardedEmails.channel, input.channel),
        eq(forwardedEmails.messageTs, input.messageTs),
      ),
    )
    .get();
  const isEmail = email && email.status !== 'unreadable';

  if (emoji === workspace.reportEmoji) {
    const button = isEmail
      ? { action: EMAIL_ACTIONS.report, value: String(email.id) }
      : { action: REPORT_MESSAGE_ACTION, value: `${input.channel}|${input.messageTs}` };
    return {
      privately: {
        parts: [
          text(t(locale, 'reaction.report')),
          {
            type: 'buttons',
            buttons: [{ ...button, label: t(locale, 'email.abusive.report'), primary: true }],
          },
        ],
      },
    };
  }
  if (!workspace.kudosEmojis.includes(emoji)) return {};

  // Applause for a colleague who took abuse must not turn the client's insults into kudos.
  if (isEmail && email.kind === 'abusive') return say(t(locale, 'reaction.abusive'));
  const concerned = isEmail
    ? concernedPeople(ctx, email)
    : input.author && !input.author.isBot
      ? [input.author]
      : [];
  const recipients = concerned.filter((p) => p.id !== reactor.id);
  if (recipients.length === 0) return say(t(locale, 'reaction.whom'));

  const words = (isEmail ? email.words : input.messageText)?.trim() || `:${emoji}:`;
  const clientName =
    isEmail && email.clientId
      ? ctx.db.select().from(clients).where(eq(clients.id, email.clientId)).get()?.name
      : undefined;
  const result = giveKudos(ctx, {
    workspace,
    giver: reactor,
    recipients,
    words: words.slice(0, WORDS_MAX),
    values: [],
    clientName,
    source: 'reaction',
    requestKey: requestKey(input),
    channel: input.channel,
    holdUntil: new Date(ctx.now().getTime() + REACTION_UNDO_MS),
  });
  if (!result.ok) return { privately: result.reply };
  if (result.duplicate) return {};
  return {
    privately: {
      parts: [
        ...result.reply.parts,
        text(t(locale, 'reaction.undo', { seconds: REACTION_UNDO_MS / 1000 })),
      ],
    },
  };
}

/**
 * Removing the reaction takes the kudos back while nothing about it has gone out yet;
 * after that it stays, as anything announced does. True when it was taken back.
 */
export function reactionRemoved(
  ctx: CoreContext,
  input: Omit<ReactionInput, 'author' | 'messageText'>,
): boolean {
  if (!input.workspace.kudosEmojis.includes(input.emoji)) return false;
  const key = requestKey(input);
  const wsId = input.workspace.id;
  return ctx.db.transaction(() => {
    const rows = ctx.db
      .select()
      .from(kudos)
      .where(and(eq(kudos.workspaceId, wsId), eq(kudos.sourceRef, key)))
      .all();
    if (rows.length === 0) return false;
    const keys = [`${wsId}:kudos-announce:${key}`, ...rows.map((k) => `${wsId}:kudos-dm:${k.id}`)];
    const deliveries = ctx.db.select().from(outbox).where(inArray(outbox.key, keys)).all();
    if (deliveries.some((d) => d.status !== 'pending')) return false;
    ctx.db.delete(outbox).where(inArray(outbox.key, keys)).run();
    ctx.db
      .delete(kudos)
      .where(and(eq(kudos.workspaceId, wsId), eq(kudos.sourceRef, key)))
      .run();
    // The same reaction added again later is a new kudos.
    ctx.db
      .delete(processedEvents)
      .where(eq(processedEvents.key, `${wsId}:${key}`))
      .run();
    ctx.log.info({ kudos: rows.map((k) => k.id) }, 'kudos taken back: reaction removed');
    return true;
  });
}
