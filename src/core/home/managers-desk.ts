import { allRows } from '../../db/query';
import { sql } from 'drizzle-orm';
import type { Person } from '../../db/schema';
import type { CoreContext, Mention } from '../shared';
import {
  heroesTwoLevelsDown,
  medianThankHours,
  reportsToActOn,
  waitingForThanks,
  type Praise,
  type ReportToActOn,
} from '../digests';
import { mentionOf } from '../people';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Without praise for this long, a person is worth a warm word from their manager. */
export const UNRECOGNISED_DAYS = 30;
/** Entries per list on the desk; the rest are counted. */
export const DESK_ITEMS = 5;
const HEROES = 3;

export interface Hero {
  person: Mention;
  /** For heroes two levels down: the manager in between. */
  via?: Mention;
  compliments: number;
}

export interface Unrecognised {
  person: Mention;
  /** Days since their last praise; null when never praised. */
  days: number | null;
}

export interface ManagersDesk {
  waiting: Praise;
  reports: ReportToActOn[];
  /** The manager's own median hours to thank, over 90 days: theirs only, never compared. */
  medianThankHours: number | null;
  heroes: Hero[];
  /** Only for a manager of managers. */
  heroesTwoDown: Hero[] | null;
  /** Seen by this manager alone. */
  unrecognised: Unrecognised[];
}

interface TeamRow {
  id: number;
  name: string;
  platformUserId: string | null;
  client: number;
  peer: number;
  lastAt: number | null;
  manages: number;
}

/** The manager's direct reports with the week's praise, their last praise and their own reports. */
async function directReports(
  ctx: CoreContext,
  manager: Person,
  weekStart: number,
): Promise<TeamRow[]> {
  return await allRows<TeamRow>(
    ctx.db,
    sql`
    SELECT p.id, p.name, p.platform_user_id AS "platformUserId",
      (SELECT COUNT(*) FROM kudos k WHERE k.recipient_id = p.id AND k.created_at >= ${weekStart}
         AND k.client_id IS NOT NULL) AS client,
      (SELECT COUNT(*) FROM kudos k WHERE k.recipient_id = p.id AND k.created_at >= ${weekStart}
         AND k.client_id IS NULL) AS peer,
      (SELECT MAX(k.created_at) FROM kudos k WHERE k.recipient_id = p.id) AS "lastAt",
      CASE WHEN EXISTS (SELECT 1 FROM people r WHERE r.manager_id = p.id) THEN 1 ELSE 0 END AS manages
    FROM people p
    WHERE p.manager_id = ${manager.id} AND p.is_bot = 0
    ORDER BY p.name, p.id`,
  );
}

const mention = (r: TeamRow): Mention => ({ name: r.name, platformUserId: r.platformUserId });

/** What a manager acts on; null for someone nobody reports to. */
export async function managersDesk(
  ctx: CoreContext,
  manager: Person,
): Promise<ManagersDesk | null> {
  const now = ctx.now();
  const weekStart = now.getTime() - 7 * DAY_MS;
  const team = await directReports(ctx, manager, weekStart);
  const reports = await reportsToActOn(ctx, manager, now);
  if (team.length === 0 && reports.length === 0) return null;
  const heroes = team
    .filter((r) => r.client + r.peer > 0)
    .sort((a, b) => b.client - a.client || b.peer - a.peer)
    .slice(0, HEROES)
    .map((r) => ({ person: mention(r), compliments: r.client + r.peer }));
  const managesManagers = team.some((r) => r.manages);
  const unrecognisedSince = now.getTime() - UNRECOGNISED_DAYS * DAY_MS;
  return {
    waiting: await waitingForThanks(ctx, manager),
    reports,
    medianThankHours: await medianThankHours(ctx, manager.id, now),
    heroes,
    heroesTwoDown: managesManagers
      ? (await heroesTwoLevelsDown(ctx, manager, new Date(weekStart), now)).map((h) => ({
          person: mentionOf(h.person),
          via: mentionOf(h.manager),
          compliments: h.compliments,
        }))
      : null,
    unrecognised: team
      .filter((r) => r.lastAt === null || r.lastAt < unrecognisedSince)
      // Never praised first, then the longest wait.
      .sort((a, b) => (a.lastAt ?? 0) - (b.lastAt ?? 0))
      .map((r) => ({
        person: mention(r),
        days: r.lastAt === null ? null : Math.floor((now.getTime() - r.lastAt) / DAY_MS),
      })),
  };
}
