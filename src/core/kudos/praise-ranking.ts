import { allRows } from '../../db/query';
import { sql } from 'drizzle-orm';
import type { Workspace } from '../../db/schema';
import { t, type Locale } from '../../i18n';
import {
  type CoreContext,
  mentionList,
  tInline,
  text,
  type Mention,
  type MessageModel,
  type Part,
} from '../shared';

/**
 * Rankings count praise and nothing else: there is no option, query or word here that
 * ranks anyone by reports, complaints or anything that went wrong.
 */
export const RANKING_PERIODS = { week: 7, month: 30, quarter: 90 } as const;
export type RankingPeriod = keyof typeof RANKING_PERIODS;
export const RANKING_SOURCES = ['clients', 'colleagues', 'all'] as const;
export type RankingSource = (typeof RANKING_SOURCES)[number];

/** Places shown; people tied share one. */
export const RANKING_PLACES = 5;
/** Names shown in one place before "and N more". */
const NAMES_PER_PLACE = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface RankingRequest {
  period: RankingPeriod;
  source: RankingSource;
}

export interface Place {
  /** 1 for the most praised; people tied share it (1, 1, 2 …). */
  place: number;
  praise: number;
  people: Mention[];
}

/** `top`, `top week`, `top quarter clients` … → the request; null for any other word. */
export function readRankingRequest(words: string[]): RankingRequest | null {
  const request: RankingRequest = { period: 'month', source: 'all' };
  for (const word of words.map((w) => w.toLowerCase())) {
    if (word in RANKING_PERIODS) request.period = word as RankingPeriod;
    else if ((RANKING_SOURCES as readonly string[]).includes(word))
      request.source = word as RankingSource;
    else return null;
  }
  return request;
}

interface Row {
  name: string;
  platformUserId: string | null;
  praise: number;
}

/** The most praised people, tied people together; people who opted out are never named. */
export async function praiseRanking(
  ctx: CoreContext,
  workspace: Workspace,
  request: RankingRequest,
  places = RANKING_PLACES,
): Promise<Place[]> {
  const since = ctx.now().getTime() - RANKING_PERIODS[request.period] * DAY_MS;
  const source =
    request.source === 'clients'
      ? sql`AND k.client_id IS NOT NULL`
      : request.source === 'colleagues'
        ? sql`AND k.client_id IS NULL`
        : sql``;
  const rows = await allRows<Row>(
    ctx.db,
    sql`
    WITH praised AS (
      SELECT k.recipient_id AS id, COUNT(*) AS praise FROM kudos k
      WHERE k.workspace_id = ${workspace.id} AND k.created_at >= ${since} ${source}
      GROUP BY k.recipient_id
    ), ranked AS (
      SELECT p.name, p.platform_user_id AS "platformUserId", praised.praise,
             DENSE_RANK() OVER (ORDER BY praised.praise DESC) AS place
      FROM praised JOIN people p ON p.id = praised.id
      WHERE p.announce_opt_out = 0 AND p.is_bot = 0
    )
    SELECT name, "platformUserId", praise FROM ranked WHERE place <= ${places}
    ORDER BY praise DESC, name`,
  );
  const out: Place[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    const person = { name: row.name, platformUserId: row.platformUserId };
    if (last?.praise === row.praise) last.people.push(person);
    else out.push({ place: out.length + 1, praise: row.praise, people: [person] });
  }
  return out;
}

/** The places as message parts: a title and one line per place. */
export function rankingParts(locale: Locale, request: RankingRequest, ranking: Place[]): Part[] {
  const title = t(locale, 'top.title', {
    days: RANKING_PERIODS[request.period],
    source: t(locale, `top.source.${request.source}`),
  });
  if (ranking.length === 0) return [text({ bold: title }), text(t(locale, 'top.none'))];
  return [
    text({ bold: title }),
    ...ranking.map((p) => {
      const shown = p.people.slice(0, NAMES_PER_PLACE);
      const more = p.people.length - shown.length;
      return text(
        ...tInline(locale, 'top.place', {
          place: p.place,
          people: mentionList(locale, shown),
          count: p.praise,
        }),
        ...(more > 0 ? [t(locale, 'home.more', { count: more })] : []),
      );
    }),
  ];
}

/** `/kudos top …`: who was praised most, by clients, by colleagues or by both. */
export async function topCommand(
  ctx: CoreContext,
  workspace: Workspace,
  locale: Locale,
  words: string[],
): Promise<MessageModel> {
  const request = readRankingRequest(words);
  if (!request) return { parts: [text(t(locale, 'top.usage'))] };
  return { parts: rankingParts(locale, request, await praiseRanking(ctx, workspace, request)) };
}
