import { first } from '../../db/query';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ConversationReference } from 'botbuilder';
import type { CoreContext } from '../../core/shared';
import { prepared } from '../../db/prepared';
import { conversationReferences, type ConversationReferenceRow } from '../../db/schema';

export type ConversationKind = ConversationReferenceRow['kind'];

/** A channel message's conversation id names its thread; the channel itself is the part before. */
export const channelOf = (conversationId: string) => conversationId.split(';')[0]!;

/**
 * Teams calls a 1:1 chat 'personal', a channel 'channel' and a group chat 'groupChat'. A chat
 * Teams did not name counts as a group chat: only a chat known to be 1:1 is private.
 */
export function kindOf(conversationType: string | undefined): ConversationKind {
  if (conversationType === 'personal') return 'personal';
  if (conversationType === 'channel') return 'channel';
  return 'groupChat';
}

/** Whether only the person and Frontline are in this conversation. */
export const isPersonalChat = (conversation: { conversationType?: string } | undefined) =>
  kindOf(conversation?.conversationType) === 'personal';

const byConversation = prepared((db) =>
  db
    .select()
    .from(conversationReferences)
    .where(
      and(
        eq(conversationReferences.workspaceId, sql.placeholder('workspaceId')),
        eq(conversationReferences.conversationId, sql.placeholder('conversationId')),
      ),
    )
    .prepare(),
);

const personalOf = prepared((db) =>
  db
    .select()
    .from(conversationReferences)
    .where(
      and(
        eq(conversationReferences.workspaceId, sql.placeholder('workspaceId')),
        eq(conversationReferences.personId, sql.placeholder('personId')),
        eq(conversationReferences.kind, 'personal'),
      ),
    )
    .orderBy(desc(conversationReferences.updatedAt))
    .limit(1)
    .prepare(),
);

const latestIn = prepared((db) =>
  db
    .select()
    .from(conversationReferences)
    .where(eq(conversationReferences.workspaceId, sql.placeholder('workspaceId')))
    .orderBy(desc(conversationReferences.updatedAt))
    .limit(1)
    .prepare(),
);

/**
 * Keeps where Frontline can reach a conversation later, as the latest activity describes it
 * (the service URL can change). Channel threads are stored as their channel.
 */
export async function saveConversationReference(
  ctx: CoreContext,
  input: {
    workspaceId: number;
    reference: Partial<ConversationReference>;
    kind: ConversationKind;
    /** For a personal chat: whose it is. */
    personId?: number;
  },
): Promise<void> {
  const conversationId = input.reference.conversation?.id;
  if (!conversationId) return;
  const channel = input.kind === 'channel' ? channelOf(conversationId) : conversationId;
  const reference = {
    ...input.reference,
    conversation: { ...input.reference.conversation!, id: channel },
    // The activity this reference came from is not what a later message answers.
    activityId: undefined,
  };
  const personId = input.kind === 'personal' ? (input.personId ?? null) : null;
  await ctx.db
    .insert(conversationReferences)
    .values({
      workspaceId: input.workspaceId,
      conversationId: channel,
      kind: input.kind,
      personId,
      reference,
      updatedAt: ctx.now(),
    })
    .onConflictDoUpdate({
      target: [conversationReferences.workspaceId, conversationReferences.conversationId],
      set: {
        kind: input.kind,
        // An update without a known person keeps the one recorded before.
        personId: personId ?? sql`${conversationReferences.personId}`,
        reference,
        updatedAt: ctx.now(),
      },
    });
}

export async function referenceToConversation(
  ctx: CoreContext,
  workspaceId: number,
  conversationId: string,
): Promise<Partial<ConversationReference> | undefined> {
  const row = await first(byConversation(ctx.db).execute({ workspaceId, conversationId }));
  return row?.reference as Partial<ConversationReference> | undefined;
}

/** The person's 1:1 chat with Frontline, if it was ever seen. */
export async function personalReference(
  ctx: CoreContext,
  workspaceId: number,
  personId: number,
): Promise<Partial<ConversationReference> | undefined> {
  const row = await first(personalOf(ctx.db).execute({ workspaceId, personId }));
  return row?.reference as Partial<ConversationReference> | undefined;
}

/** A conversation Teams no longer lets Frontline post to (the app was removed, say). */
export async function forgetConversation(
  ctx: CoreContext,
  workspaceId: number,
  conversationId: string,
): Promise<void> {
  await ctx.db
    .delete(conversationReferences)
    .where(
      and(
        eq(conversationReferences.workspaceId, workspaceId),
        eq(conversationReferences.conversationId, conversationId),
      ),
    );
}

/** Any conversation in the tenant: where to find the service URL to start a new one. */
export async function latestReference(
  ctx: CoreContext,
  workspaceId: number,
): Promise<Partial<ConversationReference> | undefined> {
  return (await first(latestIn(ctx.db).execute({ workspaceId })))?.reference as
    Partial<ConversationReference> | undefined;
}

/** Channels and group chats Frontline is in, most recent first: rosters to look people up in. */
export async function sharedConversations(
  ctx: CoreContext,
  workspaceId: number,
  limit: number,
): Promise<string[]> {
  return (
    await ctx.db
      .select({ id: conversationReferences.conversationId })
      .from(conversationReferences)
      .where(
        and(
          eq(conversationReferences.workspaceId, workspaceId),
          inArray(conversationReferences.kind, ['channel', 'groupChat']),
        ),
      )
      .orderBy(desc(conversationReferences.updatedAt))
      .limit(limit)
  ).map((row) => row.id);
}
