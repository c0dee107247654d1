import { and, eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { imports, people, type Person, type Workspace } from '../../db/schema';
import { toLocale } from '../../i18n';
import type { CoreContext } from '../shared/core';
import { isInChainAbove } from './set-manager';

export interface ImportReport {
  created: number;
  updated: number;
  managersSet: number;
  /** Lines of the file (1 = the header) that were not used, or only partly, and why. */
  problems: { row: number; reason: string }[];
}

/**
 * How the platform the file is for writes its user ids, given by the caller: the header names
 * it uses for the person column, and which values are its ids. Without one, people are emails.
 */
export interface PlatformUserIds {
  /** Extra header names (lower-cased) for the person column, e.g. an older export's. */
  headers: readonly string[];
  isUserId: (value: string) => boolean;
  /** The ids as a problem names them: "a Slack user id (U…)". */
  described: string;
}

const EMAILS_ONLY: PlatformUserIds = { headers: [], isUserId: () => false, described: '' };

/** Header names we accept for each column, lower-cased. */
const COLUMNS = {
  person: ['person', 'user', 'id', 'email'],
  name: ['name', 'full name'],
  manager: ['manager', 'manager_id', 'manager email'],
  team: ['team'],
  timezone: ['timezone', 'tz', 'time zone'],
  locale: ['locale', 'language'],
} as const;
type Column = keyof typeof COLUMNS;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A person's key in a file: a platform user id or an email. */
type Key = { platformUserId: string } | { email: string };

function readKey(value: string, ids: PlatformUserIds): Key | undefined {
  if (ids.isUserId(value)) return { platformUserId: value };
  if (EMAIL.test(value)) return { email: value.toLowerCase() };
  return undefined;
}

const personDescribed = (ids: PlatformUserIds) =>
  ids.described ? `${ids.described} or an email` : 'an email';

function isTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Upserts people from CSV (person, name, manager, team, timezone, locale); a person is a
 * platform user id as `ids` reads them, or an email.
 * A bad row is reported and skipped; the others are still imported.
 */
export function importPeople(
  ctx: CoreContext,
  workspace: Workspace,
  csv: string,
  ids: PlatformUserIds = EMAILS_ONLY,
): ImportReport {
  const report: ImportReport = { created: 0, updated: 0, managersSet: 0, problems: [] };
  // `info` gives each record's line in the file, so blank lines do not shift reported rows.
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records; // csv-parse's types do not model `info`
  } catch (err) {
    report.problems.push({ row: 0, reason: `not readable as CSV: ${(err as Error).message}` });
    return report;
  }
  const [first, ...rows] = records;
  const header = first?.record ?? [];
  const index = {} as Partial<Record<Column, number>>;
  header.forEach((h, i) => {
    const name = h.toLowerCase();
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      const known = names.includes(name) || (column === 'person' && ids.headers.includes(name));
      if (known && index[column] === undefined) index[column] = i;
    }
  });
  if (index.person === undefined) {
    report.problems.push({
      row: 1,
      reason: `no person column: the header needs "person" (${personDescribed(ids)})`,
    });
    return report;
  }

  const find = (key: Key): Person | undefined =>
    ctx.db
      .select()
      .from(people)
      .where(
        and(
          eq(people.workspaceId, workspace.id),
          'email' in key
            ? eq(people.email, key.email)
            : eq(people.platformUserId, key.platformUserId),
        ),
      )
      .get();

  const managers: { row: number; person: Person; manager: string }[] = [];
  ctx.db.transaction(() => {
    rows.forEach(({ record: cells, info }) => {
      const row = info.lines;
      const cell = (c: Column) => (index[c] === undefined ? '' : (cells[index[c]!] ?? ''));
      const problem = (reason: string) => report.problems.push({ row, reason });
      const key = readKey(cell('person'), ids);
      if (!key) {
        const neither = ids.described ? `neither ${ids.described} nor an email` : 'not an email';
        return problem(`person "${cell('person')}" is ${neither}`);
      }
      const timezone = cell('timezone');
      if (timezone && !isTimezone(timezone))
        return problem(`unknown timezone "${timezone}" (use e.g. Europe/Vilnius)`);
      const localeCell = cell('locale');
      const locale = localeCell ? toLocale(localeCell) : undefined;
      if (localeCell && !locale)
        return problem(`unsupported locale "${localeCell}" (use en, ru, lt or ro)`);

      const existing = find(key);
      const name = cell('name') || existing?.name;
      if (!name) return problem('name is empty');
      const fields = {
        name,
        ...key,
        ...(cell('team') ? { team: cell('team') } : {}),
        ...(timezone ? { timezone } : {}),
        ...(locale ? { locale } : {}),
      };
      const person = existing
        ? ctx.db.update(people).set(fields).where(eq(people.id, existing.id)).returning().get()
        : ctx.db
            .insert(people)
            .values({ workspaceId: workspace.id, ...fields })
            .returning()
            .get();
      if (existing) report.updated++;
      else report.created++;
      if (cell('manager')) managers.push({ row, person, manager: cell('manager') });
    });

    // Managers last, so a manager may come later in the file than their people.
    for (const { row, person, manager } of managers) {
      const key = readKey(manager, ids);
      const boss = key && find(key);
      const problem = (reason: string) => report.problems.push({ row, reason });
      if (!boss) {
        problem(`manager "${manager}" not found: add them as a row of their own`);
      } else if (boss.id === person.id) {
        problem('a person cannot be their own manager');
      } else if (isInChainAbove(ctx, person.id, boss)) {
        problem(`manager "${manager}" already reports to ${person.name}: that would make a loop`);
      } else {
        ctx.db.update(people).set({ managerId: boss.id }).where(eq(people.id, person.id)).run();
        report.managersSet++;
      }
    }
    ctx.db
      .insert(imports)
      .values({
        workspaceId: workspace.id,
        kind: 'people',
        rows: report.created + report.updated,
        problems: new Set(report.problems.map((p) => p.row)).size,
        createdAt: ctx.now(),
      })
      .run();
  });
  return report;
}
