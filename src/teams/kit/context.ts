import { TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import {
  ensurePerson,
  fillLocale,
  findOrCreateWorkspace,
  localeOf,
  type Directory,
  type Profile,
} from '../../core/people';
import type { Person, Workspace } from '../../db/schema';
import { toLocale, type Locale } from '../../i18n';
import {
  channelOf,
  kindOf,
  saveConversationReference,
  sharedConversations,
} from './conversation-references';
import type { TeamsDeps } from './deps';

/** The tenant an activity belongs to: Teams puts it on the conversation, or in channelData. */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id ?? undefined;
}

/** A Teams tenant is a Frontline workspace; undefined when the activity names no tenant. */
export async function teamsWorkspace(
  deps: TeamsDeps,
  activity: Partial<Activity>,
): Promise<Workspace | undefined> {
  const tenant = tenantOf(activity);
  return tenant ? await findOrCreateWorkspace(deps.core, 'teams', tenant) : undefined;
}

/** Admins are named by email or directory (Entra) object id in TEAMS_ADMINS. */
export function isTeamsAdmin(
  admins: ReadonlySet<string>,
  member: { email?: string | null; objectId?: string | null },
): boolean {
  return [member.email, member.objectId].some((v) => v && admins.has(v.toLowerCase()));
}

/**
 * A member as the connector describes one. Its roster answers carry the directory id as
 * `objectId`; activities (and botbuilder's own types) call it `aadObjectId`.
 */
interface RosterMember {
  id?: string;
  name?: string;
  givenName?: string;
  surname?: string;
  email?: string;
  userPrincipalName?: string;
  objectId?: string;
  aadObjectId?: string;
}

export const objectIdOf = (member: RosterMember): string | undefined =>
  member.objectId ?? member.aadObjectId;

/** The name Teams shows: the display name, else given name and surname. */
function nameOf(member: RosterMember): string | undefined {
  const full = [member.givenName, member.surname].filter(Boolean).join(' ');
  return member.name || full || undefined;
}

/**
 * The language of this turn's client: the activity's `locale`, else the clientInfo entity's
 * (some invokes carry only that).
 */
export function activityLocale(activity: Partial<Activity>): Locale | undefined {
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo') as
    { locale?: unknown } | undefined;
  const fromEntity = typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined;
  return toLocale(activity.locale) ?? toLocale(fromEntity);
}

/** How many other conversations' rosters are asked before a person counts as unknown. */
const ROSTERS_TO_TRY = 3;

type Member = RosterMember;

/** The part of the turn's connector client that reads a conversation's roster. */
interface RosterClient {
  conversations: {
    getConversationMember(conversationId: string, memberId: string): Promise<{ id?: string }>;
  };
}

/**
 * A member of this conversation, or else of a channel or group chat Frontline is in: a
 * personal chat's roster is just its two people, but the people picker names anyone.
 */
async function findMember(
  deps: TeamsDeps,
  context: TurnContext,
  workspaceId: number | undefined,
  userId: string,
): Promise<Member> {
  try {
    return await TeamsInfo.getMember(context, userId);
  } catch (err) {
    const connector = context.turnState.get(context.adapter.ConnectorClientKey) as
      RosterClient | undefined;
    if (!connector || workspaceId === undefined) throw err;
    const here = channelOf(context.activity.conversation?.id ?? '');
    for (const conversationId of await sharedConversations(
      deps.core,
      workspaceId,
      ROSTERS_TO_TRY,
    )) {
      if (conversationId === here) continue;
      const found = await connector.conversations
        .getConversationMember(conversationId, userId)
        .catch(() => undefined);
      if (found?.id) return found as Member;
    }
    throw err;
  }
}

/**
 * People as the Teams roster describes them. Whoever sent the activity is known from it
 * when the roster cannot be read, so a slow connector never leaves them nameless.
 */
export function teamsDirectory(
  deps: TeamsDeps,
  context: TurnContext,
  workspaceId?: number,
): Directory {
  const { from } = context.activity;
  const locale = activityLocale(context.activity);
  return {
    async lookup(userId: string): Promise<Profile | null> {
      const sender = userId === from?.id || userId === from?.aadObjectId;
      try {
        const member = await findMember(deps, context, workspaceId, userId);
        if (!member?.id) return null;
        const email = member.email ?? member.userPrincipalName ?? null;
        return {
          platformUserId: member.id,
          name: nameOf(member) || (sender ? from?.name : undefined) || member.id,
          email,
          locale: sender ? locale : null,
          isAdmin: isTeamsAdmin(deps.admins, { email, objectId: objectIdOf(member) }),
        };
      } catch (err) {
        if (!sender || !from?.id) throw err;
        deps.core.log.warn({ err }, 'Teams roster lookup failed: using the activity');
        return { platformUserId: from.id, name: from.name || from.id, locale };
      }
    },
  };
}

export interface TeamsActor {
  workspace: Workspace;
  actor: Person;
  locale: Locale;
  directory: Directory;
  /** The person behind a Teams user id (29:…) or directory object id; `name` if unreachable. */
  person: (id: string, name?: string) => Promise<Person | undefined>;
}

/** The workspace and the person acting in this turn, read from the roster when needed. */
export async function teamsActor(deps: TeamsDeps, context: TurnContext): Promise<TeamsActor> {
  const { activity } = context;
  const workspace = await teamsWorkspace(deps, activity);
  if (!workspace) throw new Error('a Teams activity without a tenant');
  const directory = teamsDirectory(deps, context, workspace.id);
  const from = activity.from;
  const known = await ensurePerson(deps.core, workspace.id, from.id, directory, from.name);
  if (!known) throw new Error(`no person for ${from.id}`);
  // Someone first met through another's mention has no language yet: this turn's client says it.
  const actor = await fillLocale(deps.core, known, activityLocale(activity));
  return {
    workspace,
    actor,
    locale: localeOf(actor, workspace),
    directory,
    person: (id, name) => ensurePerson(deps.core, workspace.id, id, directory, name),
  };
}

/**
 * Stores where this conversation can be reached later (digests, reminders, replies in
 * private). Every activity refreshes it; a personal chat is stored as its person's.
 */
export async function rememberConversation(
  deps: TeamsDeps,
  context: TurnContext,
  actor?: TeamsActor,
): Promise<void> {
  const { activity } = context;
  const workspace = actor?.workspace ?? (await teamsWorkspace(deps, activity));
  if (!workspace || !activity.conversation?.id) return;
  const kind = kindOf(activity.conversation.conversationType);
  let personId: number | undefined;
  if (kind === 'personal' && activity.from?.id) {
    personId = (actor ?? (await teamsActor(deps, context))).actor.id;
  }
  await saveConversationReference(deps.core, {
    workspaceId: workspace.id,
    reference: TurnContext.getConversationReference(activity),
    kind,
    personId,
  });
}
