import { first, inTransaction, aliasFor, onPostgres } from '../../db/query';
import {
  and,
  asc,
  between,
  count,
  desc,
  eq,
  gt,
  gte,
  exists,
  isNotNull,
  isNull,
  lt,
  ne,
  or,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../db/database';
import { prepared } from '../../db/prepared';
import {
  clients,
  escalations,
  kudos,
  people,
  workspaces,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t, type Locale } from '../../i18n';
import {
  type CoreContext,
  keepWhere,
  yieldToEventLoop,
  tInline,
  text,
  type MessageModel,
  type Part,
  digestPattern,
  latestRun,
  localDay,
} from '../shared';
import { enqueueDeliveries } from '../delivery';
import { SEND_THANKS_ACTION } from '../kudos';
import { mayHandle } from '../escalation';
import { localeOf, mentionOf } from '../people';

/**
 * Items shown before "… and N more": a digest one reads at a glance (each adapter's renderer
 * also guards its own platform's limits).
 */
export const DIGEST_ITEMS = 8;
const HEROES = 3;
const QUOTE_CHARS = 300;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Kudos for a manager's direct reports in a window, not thanked yet, oldest first. */
const praiseToThank = prepared((db) => {
  const recipient = aliasFor(db, people, 'recipient');
  const giver = aliasFor(db, people, 'giver');
  return db
    .select({ kudos, recipient, giver, client: clients })
    .from(kudos)
    .innerJoin(recipient, eq(kudos.recipientId, recipient.id))
    .innerJoin(giver, eq(kudos.giverId, giver.id))
    .leftJoin(clients, eq(kudos.clientId, clients.id))
    .where(
      and(
        eq(recipient.managerId, sql.placeholder('managerId')),
        gte(kudos.createdAt, sql.placeholder('since')),
        lt(kudos.createdAt, sql.placeholder('until')),
        isNull(kudos.thankedAt),
      ),
    )
    .orderBy(asc(kudos.createdAt), asc(kudos.id))
    .prepare();
});

/**
 * People two levels below a manager, by client compliments in a window: those under the
 * middle managers with ids from `fromId` to `toId`.
 */
const heroesTwoDown = prepared((db) => {
  const recipient = aliasFor(db, people, 'recipient');
  const middle = aliasFor(db, people, 'middle');
  return db
    .select({ person: recipient, manager: middle, compliments: count() })
    .from(kudos)
    .innerJoin(recipient, eq(kudos.recipientId, recipient.id))
    .innerJoin(middle, eq(recipient.managerId, middle.id))
    .where(
      and(
        eq(middle.managerId, sql.placeholder('managerId')),
        between(middle.id, sql.placeholder('fromId'), sql.placeholder('toId')),
        isNotNull(kudos.clientId),
        gte(kudos.createdAt, sql.placeholder('since')),
        lt(kudos.createdAt, sql.placeholder('until')),
      ),
    )
    .groupBy(recipient.id, middle.id)
    .orderBy(desc(count()), asc(recipient.name))
    .limit(HEROES)
    .prepare();
});

const directReportCount = prepared((db) =>
  db
    .select({ count: count() })
    .from(people)
    .where(eq(people.managerId, sql.placeholder('managerId')))
    .prepare(),
);

const thankDelays = prepared((db) =>
  db
    .select({ ms: sql<number>`${kudos.thankedAt} - ${kudos.createdAt}` })
    .from(kudos)
    .where(
      and(
        eq(kudos.thankedById, sql.placeholder('managerId')),
        gte(kudos.thankedAt, sql.placeholder('since')),
      ),
    )
    .prepare(),
);

/**
 * Open reports this manager handles or whose reporter reports to them directly. Private to
 * the chain by construction: the digest goes only to this manager.
 */
const openReports = prepared((db) => {
  const reporter = aliasFor(db, people, 'reporter');
  return db
    .select({ escalation: escalations, reporter, client: clients })
    .from(escalations)
    .innerJoin(reporter, eq(escalations.reporterId, reporter.id))
    .innerJoin(clients, eq(escalations.clientId, clients.id))
    .where(
      and(
        ne(escalations.status, 'resolved'),
        or(
          eq(escalations.handlerId, sql.placeholder('managerId')),
          eq(reporter.managerId, sql.placeholder('managerId')),
        ),
      ),
    )
    .orderBy(asc(escalations.createdAt))
    .prepare();
});

export type ReportToActOn = ReturnType<ReturnType<typeof openReports>['all']>[number] & {
  overdue: boolean;
};

/**
 * The open reports a manager may act on, overdue first, then oldest first. A handler whose
 * reporter has since moved teams is out of the chain: not theirs to see.
 */
export async function reportsToActOn(
  ctx: CoreContext,
  manager: Person,
  now: Date,
): Promise<ReportToActOn[]> {
  const open = await openReports(ctx.db).execute({ managerId: manager.id });
  const reports = (await keepWhere(open, (r) => mayHandle(ctx, r.reporter, manager))).map((r) => ({
    ...r,
    overdue:
      r.escalation.status === 'open' &&
      r.escalation.timerAt !== null &&
      r.escalation.timerAt <= now,
  }));
  return reports.sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

/** One report to act on: its client, severity, reporter, date and the next step. */
export function reportLine(locale: Locale, r: ReportToActOn): Part {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const status = r.escalation.status === 'resolved' ? 'taken_over' : r.escalation.status;
  return text(
    ...tInline(locale, 'digest.reports.item', {
      overdue: r.overdue ? t(locale, 'digest.reports.overdue') : '',
      client: [{ bold: r.client.name }],
      severity: t(locale, `escalate.severity.${r.escalation.severity}`),
      reporter: [{ mention: mentionOf(r.reporter) }],
      date: day.format(r.escalation.createdAt),
      next: t(locale, `digest.next.${status}`),
    }),
  );
}

export function reportParts(locale: Locale, sorted: ReportToActOn[]): Part[] {
  const parts: Part[] = [text({ bold: t(locale, 'digest.reports.title') })];
  for (const r of sorted.slice(0, DIGEST_ITEMS)) parts.push(reportLine(locale, r));
  if (sorted.length > DIGEST_ITEMS) {
    parts.push({
      type: 'context',
      content: [t(locale, 'digest.more', { count: sorted.length - DIGEST_ITEMS })],
    });
  }
  return parts;
}

/** The manager's own median time from a kudos to their thanks, in hours (never compared). */
export async function medianThankHours(
  ctx: CoreContext,
  managerId: number,
  now: Date,
): Promise<number | null> {
  const delays = (
    await thankDelays(ctx.db).execute({ managerId, since: now.getTime() - 90 * DAY_MS })
  )
    .map((r) => r.ms)
    .sort((a, b) => a - b);
  if (delays.length === 0) return null;
  const mid = Math.floor(delays.length / 2);
  const median = delays.length % 2 ? delays[mid]! : (delays[mid - 1]! + delays[mid]!) / 2;
  return Math.round((median / 3_600_000) * 10) / 10;
}

const trim = (s: string, max: number) =>
  [...s].length > max ? `${[...s].slice(0, max - 1).join('')}…` : s;

export type Praise = ReturnType<ReturnType<typeof praiseToThank>['all']>;

/** Everything a manager's people received that still waits for the manager's thanks. */
export async function waitingForThanks(ctx: CoreContext, manager: Person): Promise<Praise> {
  return await praiseToThank(ctx.db).execute({
    managerId: manager.id,
    since: 0,
    until: ctx.now().getTime() + 1,
  });
}

/** Whether anyone reports to the person of the row, asked through the manager index. */
function managesSomeone(db: Db) {
  const report = aliasFor(db, people, 'report');
  return exists(
    db
      .select({ one: sql`1` })
      .from(report)
      .where(eq(report.managerId, people.id)),
  );
}

/** A manager's direct reports who manage someone, by id. */
const middleManagers = prepared((db) =>
  db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.managerId, sql.placeholder('managerId')), managesSomeone(db)))
    .orderBy(asc(people.id))
    .prepare(),
);

/** Middle managers asked about at once: a head of a thousand teams is asked in pieces. */
const MIDDLE_MANAGERS_AT_ONCE = 100;

type Hero = Awaited<ReturnType<ReturnType<typeof heroesTwoDown>['execute']>>[number];

/** Most compliments first, then by name (as the query orders them). */
const byCompliments = (a: Hero, b: Hero) =>
  b.compliments - a.compliments ||
  (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : 0);

/** The week's most praised by clients two levels below a manager of managers. */
export async function heroesTwoLevelsDown(
  ctx: CoreContext,
  manager: Person,
  since: Date,
  until: Date,
): Promise<Hero[]> {
  const middles = await middleManagers(ctx.db).execute({ managerId: manager.id });
  const heroes: Hero[] = [];
  for (let i = 0; i < middles.length; i += MIDDLE_MANAGERS_AT_ONCE) {
    // Each piece can take milliseconds: requests waiting meanwhile are answered in between.
    if (i > 0) await yieldToEventLoop();
    const piece = middles.slice(i, i + MIDDLE_MANAGERS_AT_ONCE);
    const found = await heroesTwoDown(ctx.db).execute({
      managerId: manager.id,
      fromId: piece[0]!.id,
      toId: piece.at(-1)!.id,
      since: since.getTime(),
      until: until.getTime(),
    });
    heroes.push(...found);
  }
  // Everyone has one manager: the best of every piece's best are the best of all.
  return heroes.sort(byCompliments).slice(0, HEROES);
}

/** Each kudos with who, from whom, the words and a "Send thanks" button; the rest counted. */
export function praiseParts(locale: Locale, praise: Praise): Part[] {
  const parts: Part[] = [];
  for (const item of praise.slice(0, DIGEST_ITEMS)) {
    const line = item.client
      ? tInline(locale, 'digest.praise.client', {
          recipient: [{ mention: mentionOf(item.recipient) }],
          client: [{ bold: item.client.name }],
        })
      : tInline(locale, 'digest.praise.peer', {
          recipient: [{ mention: mentionOf(item.recipient) }],
          giver: [{ mention: mentionOf(item.giver) }],
        });
    parts.push(
      text(...line),
      { type: 'quote', text: trim(item.kudos.words, QUOTE_CHARS) },
      {
        type: 'buttons',
        buttons: [
          {
            action: SEND_THANKS_ACTION,
            label: t(locale, 'digest.sendThanks'),
            value: String(item.kudos.id),
            primary: true,
          },
        ],
      },
    );
  }
  if (praise.length > DIGEST_ITEMS) {
    parts.push({
      type: 'context',
      content: [t(locale, 'digest.more', { count: praise.length - DIGEST_ITEMS })],
    });
  }
  return parts;
}

/** `/kudos thanks`: every kudos for the manager's people still waiting for thanks. */
export async function praiseWaitingForThanks(
  ctx: CoreContext,
  workspace: Workspace,
  manager: Person,
): Promise<MessageModel> {
  const locale = localeOf(manager, workspace);
  const praise = await waitingForThanks(ctx, manager);
  if (praise.length === 0) {
    // "Every kudos has been thanked" would be wrong for someone nobody reports to.
    const manages =
      (await first(directReportCount(ctx.db).execute({ managerId: manager.id })))!.count > 0;
    return { parts: [text(t(locale, manages ? 'thanks.list.empty' : 'thanks.list.noReports'))] };
  }
  return {
    parts: [text({ bold: t(locale, 'thanks.list.title') }), ...praiseParts(locale, praise)],
  };
}

/** What a manager should act on between `since` and `until`; null when there is nothing. */
export async function buildManagerDigest(
  ctx: CoreContext,
  workspace: Workspace,
  manager: Person,
  since: Date,
  until: Date,
  options: { heroes?: boolean } = { heroes: true },
): Promise<MessageModel | null> {
  const locale = localeOf(manager, workspace);
  const window = { managerId: manager.id, since: since.getTime(), until: until.getTime() };
  const praise = await praiseToThank(ctx.db).execute(window);
  const heroes = options.heroes
    ? // The week's heroes, but only news since the last digest: daily digests do not repeat them.
      await heroesTwoLevelsDown(
        ctx,
        manager,
        new Date(Math.max(since.getTime(), until.getTime() - 7 * DAY_MS)),
        until,
      )
    : [];
  const reports = await reportsToActOn(ctx, manager, until);
  if (praise.length === 0 && heroes.length === 0 && reports.length === 0) return null;

  const parts: Part[] = [{ type: 'heading', text: t(locale, 'digest.title') }];
  if (reports.length > 0) parts.push(...reportParts(locale, reports), { type: 'divider' });
  if (praise.length > 0) {
    parts.push(text({ bold: t(locale, 'digest.praise.title') }), ...praiseParts(locale, praise));
    const hours = await medianThankHours(ctx, manager.id, until);
    if (hours !== null) {
      parts.push({ type: 'context', content: [t(locale, 'digest.thankTime', { hours })] });
    }
  }
  if (heroes.length > 0) {
    parts.push({ type: 'divider' }, text({ bold: t(locale, 'digest.heroes.title') }));
    for (const hero of heroes) {
      parts.push(
        text(
          ...tInline(locale, 'digest.heroes.item', {
            person: [{ mention: mentionOf(hero.person) }],
            manager: [{ mention: mentionOf(hero.manager) }],
            count: hero.compliments,
          }),
        ),
      );
    }
    parts.push({ type: 'context', content: [t(locale, 'digest.heroes.nudge')] });
  }
  return { parts };
}

/** Managers read at a time: 10,000 people made into rows at once hold the event loop 100 ms. */
const MANAGER_PAGE = 500;

/**
 * People someone reports to, by id, a page after `afterId`: each person asked "does anyone
 * report to you?" through the manager index, so a page costs what its rows do.
 */
const managersPage = prepared((db) =>
  db
    .select()
    .from(people)
    .where(
      and(
        eq(people.workspaceId, sql.placeholder('workspaceId')),
        gt(people.id, sql.placeholder('afterId')),
        managesSomeone(db),
      ),
    )
    .orderBy(asc(people.id))
    .limit(sql.placeholder('limit'))
    .prepare(),
);

/** The workspace's managers, a page at a time. */
export async function* managerPages(
  db: Db,
  workspaceId: number,
): AsyncGenerator<Person[], void, void> {
  for (let afterId = 0; ;) {
    const page = await managersPage(db).execute({ workspaceId, afterId, limit: MANAGER_PAGE });
    if (page.length > 0) yield page;
    if (page.length < MANAGER_PAGE) return;
    afterId = page.at(-1)!.id;
  }
}

/**
 * Of the managers with ids from `fromId` to `toId`, those with managers below them: only they
 * have heroes two levels down to hear about. Asked a page at a time, as the pages are read.
 */
const managersOfManagers = prepared((db) => {
  const manager = aliasFor(db, people, 'manager');
  const report = aliasFor(db, people, 'report');
  // By id range alone, so the manager index answers it: the ids asked about are one workspace's.
  return db
    .selectDistinct({ id: manager.managerId })
    .from(manager)
    .innerJoin(report, eq(report.managerId, manager.id))
    .where(between(manager.managerId, sql.placeholder('fromId'), sql.placeholder('toId')))
    .prepare();
});

export async function managersIn(db: Db, workspaceId: number): Promise<Person[]> {
  const managers: Person[] = [];
  for await (const page of managerPages(db, workspaceId)) managers.push(...page);
  return managers;
}

const markDigested = prepared((db) =>
  db
    .update(people)
    .set({ digestSentThrough: sql`${sql.placeholder('until')}` })
    .where(eq(people.id, sql.placeholder('id')))
    .prepare(),
);

/** Managers whose digests are written in one transaction: commits are the cost at scale. */
const WRITE_BATCH = 500;

/** A batch is written (and the event loop let go) once it has taken this long to build. */
const BATCH_MS = 2;

/**
 * Digests built side by side on PostgreSQL, where each waits on a few round trips that
 * overlap on the pool's connections. On SQLite the queries cannot overlap: one at a time
 * lets a batch end as soon as its time is up.
 */
const builtTogether = (db: Db) => (onPostgres(db) ? 8 : 1);

interface DueDigest {
  manager: Person;
  key: string;
  until: Date;
  message: MessageModel | null;
}

/**
 * Queues the digest of every manager whose schedule has fired since their last one.
 * A manager's digest and the mark that it was made commit together, so a crash mid-run
 * neither repeats nor skips: the next run picks up exactly the managers not yet marked.
 * After downtime only the latest period is sent, covering everything since the previous one.
 */
export async function queueDueDigests(
  ctx: CoreContext,
  options: DigestOptions = {},
): Promise<number> {
  let queued = 0;
  for await (const batch of digestBatches(ctx, options)) queued += batch;
  if (queued > 0) ctx.log.info({ queued }, 'digests queued');
  return queued;
}

export interface DigestOptions {
  force?: boolean;
  only?: number[];
  /** Managers per batch (and per transaction). */
  batch?: number;
}

/** Queues the due digests and marks their managers digested, in one transaction. */
async function writeDigests(
  ctx: CoreContext,
  workspace: Workspace,
  due: DueDigest[],
  now: Date,
): Promise<number> {
  const deliveries = due.flatMap(({ manager, key, message }) =>
    message
      ? [
          {
            workspaceId: workspace.id,
            key,
            to: { kind: 'person' as const, personId: manager.id },
            message,
          },
        ]
      : [],
  );
  await inTransaction(ctx, async (ctx) => {
    await enqueueDeliveries(ctx.db, deliveries, now);
    for (const d of due) {
      await markDigested(ctx.db).execute({ id: d.manager.id, until: d.until.getTime() });
    }
  });
  return deliveries.length;
}

/** Said between pages of managers: the caller may let other work run. */
const PAGE_READ = Symbol('page read');

interface Manager {
  manager: Person;
  managesManagers: boolean;
}

/** Every manager of the workspace (or only those asked for), a page at a time. */
async function* eachManager(
  ctx: CoreContext,
  workspace: Workspace,
  only: number[] | undefined,
): AsyncGenerator<Manager | typeof PAGE_READ, void, void> {
  for await (const page of managerPages(ctx.db, workspace.id)) {
    const range = { fromId: page[0]!.id, toId: page.at(-1)!.id };
    const above = await managersOfManagers(ctx.db).execute(range);
    const managesManagers = new Set(above.map((m) => m.id));
    for (const manager of only ? page.filter((m) => only.includes(m.id)) : page) {
      yield { manager, managesManagers: managesManagers.has(manager.id) };
    }
    yield PAGE_READ;
  }
}

type Period = { latest: Date; day: string };

const forcedNow = (now: Date) => ({ until: now, period: `now-${now.toISOString()}` });

/** The end of the manager's latest period and its day, unless its digest was sent already. */
function dueUntil(
  workspace: Workspace,
  manager: Person,
  periodOf: (pattern: string, timezone: string) => Period | null,
): { until: Date; period: string } | undefined {
  const pattern = digestPattern(manager.digestSchedule ?? workspace.digestDefault);
  const fired = pattern ? periodOf(pattern, manager.timezone ?? workspace.timezone) : null;
  if (!fired) return undefined;
  if (manager.digestSentThrough && manager.digestSentThrough >= fired.latest) return undefined;
  return { until: fired.latest, period: fired.day };
}

/**
 * The same work a batch at a time: yields how many digests each batch queued, so a caller
 * can let other work run between batches.
 */
export async function* digestBatches(
  ctx: CoreContext,
  options: DigestOptions = {},
): AsyncGenerator<number, void, void> {
  const now = ctx.now();
  const batchSize = options.batch ?? WRITE_BATCH;
  // Thousands of managers share a handful of schedules and timezones.
  const periods = new Map<string, Period | null>();
  const periodOf = (pattern: string, timezone: string) => {
    const key = `${pattern}@${timezone}`;
    if (!periods.has(key)) {
      const latest = latestRun(pattern, timezone, now);
      periods.set(key, latest && { latest, day: localDay(latest, timezone) });
    }
    return periods.get(key)!;
  };

  // An uninstalled workspace gets nothing until it is installed again.
  const installed = ctx.db.select().from(workspaces).where(isNull(workspaces.uninstalledAt));
  for (const workspace of await installed) {
    const due: DueDigest[] = [];
    const write = () => writeDigests(ctx, workspace, due.splice(0), now);
    const building: Promise<DueDigest>[] = [];
    const built = async () => void due.push(...(await Promise.all(building.splice(0))));
    const together = builtTogether(ctx.db);

    let started = performance.now();
    for await (const next of eachManager(ctx, workspace, options.only)) {
      if (next === PAGE_READ) {
        await built();
        yield 0;
        started = performance.now();
        continue;
      }
      const { manager, managesManagers } = next;
      const window = options.force ? forcedNow(now) : dueUntil(workspace, manager, periodOf);
      if (!window) continue;
      const { until, period } = window;
      // A first digest looks back a week; later ones start where the last one ended.
      const since = manager.digestSentThrough ?? new Date(until.getTime() - 7 * DAY_MS);
      const key = `${workspace.id}:digest:${manager.id}:${period}`;
      building.push(
        buildManagerDigest(ctx, workspace, manager, since, until, {
          heroes: managesManagers,
        }).then((message) => ({ manager, key, until, message })),
      );
      if (building.length >= together) await built();
      // A manager of managers' digest can take 10 ms: a batch ends by time as well as by size.
      if (due.length + building.length >= batchSize || performance.now() - started >= BATCH_MS) {
        // Nothing is left building while the caller holds the batch: no failure goes unheard.
        await built();
        yield write();
        started = performance.now();
      }
    }
    await built();
    if (due.length > 0) yield write();
  }
}
