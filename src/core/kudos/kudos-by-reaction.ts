import { inTransaction } from '../../db/query';
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import {
  type ForwardedEmailRow,
  kudos,
  outbox,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t, type Locale } from '../../i18n';
import { type CoreContext, text, type MessageModel } from '../shared';
import { giveKudos, WORDS_MAX } from './give-kudos';
import { localeOf } from '../people';
import { clientNameOf } from '../clients';
import {
  concernedPeople,
  emailAt,
  isAbusive,
  classifyText,
  EMAIL_ACTIONS,
} from '../forwarded-email';
import { REPORT_MESSAGE_ACTION } from '../escalation';

/** A kudos given by a reaction is announced this late, so removing the reaction takes it back. */
export const REACTION_UNDO_MS = 60_000;

export interface ReactionInput {
  workspace: Workspace;
  reactor: Person;
  emoji: string;
  channel: string;
  messageTs: string;
  /** The platform's id of this reaction event: a retry carries the same one. */
  eventTs: string;
  /** Who wrote the message, and what it says, as far as the platform told. */
  author?: Person;
  messageText?: string;
}

/** What to say, only to the person who reacted; nothing when the emoji means nothing to us. */
export type ReactionOutcome = { privately?: MessageModel };

/** One reactor's kudos on one message; each reaction event adds its own suffix. */
const keyPrefix = (input: { channel: string; messageTs: string; reactor: Person }) =>
  `reaction:${input.channel}:${input.messageTs}:${input.reactor.id}:`;

/** Kudos rows made by reactions of this reactor on this message (the prefix, as a key range). */
const reactionKudos = async (ctx: CoreContext, workspaceId: number, prefix: string) =>
  await ctx.db
    .select()
    .from(kudos)
    .where(
      and(
        eq(kudos.workspaceId, workspaceId),
        // ';' follows ':' in code order: the range is exactly the keys starting with the prefix.
        gte(kudos.sourceRef, prefix),
        lt(kudos.sourceRef, `${prefix.slice(0, -1)};`),
      ),
    );

/**
 * Whether the reacted-to message must be read from the platform (Slack may allow that once a
 * minute): only for a kudos emoji on a message Frontline has not read. A forwarded email's
 * words are stored; a report reads the message when its button is clicked.
 */
export async function reactionNeedsMessage(
  ctx: CoreContext,
  input: Pick<ReactionInput, 'workspace' | 'emoji' | 'channel' | 'messageTs'>,
): Promise<boolean> {
  if (!input.workspace.kudosEmojis.includes(input.emoji)) return false;
  return !(await emailAt(ctx, input.workspace, input.channel, input.messageTs));
}

/** The report emoji: a private offer to report the client (of the email, or of the message). */
function reportOffer(
  locale: Locale,
  input: ReactionInput,
  email: ForwardedEmailRow | undefined,
): ReactionOutcome {
  const button = email
    ? { action: EMAIL_ACTIONS.report, value: String(email.id) }
    : { action: REPORT_MESSAGE_ACTION, value: `${input.channel}|${input.messageTs}` };
  const label = t(locale, 'email.abusive.report');
  return {
    privately: {
      parts: [
        text(t(locale, 'reaction.report')),
        { type: 'buttons', buttons: [{ ...button, label, primary: true }] },
      ],
    },
  };
}

/** A kudos emoji records a kudos from the reactor; the report emoji offers a private report. */
export async function reactionAdded(
  ctx: CoreContext,
  input: ReactionInput,
): Promise<ReactionOutcome> {
  const { workspace, reactor, emoji } = input;
  const locale = localeOf(reactor, workspace);
  const say = (message: string): ReactionOutcome => ({ privately: { parts: [text(message)] } });
  const email = await emailAt(ctx, workspace, input.channel, input.messageTs);

  if (emoji === workspace.reportEmoji) return reportOffer(locale, input, email);
  if (!workspace.kudosEmojis.includes(emoji)) return {};

  // Applause for a colleague who took abuse must not turn the client's insults into kudos —
  // whether the email was read as such, or the message (a forward not read, say) reads so now.
  const words = (email ? email.words : input.messageText)?.trim() || `:${emoji}:`;
  if ((email && isAbusive(email)) || (!email && classifyText(words).kind === 'abusive')) {
    return say(t(locale, 'email.abusive.noKudos'));
  }
  const concerned = email
    ? await concernedPeople(ctx, email)
    : input.author && !input.author.isBot
      ? [input.author]
      : [];
  const recipients = concerned.filter((p) => p.id !== reactor.id);
  if (recipients.length === 0) return say(t(locale, 'reaction.whom'));

  const prefix = keyPrefix(input);
  // A second kudos emoji from the same person is the same applause.
  if ((await reactionKudos(ctx, workspace.id, prefix)).length > 0) return {};
  const result = await giveKudos(ctx, {
    workspace,
    giver: reactor,
    recipients,
    words: words.slice(0, WORDS_MAX),
    values: [],
    clientName: email ? await clientNameOf(ctx.db, email.clientId) : undefined,
    source: 'reaction',
    requestKey: `${prefix}${input.eventTs}`,
    channel: input.channel,
    // The words are this channel's: they are not carried to another one.
    announceIn: input.channel,
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
export async function reactionRemoved(
  ctx: CoreContext,
  input: Omit<ReactionInput, 'author' | 'messageText' | 'eventTs'>,
): Promise<boolean> {
  if (!input.workspace.kudosEmojis.includes(input.emoji)) return false;
  const wsId = input.workspace.id;
  return inTransaction(ctx, async (ctx) => {
    const rows = await reactionKudos(ctx, wsId, keyPrefix(input));
    if (rows.length === 0) return false;
    const keys = [
      ...new Set(rows.map((k) => `${wsId}:kudos-announce:${k.sourceRef}`)),
      ...rows.map((k) => `${wsId}:kudos-dm:${k.id}`),
    ];
    const deliveries = await ctx.db.select().from(outbox).where(inArray(outbox.key, keys));
    if (deliveries.some((d) => d.status !== 'pending')) return false;
    await ctx.db.delete(outbox).where(inArray(outbox.key, keys));
    await ctx.db.delete(kudos).where(
      inArray(
        kudos.id,
        rows.map((k) => k.id),
      ),
    );
    // The reaction event stays claimed: Slack retrying it later must not bring the kudos back.
    ctx.log.info({ kudos: rows.map((k) => k.id) }, 'kudos taken back: reaction removed');
    return true;
  });
}
