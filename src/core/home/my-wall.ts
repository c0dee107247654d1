import { first, aliasFor } from '../../db/query';
import { and, desc, eq, lt, ne, or, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import {
  clients,
  escalations,
  kudos,
  people,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import type { Locale } from '../../i18n';
import type { CoreContext, Mention, DigestSchedule } from '../shared';
import { localeOf, mentionOf } from '../people';

/** Kudos on one page of the wall: a page one reads at a glance, with the rest of the home. */
export const WALL_PAGE = 8;
export const TREND_WEEKS = 12;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface WallItem {
  kudosId: number;
  at: Date;
  /** The client's (or colleague's) own words, verbatim. */
  words: string;
  /** The client's name when a client praised; null for a colleague's kudos. */
  client: string | null;
  /** Who passed it on (a colleague, or whoever forwarded the client's email). */
  giver: Mention;
  values: string[];
  thanks: { by: Mention; note: string | null } | null;
}

export interface WallTotals {
  month: number;
  quarter: number;
  year: number;
}

export interface MyReport {
  id: number;
  client: string;
  status: Escalation['status'];
  at: Date;
}

export interface Wall {
  items: WallItem[];
  /** Where the next, older page starts; null on the last page. */
  older: string | null;
  /** Whether this is a later page (so "newest" is offered). */
  paged: boolean;
  totals: WallTotals;
  /** Praise received per week, oldest week first, the current week last. */
  weekly: number[];
  settings: { announce: boolean; digest: DigestSchedule | null; locale: Locale };
  /** Only the reporter's own reports, never anyone else's. */
  openReports: MyReport[];
}

/** One page of praise received, newest first, from a (createdAt, id) cursor. */
const wallPage = prepared((db) => {
  const giver = aliasFor(db, people, 'giver');
  return db
    .select({
      kudos,
      giver,
      client: clients.name,
      // A correlated lookup rather than a second join of people, which drizzle cannot type.
      thankerName: sql<string | null>`(select name from people where id = ${kudos.thankedById})`,
      thankerUserId: sql<
        string | null
      >`(select platform_user_id from people where id = ${kudos.thankedById})`,
    })
    .from(kudos)
    .innerJoin(giver, eq(kudos.giverId, giver.id))
    .leftJoin(clients, eq(kudos.clientId, clients.id))
    .where(
      and(
        eq(kudos.recipientId, sql.placeholder('personId')),
        or(
          lt(kudos.createdAt, sql.placeholder('beforeAt')),
          and(
            eq(kudos.createdAt, sql.placeholder('beforeAt')),
            lt(kudos.id, sql.placeholder('beforeId')),
          ),
        ),
      ),
    )
    .orderBy(desc(kudos.createdAt), desc(kudos.id))
    .limit(WALL_PAGE + 1)
    .prepare();
});

const countSince = (start: string) =>
  sql<number>`coalesce(sum(case when ${kudos.createdAt} >= ${sql.placeholder(start)} then 1 else 0 end), 0)`;

/** A person's praise in [since, now]: counts since each start, and per week back from now. */
const inRange = and(
  eq(kudos.recipientId, sql.placeholder('personId')),
  sql`${kudos.createdAt} >= ${sql.placeholder('since')}`,
  sql`${kudos.createdAt} <= ${sql.placeholder('now')}`,
);

const wallCounts = prepared((db) =>
  db
    .select({
      month: countSince('month'),
      quarter: countSince('quarter'),
      year: countSince('year'),
    })
    .from(kudos)
    .where(inRange)
    .prepare(),
);

// Cast: SQLite binds a JS number as a real, and whole weeks are wanted.
const weeksAgo = sql<number>`cast((${sql.placeholder('now')} - ${kudos.createdAt}) / ${WEEK_MS} as integer)`;

const wallWeeks = prepared((db) =>
  db
    .select({ ago: weeksAgo, n: sql<number>`count(*)` })
    .from(kudos)
    .where(inRange)
    .groupBy(sql`1`)
    .prepare(),
);

const myOpenReports = prepared((db) =>
  db
    .select({ escalation: escalations, client: clients.name })
    .from(escalations)
    .innerJoin(clients, eq(escalations.clientId, clients.id))
    .where(
      and(
        eq(escalations.reporterId, sql.placeholder('personId')),
        ne(escalations.status, 'resolved'),
      ),
    )
    .orderBy(desc(escalations.createdAt))
    .prepare(),
);

/** The starts of the month, quarter and year that `now` is in, in UTC. */
export function periodStarts(now: Date): WallTotals {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  return {
    month: Date.UTC(y, m, 1),
    quarter: Date.UTC(y, m - (m % 3), 1),
    year: Date.UTC(y, 0, 1),
  };
}

/** "1733000000000:42" → the cursor, or undefined when it is not one. */
function readCursor(raw: string | undefined): { beforeAt: number; beforeId: number } | undefined {
  const match = raw ? /^(\d{1,15}):(\d{1,15})$/.exec(raw) : null;
  return match ? { beforeAt: Number(match[1]), beforeId: Number(match[2]) } : undefined;
}

/** Praise per week for the last TREND_WEEKS weeks, oldest first. */
function weeklyTrend(weeks: { ago: number; n: number }[]): number[] {
  const weekly = new Array<number>(TREND_WEEKS).fill(0);
  for (const { ago, n } of weeks) {
    if (ago >= 0 && ago < TREND_WEEKS) weekly[TREND_WEEKS - 1 - ago]! += n;
  }
  return weekly;
}

/** The praise a person received, their totals and trend, their own settings and reports. */
export async function myWall(
  ctx: CoreContext,
  workspace: Workspace,
  person: Person,
  page?: string,
): Promise<Wall> {
  const now = ctx.now().getTime();
  const cursor = readCursor(page) ?? { beforeAt: now + 1, beforeId: 0 };
  const rows = await wallPage(ctx.db).execute({ personId: person.id, ...cursor });
  const shown = rows.slice(0, WALL_PAGE);
  const last = shown[shown.length - 1];
  const starts = periodStarts(ctx.now());
  const since = Math.min(starts.year, now - TREND_WEEKS * WEEK_MS);
  const range = { personId: person.id, ...starts, now, since };
  const counts = (await first(wallCounts(ctx.db).execute(range)))!;
  const weeks = await wallWeeks(ctx.db).execute(range);
  return {
    items: shown.map((r) => ({
      kudosId: r.kudos.id,
      at: r.kudos.createdAt,
      words: r.kudos.words,
      client: r.client,
      giver: mentionOf(r.giver),
      values: r.kudos.values,
      thanks:
        r.thankerName !== null
          ? {
              by: { name: r.thankerName, platformUserId: r.thankerUserId },
              note: r.kudos.thanksNote,
            }
          : null,
    })),
    older:
      rows.length > WALL_PAGE && last ? `${last.kudos.createdAt.getTime()}:${last.kudos.id}` : null,
    paged: readCursor(page) !== undefined,
    totals: { month: counts.month, quarter: counts.quarter, year: counts.year },
    weekly: weeklyTrend(weeks),
    settings: {
      announce: !person.announceOptOut,
      digest: person.digestSchedule,
      locale: localeOf(person, workspace),
    },
    openReports: (await myOpenReports(ctx.db).execute({ personId: person.id })).map((r) => ({
      id: r.escalation.id,
      client: r.client,
      status: r.escalation.status,
      at: r.escalation.createdAt,
    })),
  };
}

const BARS = '▂▃▄▅▆▇█';

/** Twelve weeks as text: ▁ for a week without praise, the busiest week █. */
export function sparkline(weekly: number[]): string {
  const max = Math.max(0, ...weekly);
  return weekly
    .map((n) => (n === 0 ? '▁' : BARS[Math.ceil((n / max) * BARS.length) - 1]!))
    .join('');
}
