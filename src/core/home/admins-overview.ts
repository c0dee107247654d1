import { allRows, firstRow } from '../../db/query';
import { sql } from 'drizzle-orm';
import { CAUSES, type Workspace } from '../../db/schema';
import { DIFFICULT_REPORTS, DIFFICULT_WINDOW_DAYS } from '../clients';
import type { CoreContext, Mention } from '../shared';

const DAY_MS = 24 * 60 * 60 * 1000;
export const OVERVIEW_WEEKS = 4;
export const OVERVIEW_TEAMS = 10;
export const OVERVIEW_CLIENTS = 5;
export const ORPHANS_SHOWN = 10;

/** The workspace settings an admin may change from the overview, in the order shown. */
export const OVERVIEW_SETTINGS = [
  'channel',
  'summary',
  'inbox',
  'reactions',
  'limit',
  'autorecord',
  'checkin',
  'digest',
] as const;
export type OverviewSetting = (typeof OVERVIEW_SETTINGS)[number];

export interface TeamWeeks {
  team: string;
  /** Oldest week first, the current week last. */
  received: number[];
  given: number[];
}

export interface TeamPraiseAndReports {
  team: string;
  clientPraise: number;
  reports: number;
}

export interface DifficultClient {
  name: string;
  reports: number;
  compliments: number;
  yearlyValue: number | null;
  yearlyServiceCost: number | null;
}

export type Cause = (typeof CAUSES)[number] | 'unsaid';

export interface AdminsOverview {
  settings: Workspace;
  /** People with no manager who manage nobody either: left out of every chain. */
  withoutManager: { count: number; shown: Mention[] };
  lastImport: { kind: string; rows: number; problems: number; at: Date } | null;
  kudosByTeam: TeamWeeks[];
  praiseAndReportsByTeam: TeamPraiseAndReports[];
  difficultClients: DifficultClient[];
  /** Reports over the window by what provoked the client: counts only. */
  reportsByCause: { cause: Cause; reports: number }[];
  windowDays: number;
}

async function withoutManager(
  ctx: CoreContext,
  workspaceId: number,
): Promise<AdminsOverview['withoutManager']> {
  const rows = await allRows<{ name: string; platformUserId: string | null; total: number }>(
    ctx.db,
    sql`
    SELECT p.name, p.platform_user_id AS "platformUserId", COUNT(*) OVER () AS total
    FROM people p
    WHERE p.workspace_id = ${workspaceId} AND p.manager_id IS NULL AND p.is_bot = 0
      AND NOT EXISTS (SELECT 1 FROM people r WHERE r.manager_id = p.id)
    ORDER BY p.name, p.id
    LIMIT ${ORPHANS_SHOWN}`,
  );
  return {
    count: rows[0]?.total ?? 0,
    shown: rows.map((r) => ({ name: r.name, platformUserId: r.platformUserId })),
  };
}

async function lastImport(
  ctx: CoreContext,
  workspaceId: number,
): Promise<AdminsOverview['lastImport']> {
  const row = await firstRow<{ kind: string; rows: number; problems: number; at: number }>(
    ctx.db,
    sql`
    SELECT kind, rows, problems, created_at AS at FROM imports
    WHERE workspace_id = ${workspaceId} ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  return row ? { ...row, at: new Date(row.at) } : null;
}

/** Kudos received and given per team and week: a team is its people's `team`. */
async function kudosByTeam(
  ctx: CoreContext,
  workspaceId: number,
  now: number,
): Promise<TeamWeeks[]> {
  const since = now - OVERVIEW_WEEKS * 7 * DAY_MS;
  // Counted per person first: one look-up of people per person and week, not per kudos.
  const rows = await allRows<{ team: string; ago: number; received: number; given: number }>(
    ctx.db,
    sql`
    WITH recent AS MATERIALIZED (
      SELECT giver_id, recipient_id,
        CAST((${now} - created_at) / ${7 * DAY_MS} AS INTEGER) AS ago FROM kudos
      WHERE workspace_id = ${workspaceId} AND created_at >= ${since} AND created_at <= ${now}
    ),
    "byPerson" AS (
      SELECT recipient_id AS id, ago, COUNT(*) AS received, 0 AS given
        FROM recent GROUP BY recipient_id, ago
      UNION ALL
      SELECT giver_id, ago, 0, COUNT(*) FROM recent GROUP BY giver_id, ago
    )
    SELECT p.team AS team, ago, SUM(received) AS received, SUM(given) AS given
    FROM "byPerson" b JOIN people p ON p.id = b.id
    WHERE p.team IS NOT NULL AND trim(p.team) <> ''
    GROUP BY p.team, ago`,
  );
  const teams = new Map<string, TeamWeeks>();
  for (const r of rows) {
    let team = teams.get(r.team);
    if (!team) {
      team = {
        team: r.team,
        received: new Array<number>(OVERVIEW_WEEKS).fill(0),
        given: new Array<number>(OVERVIEW_WEEKS).fill(0),
      };
      teams.set(r.team, team);
    }
    const week = OVERVIEW_WEEKS - 1 - r.ago;
    if (week < 0) continue;
    team.received[week] = r.received;
    team.given[week] = r.given;
  }
  const total = (t: TeamWeeks) => t.received.reduce((a, b) => a + b, 0);
  return [...teams.values()]
    .sort((a, b) => total(b) - total(a) || a.team.localeCompare(b.team))
    .slice(0, OVERVIEW_TEAMS);
}

async function praiseAndReportsByTeam(
  ctx: CoreContext,
  workspaceId: number,
  since: number,
): Promise<TeamPraiseAndReports[]> {
  return await allRows<TeamPraiseAndReports>(
    ctx.db,
    sql`
    SELECT p.team AS team, SUM(praise) AS "clientPraise", SUM(report) AS reports FROM (
      SELECT recipient_id AS id, COUNT(*) AS praise, 0 AS report FROM kudos
      WHERE workspace_id = ${workspaceId} AND created_at >= ${since} AND client_id IS NOT NULL
      GROUP BY recipient_id
      UNION ALL
      SELECT reporter_id, 0, COUNT(*) FROM escalations
      WHERE workspace_id = ${workspaceId} AND created_at >= ${since}
      GROUP BY reporter_id
    ) AS b JOIN people p ON p.id = b.id
    WHERE p.team IS NOT NULL AND trim(p.team) <> ''
    GROUP BY p.team
    ORDER BY SUM(praise) + SUM(report) DESC, p.team
    LIMIT ${OVERVIEW_TEAMS}`,
  );
}

async function difficultClients(ctx: CoreContext, workspaceId: number, since: number) {
  return await allRows<DifficultClient>(
    ctx.db,
    sql`
    SELECT c.name, r.reports,
      (SELECT COUNT(*) FROM kudos k WHERE k.client_id = c.id AND k.created_at >= ${since})
        AS compliments,
      c.yearly_value AS "yearlyValue", c.yearly_service_cost AS "yearlyServiceCost"
    FROM (SELECT client_id, COUNT(*) AS reports FROM escalations
          WHERE workspace_id = ${workspaceId} AND created_at >= ${since}
          GROUP BY client_id HAVING COUNT(*) >= ${DIFFICULT_REPORTS}) AS r
    JOIN clients c ON c.id = r.client_id
    ORDER BY r.reports DESC, c.name
    LIMIT ${OVERVIEW_CLIENTS}`,
  );
}

async function reportsByCause(ctx: CoreContext, workspaceId: number, since: number) {
  const rows = await allRows<{ cause: Cause | null; reports: number }>(
    ctx.db,
    sql`
    SELECT cause, COUNT(*) AS reports FROM escalations
    WHERE workspace_id = ${workspaceId} AND created_at >= ${since}
    GROUP BY cause`,
  );
  return rows
    .map((r) => ({ cause: r.cause ?? ('unsaid' as const), reports: r.reports }))
    .sort((a, b) => b.reports - a.reports || a.cause.localeCompare(b.cause));
}

/** What an admin sees: the settings, who is outside every chain, and aggregates only. */
export async function adminsOverview(
  ctx: CoreContext,
  workspace: Workspace,
): Promise<AdminsOverview> {
  const now = ctx.now().getTime();
  const since = now - DIFFICULT_WINDOW_DAYS * DAY_MS;
  return {
    settings: workspace,
    withoutManager: await withoutManager(ctx, workspace.id),
    lastImport: await lastImport(ctx, workspace.id),
    kudosByTeam: await kudosByTeam(ctx, workspace.id, now),
    praiseAndReportsByTeam: await praiseAndReportsByTeam(ctx, workspace.id, since),
    difficultClients: await difficultClients(ctx, workspace.id, since),
    reportsByCause: await reportsByCause(ctx, workspace.id, since),
    windowDays: DIFFICULT_WINDOW_DAYS,
  };
}
