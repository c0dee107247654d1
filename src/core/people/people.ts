import { first, written } from '../../db/query';
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

export async function workspaceByPlatformId(
  ctx: CoreContext,
  platform: Platform,
  externalId: string,
): Promise<Workspace | undefined> {
  return await first(workspaceByExternalId(ctx.db).execute({ platform, externalId }));
}

/** The workspace with this row id. */
export async function workspaceOf(ctx: CoreContext, id: number): Promise<Workspace | undefined> {
  return await first(ctx.db.select().from(workspaces).where(eq(workspaces.id, id)));
}

export async function findOrCreateWorkspace(
  ctx: CoreContext,
  platform: Platform,
  externalId: string,
  name?: string,
): Promise<Workspace> {
  const existing = await workspaceByPlatformId(ctx, platform, externalId);
  if (existing) return existing;
  return await written(
    ctx.db
      .insert(workspaces)
      .values({ platform, externalId, name })
      .onConflictDoUpdate({
        target: [workspaces.platform, workspaces.externalId],
        set: { externalId },
      })
      .returning(),
  );
}

export async function personByPlatformId(
  ctx: CoreContext,
  workspaceId: number,
  platformUserId: string,
): Promise<Person | undefined> {
  return await first(personByUserId(ctx.db).execute({ workspaceId, platformUserId }));
}

export async function personById(ctx: CoreContext, id: number): Promise<Person | undefined> {
  return await first(personByRowId(ctx.db).execute({ id }));
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
  const known = await personByPlatformId(ctx, workspaceId, platformUserId);
  const maxAge = known?.isAdmin ? ADMIN_PROFILE_MAX_AGE_MS : PROFILE_MAX_AGE_MS;
  const fresh =
    known?.profileSyncedAt && ctx.now().getTime() - known.profileSyncedAt.getTime() < maxAge;
  if (known && fresh) return known;
  const profile = await directory.lookup(platformUserId).catch((err: unknown) => {
    ctx.log.warn({ err, platformUserId }, 'profile lookup failed');
    return null;
  });
  if (profile) return await savePerson(ctx, workspaceId, profile);
  if (known || !fallbackName) return known;
  // Two first requests from the same person may race here: the second finds the first's row.
  await ctx.db
    .insert(people)
    .values({ workspaceId, platformUserId, name: fallbackName })
    .onConflictDoNothing();
  return await personByPlatformId(ctx, workspaceId, platformUserId);
}

/** Every admin of the workspace but `exceptId` (the reporter never handles their own report). */
export async function adminsOf(
  ctx: CoreContext,
  workspaceId: number,
  exceptId: number,
): Promise<Person[]> {
  return (
    await ctx.db
      .select()
      .from(people)
      .where(and(eq(people.workspaceId, workspaceId), eq(people.isAdmin, true)))
  ).filter((p) => p.id !== exceptId && !p.isBot);
}

export async function personByEmail(
  ctx: CoreContext,
  workspaceId: number,
  email: string,
): Promise<Person | undefined> {
  return await first(
    ctx.db
      .select()
      .from(people)
      .where(and(eq(people.workspaceId, workspaceId), eq(people.email, email.toLowerCase()))),
  );
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
  const known = await personByEmail(ctx, workspaceId, email);
  if (known?.platformUserId || !directory.lookupByEmail) return known;
  // Most addresses a client writes to are not ours: not finding one is no warning.
  const profile = await directory.lookupByEmail(email).catch(() => null);
  if (!profile) return known;
  return await savePerson(ctx, workspaceId, { ...profile, email: profile.email ?? email });
}

/** Writes what the platform says of a person, keeping what admins set (manager, team). */
export async function savePerson(
  ctx: CoreContext,
  workspaceId: number,
  profile: Profile,
): Promise<Person> {
  const email = profile.email?.toLowerCase() ?? null;
  const byId = await personByPlatformId(ctx, workspaceId, profile.platformUserId);
  const byEmail = email ? await personByEmail(ctx, workspaceId, email) : undefined;
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
    return await written(
      ctx.db
        .update(people)
        .set({
          ...fields,
          // An imported locale is an admin's choice; the platform's only fills a gap.
          locale: existing.locale ?? toLocale(profile.locale) ?? null,
        })
        .where(eq(people.id, existing.id))
        .returning(),
    );
  }
  const [made] = await ctx.db
    .insert(people)
    .values({ workspaceId, ...fields, locale: toLocale(profile.locale) ?? null })
    .onConflictDoNothing()
    .returning();
  // Another request saved this person meanwhile (on PostgreSQL they run side by side): this
  // time the row is found and updated.
  return made ?? (await savePerson(ctx, workspaceId, profile));
}

/** The language the person's own client reports fills a gap; an imported one stays. */
export async function fillLocale(
  ctx: CoreContext,
  person: Person,
  locale: Locale | undefined,
): Promise<Person> {
  if (person.locale || !locale) return person;
  return await written(
    ctx.db.update(people).set({ locale }).where(eq(people.id, person.id)).returning(),
  );
}

export function localeOf(person: Person | undefined, workspace: Workspace): Locale {
  return toLocale(person?.locale) ?? toLocale(workspace.defaultLocale) ?? 'en';
}

export function mentionOf(person: Person): Mention {
  return { platformUserId: person.platformUserId, name: person.name };
}
