import { allRows, firstRow } from '../../db/query';
import { sql } from 'drizzle-orm';
import { clientMeasures, clientMeasuresParts, SUMMARY_SCORE_DAYS } from '../scores';
import type { Db } from '../../db/database';
import type { Workspace } from '../../db/schema';
import { t, type Locale } from '../../i18n';
import {
  type CoreContext,
  mentionList,
  tInline,
  text,
  type Inline,
  type Mention,
  type MessageModel,
  type Part,
} from '../shared';
import { localeOf } from '../people';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Bounds that keep the summary a short read; each adapter's renderer also guards its own
 * platform's limits (Slack's blocks and characters).
 */
export const MAX_HEROES = 5;
export const MAX_FIRST_TIMERS = 10;
export const MAX_TEAMS = 10;
export const MAX_VALUES = 5;
export const QUOTE_MAX = 280;
const NAME_MAX = 80;
/** At most this many clients' own measures in the summary, in the order of their names. */
const SUMMARY_CLIENTS = 10;

export interface WeekCounts {
  /** Client compliments received: one per person praised. */
  clientCompliments: number;
  /** Kudos from colleagues received: one per person praised. */
  peerKudos: number;
}

export interface SummaryTotals extends WeekCounts {
  /** Distinct people who received anything this week, opted-out people included. */
  peopleRecognised: number;
  lastWeek: WeekCounts;
}

export interface WeeklySummary {
  message: MessageModel;
  totals: SummaryTotals;
}

interface Week {
  workspaceId: number;
  start: number;
  end: number;
}

/** One line of the week's praise: a person, a team, or the whole week. */
interface GroupRow {
  section: 'totals' | 'hero' | 'first' | 'team';
  rank: number;
  id: number | null;
  /** The person's name, or the team's. */
  name: string | null;
  platformUserId: string | null;
  client: number;
  peer: number;
  /** Totals: people praised; first-timers and teams: how many there are in all. */
  total: number | null;
}

/**
 * The week's praise counted once per recipient (one GROUP BY over kudos_workspace_created),
 * then cut four ways: totals, heroes, first-time client praise and teams. Opted-out people
 * count in the totals only: a one-person team would otherwise name them.
 * The first-time check probes kudos_recipient_created for client praise before the week.
 */
async function weekGroups(db: Db, { workspaceId, start, end }: Week): Promise<GroupRow[]> {
  return await allRows<GroupRow>(
    db,
    sql`
    WITH week AS MATERIALIZED (
      SELECT w.id, w.client, w.peer, w."firstClientAt",
             p.name, p.platform_user_id AS "platformUserId", p.team, p.announce_opt_out AS "optOut"
      FROM (SELECT recipient_id AS id,
                   SUM(CASE WHEN client_id IS NOT NULL THEN 1 ELSE 0 END) AS client,
                   SUM(CASE WHEN client_id IS NULL THEN 1 ELSE 0 END) AS peer,
                   MIN(CASE WHEN client_id IS NOT NULL THEN created_at END) AS "firstClientAt"
            FROM kudos
            WHERE workspace_id = ${workspaceId} AND created_at >= ${start} AND created_at < ${end}
            GROUP BY recipient_id) AS w
      JOIN people AS p ON p.id = w.id
    )
    SELECT 'totals' AS section, 0 AS rank, NULL AS id, NULL AS name, NULL AS "platformUserId",
           COALESCE(SUM(client), 0) AS client, COALESCE(SUM(peer), 0) AS peer, COUNT(*) AS total
    FROM week
    UNION ALL
    SELECT 'hero', ROW_NUMBER() OVER (ORDER BY client DESC, peer DESC, name, id),
           id, name, "platformUserId", client, peer, NULL
    FROM (SELECT * FROM week WHERE "optOut" = 0
          ORDER BY client DESC, peer DESC, name, id LIMIT ${MAX_HEROES}) AS heroes
    UNION ALL
    SELECT 'first', ROW_NUMBER() OVER (ORDER BY "firstClientAt", id),
           id, name, "platformUserId", client, peer, total
    FROM (SELECT *, COUNT(*) OVER () AS total FROM week
          WHERE client > 0 AND "optOut" = 0
            AND NOT EXISTS (SELECT 1 FROM kudos AS e
                            WHERE e.recipient_id = week.id AND e.created_at < ${start}
                              AND e.client_id IS NOT NULL)
          ORDER BY "firstClientAt", id LIMIT ${MAX_FIRST_TIMERS}) AS first_timers
    UNION ALL
    SELECT 'team', ROW_NUMBER() OVER (ORDER BY client + peer DESC, name),
           NULL, name, NULL, client, peer, total
    FROM (SELECT team AS name, SUM(client) AS client, SUM(peer) AS peer,
                 COUNT(*) OVER () AS total
          FROM week WHERE team IS NOT NULL AND trim(team) <> '' AND "optOut" = 0
          GROUP BY team ORDER BY SUM(client + peer) DESC, team LIMIT ${MAX_TEAMS}) AS teams
    ORDER BY section, rank`,
  );
}

async function weekCounts(db: Db, { workspaceId, start, end }: Week): Promise<WeekCounts> {
  const row = await firstRow<{ client: number; peer: number }>(
    db,
    sql`
    SELECT COALESCE(SUM(CASE WHEN client_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS client,
           COALESCE(SUM(CASE WHEN client_id IS NULL THEN 1 ELSE 0 END), 0) AS peer
    FROM kudos
    WHERE workspace_id = ${workspaceId} AND created_at >= ${start} AND created_at < ${end}`,
  );
  return { clientCompliments: row?.client ?? 0, peerKudos: row?.peer ?? 0 };
}

/** The words of the person's latest client compliment in the week, and the client's name. */
async function latestClientQuote(
  db: Db,
  recipientId: number,
  { start, end }: Week,
): Promise<{ words: string; client: string } | undefined> {
  // By recipient only: with workspace_id here too, SQLite picks the workspace index instead.
  return await firstRow(
    db,
    sql`
    SELECT k.words AS words, c.name AS client
    FROM kudos AS k JOIN clients AS c ON c.id = k.client_id
    WHERE k.recipient_id = ${recipientId} AND k.created_at >= ${start} AND k.created_at < ${end}
      AND k.client_id IS NOT NULL
    ORDER BY k.created_at DESC, k.id DESC
    LIMIT 1`,
  );
}

async function topValues(
  db: Db,
  { workspaceId, start, end }: Week,
): Promise<{ value: string; n: number }[]> {
  const cells = await allRows<{ cell: string }>(
    db,
    sql`
    SELECT k."values" AS cell FROM kudos AS k
    WHERE k.workspace_id = ${workspaceId} AND k.created_at >= ${start} AND k.created_at < ${end}
      AND k."values" <> '[]'`,
  );
  const counts = new Map<string, number>();
  for (const value of cells.flatMap(({ cell }) => valuesIn(cell))) {
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, n]) => ({ value, n }))
    .sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, MAX_VALUES);
}

/** A kudos' values; a malformed cell is skipped rather than failing the whole summary. */
function valuesIn(cell: string): string[] {
  try {
    const values: unknown = JSON.parse(cell);
    if (!Array.isArray(values)) return [];
    return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  } catch {
    return [];
  }
}

/**
 * The weekly channel summary for [weekEnd − 7 days, weekEnd): service heroes with a client
 * quote each, first-time client praise, totals against last week, teams and values.
 * Praise only: nothing about escalations, and opted-out people are counted but never named.
 * Null when nobody received anything that week: an empty summary is not posted.
 */
export async function buildWeeklySummary(
  ctx: CoreContext,
  workspace: Workspace,
  weekEnd: Date,
): Promise<WeeklySummary | null> {
  const end = weekEnd.getTime();
  const week: Week = { workspaceId: workspace.id, start: end - WEEK_MS, end };
  const found = await summaryWeek(ctx, week);
  if (!found) return null;

  const locale = localeOf(undefined, workspace);
  const tools: SectionTools = { locale, number: new Intl.NumberFormat(locale) };
  const parts: Part[] = [
    { type: 'heading', text: t(locale, 'summary.heading') },
    { type: 'context', content: [periodText(locale, workspace.timezone, week)] },
    ...heroParts(tools, found.heroes, found.quotes),
    ...firstTimerParts(tools, found.firstTimers),
    ...totalsParts(tools, found.totals),
    ...teamParts(tools, found.teams),
    ...valueParts(tools, found.values),
    ...clientMeasuresParts(
      locale,
      await clientMeasuresBefore(ctx, workspace, weekEnd),
      SUMMARY_CLIENTS,
    ),
  ];
  return { message: { parts }, totals: found.totals };
}

/** Clients' own measures over the days before the summary, beside their compliments. */
async function clientMeasuresBefore(ctx: CoreContext, workspace: Workspace, weekEnd: Date) {
  const since = new Date(weekEnd.getTime() - SUMMARY_SCORE_DAYS * 24 * 60 * 60 * 1000);
  return await clientMeasures(ctx, workspace.id, since, weekEnd);
}

/** What the week's summary is made of, as read from the database. */
interface SummaryWeek {
  totals: SummaryTotals;
  heroes: GroupRow[];
  /** Each hero's latest client quote, in the heroes' order. */
  quotes: Awaited<ReturnType<typeof latestClientQuote>>[];
  firstTimers: GroupRow[];
  teams: GroupRow[];
  values: Awaited<ReturnType<typeof topValues>>;
}

/** The week's groups, totals and quotes; undefined when nobody received anything. */
async function summaryWeek(ctx: CoreContext, week: Week): Promise<SummaryWeek | undefined> {
  const rows = await weekGroups(ctx.db, week);
  const counts = rows.find((r) => r.section === 'totals');
  if (!counts || counts.client + counts.peer === 0) return undefined;
  const totals: SummaryTotals = {
    clientCompliments: counts.client,
    peerKudos: counts.peer,
    peopleRecognised: counts.total ?? 0,
    lastWeek: await weekCounts(ctx.db, { ...week, start: week.start - WEEK_MS, end: week.start }),
  };
  const heroes = rows.filter((r) => r.section === 'hero');
  return {
    totals,
    heroes,
    quotes: await Promise.all(
      heroes.map((h) => (h.client > 0 ? latestClientQuote(ctx.db, h.id!, week) : undefined)),
    ),
    firstTimers: rows.filter((r) => r.section === 'first'),
    teams: rows.filter((r) => r.section === 'team'),
    values: await topValues(ctx.db, week),
  };
}

/** The summary's language and its number format, which every section writes in. */
interface SectionTools {
  locale: Locale;
  number: Intl.NumberFormat;
}

function heroParts(
  { locale, number }: SectionTools,
  heroes: GroupRow[],
  quotes: SummaryWeek['quotes'],
): Part[] {
  if (heroes.length === 0) return [];
  const parts: Part[] = [text({ bold: t(locale, 'summary.heroes') })];
  heroes.forEach((hero, i) => {
    parts.push(
      text(
        ...tInline(locale, 'summary.hero', {
          person: [{ mention: mentionOfRow(hero) }],
          client: number.format(hero.client),
          peer: number.format(hero.peer),
        }),
      ),
    );
    const quote = quotes[i];
    if (quote) {
      parts.push({
        type: 'quote',
        text: clip(quote.words, QUOTE_MAX),
        attribution: clip(quote.client, NAME_MAX),
      });
    }
  });
  return parts;
}

function firstTimerParts({ locale }: SectionTools, firstTimers: GroupRow[]): Part[] {
  if (firstTimers.length === 0) return [];
  const total = firstTimers[0]!.total ?? firstTimers.length;
  return [
    { type: 'divider' },
    text(
      { bold: t(locale, 'summary.firstTime') },
      '\n',
      ...boundedMentions(locale, firstTimers.map(mentionOfRow), total),
    ),
  ];
}

function totalsParts({ locale, number }: SectionTools, totals: SummaryTotals): Part[] {
  return [
    { type: 'divider' },
    text(
      { bold: t(locale, 'summary.totals') },
      '\n',
      t(locale, 'summary.totals.client', {
        count: number.format(totals.clientCompliments),
        previous: number.format(totals.lastWeek.clientCompliments),
        change: change(number, totals.clientCompliments, totals.lastWeek.clientCompliments),
      }),
      '\n',
      t(locale, 'summary.totals.peer', {
        count: number.format(totals.peerKudos),
        previous: number.format(totals.lastWeek.peerKudos),
        change: change(number, totals.peerKudos, totals.lastWeek.peerKudos),
      }),
      '\n',
      t(locale, 'summary.totals.people', { count: number.format(totals.peopleRecognised) }),
    ),
  ];
}

function teamParts({ locale, number }: SectionTools, teams: GroupRow[]): Part[] {
  if (teams.length === 0) return [];
  const lines = teams.map((row) =>
    t(locale, 'summary.team', {
      team: clip(row.name ?? '', NAME_MAX),
      count: number.format(row.client + row.peer),
    }),
  );
  const more = (teams[0]!.total ?? 0) - teams.length;
  if (more > 0) lines.push(t(locale, 'summary.more', { count: number.format(more) }));
  return [text({ bold: t(locale, 'summary.teams') }, '\n', lines.join('\n'))];
}

function valueParts({ locale, number }: SectionTools, values: SummaryWeek['values']): Part[] {
  if (values.length === 0) return [];
  const list = values
    .map((row) =>
      t(locale, 'summary.value', {
        value: `#${clip(row.value, NAME_MAX)}`,
        count: number.format(row.n),
      }),
    )
    .join(' · ');
  return [text({ bold: t(locale, 'summary.values') }, '\n', list)];
}

function mentionOfRow(row: GroupRow): Mention {
  return { platformUserId: row.platformUserId, name: row.name ?? '' };
}

/** Names in the language's own list form, or "A, B, … and N more" when some are left out. */
function boundedMentions(locale: Locale, shown: Mention[], total: number): Inline[] {
  const more = total - shown.length;
  if (more <= 0) return mentionList(locale, shown);
  const out: Inline[] = [];
  shown.forEach((m, i) => {
    if (i > 0) out.push(', ');
    out.push({ mention: m });
  });
  out.push(' ', t(locale, 'summary.more', { count: more }));
  return out;
}

/** "+4 (+13%)", "−3 (−10%)", "±0"; only the difference when last week had none. */
function change(number: Intl.NumberFormat, current: number, previous: number): string {
  const delta = current - previous;
  if (delta === 0) return '±0';
  const sign = delta > 0 ? '+' : '\u2212';
  const difference = `${sign}${number.format(Math.abs(delta))}`;
  if (previous === 0) return difference;
  return `${difference} (${sign}${number.format(Math.round((Math.abs(delta) / previous) * 100))}%)`;
}

/** At most `max` characters, cut at a word where one is near, ending with "…". */
export function clip(value: string, max: number): string {
  const chars = [...value.trim()];
  if (chars.length <= max) return chars.join('');
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.search(/\s\S*$/);
  if (space > (max * 3) / 4) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

function periodText(locale: Locale, timezone: string, week: Week): string {
  let timeZone = 'UTC';
  try {
    timeZone = new Intl.DateTimeFormat('en', { timeZone: timezone }).resolvedOptions().timeZone;
  } catch {
    // an unknown zone name counts as UTC
  }
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone });
  return t(locale, 'summary.period', {
    from: format.format(week.start),
    // The week ends just before weekEnd: a Monday 09:00 summary covers up to that Monday.
    to: format.format(week.end - 1),
  });
}
