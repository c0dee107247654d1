import { first } from '../../db/query';
import { and, count, desc, eq, gte, lt } from 'drizzle-orm';
import {
  escalations,
  people,
  type Client,
  type Escalation,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t, type Locale } from '../../i18n';
import {
  type CoreContext,
  tInline,
  text,
  type Inline,
  type Mention,
  type Part,
  isTimezone,
} from '../shared';
import { maySee } from '../escalation';
import { mentionOf } from '../people';

/** A client with this many reports within the window is "difficult". */
export const DIFFICULT_REPORTS = 2;
export const DIFFICULT_WINDOW_DAYS = 90;
/** Earlier reports listed on a manager's card; older ones are only counted. */
export const HISTORY_SHOWN = 5;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReportCounts {
  /** Reports in the last DIFFICULT_WINDOW_DAYS days. */
  recent: number;
  total: number;
  difficult: boolean;
}

/** How often a client account has been reported: counts only, never who or what. */
export async function reportCounts(ctx: CoreContext, clientId: number): Promise<ReportCounts> {
  const since = new Date(ctx.now().getTime() - DIFFICULT_WINDOW_DAYS * DAY_MS);
  const countWhere = async (...extra: Parameters<typeof and>) =>
    (await first(
      ctx.db
        .select({ n: count() })
        .from(escalations)
        .where(and(eq(escalations.clientId, clientId), ...extra)),
    ))!.n;
  const recent = await countWhere(gte(escalations.createdAt, since));
  return { recent, total: await countWhere(), difficult: recent >= DIFFICULT_REPORTS };
}

export interface EarlierReport {
  createdAt: Date;
  severity: Escalation['severity'];
  status: Escalation['status'];
  outcome: Escalation['outcome'];
  /** Null when the earlier reporter is outside the viewer's own chain: "a colleague". */
  reporter: Mention | null;
}

/** What a manager is told about a difficult client when a new report on it arrives. */
export interface ClientHistory {
  /** Reports in the window, the new one included. */
  recentReports: number;
  windowDays: number;
  /** Newest first, at most HISTORY_SHOWN. */
  earlier: EarlierReport[];
  /** Earlier reports not listed. */
  moreEarlier: number;
  /** The viewer's timezone, for the dates. */
  timeZone: string;
}

/**
 * The history of the client of `current`, as `viewer` may see it, or undefined when the
 * client is not difficult. Dates, severities and outcomes are always shown; an earlier
 * reporter is named only when the viewer could see that report anyway — they are in the
 * earlier reporter's chain (mayHandle, which includes admins) or made it themselves.
 * Anyone else is "a colleague": a manager learns that the client is a pattern, not who
 * in another team complained.
 */
export async function clientHistory(
  ctx: CoreContext,
  workspace: Workspace,
  client: Client,
  viewer: Person,
  current: Escalation,
): Promise<ClientHistory | undefined> {
  const counts = await reportCounts(ctx, client.id);
  if (!counts.difficult) return undefined;
  const rows = await ctx.db
    .select({ escalation: escalations, reporter: people })
    .from(escalations)
    .innerJoin(people, eq(escalations.reporterId, people.id))
    .where(and(eq(escalations.clientId, client.id), lt(escalations.id, current.id)))
    .orderBy(desc(escalations.createdAt), desc(escalations.id));
  if (rows.length === 0) return undefined;
  const zone = viewer.timezone ?? workspace.timezone;
  return {
    recentReports: counts.recent,
    windowDays: DIFFICULT_WINDOW_DAYS,
    earlier: await Promise.all(
      rows.slice(0, HISTORY_SHOWN).map(async ({ escalation, reporter }) => ({
        createdAt: escalation.createdAt,
        severity: escalation.severity,
        status: escalation.status,
        outcome: escalation.outcome,
        reporter: (await maySee(ctx, reporter, viewer)) ? mentionOf(reporter) : null,
      })),
    ),
    moreEarlier: Math.max(0, rows.length - HISTORY_SHOWN),
    timeZone: isTimezone(zone) ? zone : 'UTC',
  };
}

/** The history as lines on the manager's card: date, severity, status or outcome, reporter. */
export function historyParts(locale: Locale, client: Client, history: ClientHistory): Part[] {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: history.timeZone });
  const lines: Inline[] = [];
  for (const report of history.earlier) {
    if (lines.length > 0) lines.push('\n');
    lines.push(
      '• ',
      ...tInline(locale, 'clients.history.line', {
        date: day.format(report.createdAt),
        severity: t(locale, `escalate.severity.${report.severity}`),
        status: report.outcome
          ? t(locale, 'clients.history.resolved', {
              outcome: t(locale, `escalate.outcome.${report.outcome}`),
            })
          : t(locale, `escalate.status.${report.status}`),
        reporter: report.reporter
          ? [{ mention: report.reporter }]
          : t(locale, 'clients.history.colleague'),
      }),
    );
  }
  if (history.moreEarlier > 0) {
    lines.push('\n', t(locale, 'clients.history.more', { count: history.moreEarlier }));
  }
  return [
    text(
      ...tInline(locale, 'clients.history.title', {
        client: [{ bold: client.name }],
        count: history.recentReports,
        days: history.windowDays,
      }),
    ),
    text(...lines),
  ];
}
