import { and, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { toLocale, type Locale } from '../../i18n';
import { people, workspaces, type Person, type Workspace } from '../../db/schema';
import type { CoreContext, Mention } from '../shared';

export type Platform = Workspace['platform'];

/** What a platform tells about one of its users. */
export interface Profile {
  platformUserId: string;
  name: string;
  email?: string | null;
  timezone?: string | null;
  locale?: string | null;
  isAdmin?: boolean;
  isBot?: boolean;
}

/** A platform's user directory (Slack's users.info, Teams' roster…). */
export interface Directory {
  lookup(platformUserId: string): Promise<Profile | null>;
  /** The platform's account with this email address, where the platform can tell. */
  lookupByEmail?(email: string): Promise<Profile | null>;
}

/** Profiles are read again after this long, so names stay current. */
const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** An admin's profile is read again sooner: a demotion takes their rights within minutes. */
export const ADMIN_PROFILE_MAX_AGE_MS = 5 * 60 * 1000;

const workspaceByExternalId = prepared((db) =>
  db
    .select()
    .from(workspaces)
    .where(
      and(
        eq(workspaces.platform, sql.placeholder('platform')),
        eq(workspaces.externalId, sql.placeholder('externalId')),
      ),
    )
    .prepare(),
);

const personByUserId = prepared((db) =>
  db
    .select()
    .from(people)
    .where(
      and(
        eq(people.workspaceId, sql.placeholder('workspaceId')),
        eq(people.platformUserId, sql.placeholder('platformUserId')),
      ),
    )
    .prepare(),
);

const personByRowId = prepared((db) =>
  db
    .select()
    .from(people)
    .where(eq(people.id, sql.placeholder('id')))
    .prepare(),
);

export function workspaceByPlatformId(
  ctx: CoreContext,
  platform: Platform,
  externalId: string,
): Workspace | undefined {
  return workspaceByExternalId(ctx.db).get({ platform, externalId });
}

/** The workspace with this row id. */
export function workspaceOf(ctx: CoreContext, id: number): Workspace | undefined {
  return ctx.db.select().from(workspaces).where(eq(workspaces.id, id)).get();
}

export function findOrCreateWorkspace(
  ctx: CoreContext,
  platform: Platform,
  externalId: string,
  name?: string,
): Workspace {
  const existing = workspaceByPlatformId(ctx, platform, externalId);
  if (existing) return existing;
  return ctx.db
    .insert(workspaces)
    .values({ platform, externalId, name })
    .onConflictDoUpdate({
      target: [workspaces.platform, workspaces.externalId],
      set: { externalId },
    })
    .returning()
    .get();
}

export function personByPlatformId(
  ctx: CoreContext,
  workspaceId: number,
  platformUserId: string,
): Person | undefined {
  return personByUserId(ctx.db).get({ workspaceId, platformUserId });
}

export function personById(ctx: CoreContext, id: number): Person | undefined {
  return personByRowId(ctx.db).get({ id });
}

/**
 * The person behind a platform user id, read from the platform when unknown or stale.
 * An imported row that only knows the email is linked to the platform id here.
 */
export async function ensurePerson(
  ctx: CoreContext,
  workspaceId: number,
  platformUserId: string,
  directory: Directory,
  /** Used when the platform cannot be asked: the person is recorded and read again next time. */
  fallbackName?: string,
): Promise<Person | undefined> {
  const known = personByPlatformId(ctx, workspaceId, platformUserId);
  const maxAge = known?.isAdmin ? ADMIN_PROFILE_MAX_AGE_MS : PROFILE_MAX_AGE_MS;
  const fresh =
    known?.profileSyncedAt && ctx.now().getTime() - known.profileSyncedAt.getTime() < maxAge;
  if (known && fresh) return known;
  const profile = await directory.lookup(platformUserId).catch((err: unknown) => {
    ctx.log.warn({ err, platformUserId }, 'profile lookup failed');
    return null;
  });
  if (profile) return savePerson(ctx, workspaceId, profile);
  if (known || !fallbackName) return known;
  // Two first requests from the same person may race here: the second finds the first's row.
  ctx.db
    .insert(people)
    .values({ workspaceId, platformUserId, name: fallbackName })
    .onConflictDoNothing()
    .run();
  return personByPlatformId(ctx, workspaceId, platformUserId);
}

/** Every admin of the workspace but `exceptId` (the reporter never handles their own report). */
export function adminsOf(ctx: CoreContext, workspaceId: number, exceptId: number): Person[] {
  return ctx.db
    .select()
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.isAdmin, true)))
    .all()
    .filter((p) => p.id !== exceptId && !p.isBot);
}

export function personByEmail(
  ctx: CoreContext,
  workspaceId: number,
  email: string,
): Person | undefined {
  return ctx.db
    .select()
    .from(people)
    .where(and(eq(people.workspaceId, workspaceId), eq(people.email, email.toLowerCase())))
    .get();
}

/**
 * Our person with this email address: known from an import or a profile, else found in the
 * platform's directory (and linked). Undefined for an address that is not one of ours.
 */
export async function personWithEmail(
  ctx: CoreContext,
  workspaceId: number,
  email: string,
  directory: Directory,
): Promise<Person | undefined> {
  const known = personByEmail(ctx, workspaceId, email);
  if (known?.platformUserId || !directory.lookupByEmail) return known;
  // Most addresses a client writes to are not ours: not finding one is no warning.
  const profile = await directory.lookupByEmail(email).catch(() => null);
  if (!profile) return known;
  return savePerson(ctx, workspaceId, { ...profile, email: profile.email ?? email });
}

/** Writes what the platform says of a person, keeping what admins set (manager, team). */
export function savePerson(ctx: CoreContext, workspaceId: number, profile: Profile): Person {
  const email = profile.email?.toLowerCase() ?? null;
  const byId = personByPlatformId(ctx, workspaceId, profile.platformUserId);
  const byEmail = email ? personByEmail(ctx, workspaceId, email) : undefined;
  const existing = byId ?? byEmail;
  // Another row (an import that knew only the email) may hold it: leave it there, log it.
  const emailTaken = byId && byEmail && byEmail.id !== byId.id;
  if (emailTaken) {
    ctx.log.warn({ person: byId.id, other: byEmail.id }, 'two people rows share an email');
  }
  const fields = {
    platformUserId: profile.platformUserId,
    name: profile.name,
    isBot: profile.isBot ?? false,
    profileSyncedAt: ctx.now(),
    ...(email && !emailTaken ? { email } : {}),
    ...(profile.timezone ? { timezone: profile.timezone } : {}),
    ...(profile.isAdmin !== undefined ? { isAdmin: profile.isAdmin } : {}),
  };
  if (existing) {
    return ctx.db
      .update(people)
      .set({
        ...fields,
        // An imported locale is an admin's choice; the platform's only fills a gap.
        locale: existing.locale ?? toLocale(profile.locale) ?? null,
      })
      .where(eq(people.id, existing.id))
      .returning()
      .get();
  }
  return ctx.db
    .insert(people)
    .values({ workspaceId, ...fields, locale: toLocale(profile.locale) ?? null })
    .returning()
    .get();
}

/** The language the person's own client reports fills a gap; an imported one stays. */
export function fillLocale(ctx: CoreContext, person: Person, locale: Locale | undefined): Person {
  if (person.locale || !locale) return person;
  return ctx.db.update(people).set({ locale }).where(eq(people.id, person.id)).returning().get();
}

export function localeOf(person: Person | undefined, workspace: Workspace): Locale {
  return toLocale(person?.locale) ?? toLocale(workspace.defaultLocale) ?? 'en';
}

export function mentionOf(person: Person): Mention {
  return { platformUserId: person.platformUserId, name: person.name };
}
