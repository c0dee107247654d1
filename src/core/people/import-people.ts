import { first, inTransaction, written } from '../../db/query';
import { and, eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { imports, people, type Person, type Workspace } from '../../db/schema';
import { toLocale } from '../../i18n';
import type { CoreContext } from '../shared';
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
  /** The id as stored, when the file writes it otherwise (`@ana` → `ana`). */
  userIdOf?: (value: string) => string;
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
  if (ids.isUserId(value)) return { platformUserId: ids.userIdOf?.(value) ?? value };
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
export async function importPeople(
  ctx: CoreContext,
  workspace: Workspace,
  csv: string,
  ids: PlatformUserIds = EMAILS_ONLY,
): Promise<ImportReport> {
  const report: ImportReport = { created: 0, updated: 0, managersSet: 0, problems: [] };
  const records = readRecords(csv, report);
  if (!records) return report;
  const [first, ...rows] = records;
  const index = columnsOf(first?.record ?? [], ids);
  if (index.person === undefined) {
    report.problems.push({
      row: 1,
      reason: `no person column: the header needs "person" (${personDescribed(ids)})`,
    });
    return report;
  }
  await inTransaction(ctx, async (ctx) => {
    const file: ImportFile = { ctx, workspace, ids, index, report };
    const managers: ManagerCell[] = [];
    for (const record of rows) managers.push(...(await importRow(file, record)));
    // Managers last, so a manager may come later in the file than their people.
    for (const manager of managers) await setManagerFromFile(file, manager);
    await ctx.db.insert(imports).values({
      workspaceId: workspace.id,
      kind: 'people',
      rows: report.created + report.updated,
      problems: new Set(report.problems.map((p) => p.row)).size,
      createdAt: ctx.now(),
    });
  });
  return report;
}

/** A CSV record with its line in the file. */
type CsvRecord = { record: string[]; info: { lines: number } };

/** What every row's import works with. */
interface ImportFile {
  ctx: CoreContext;
  workspace: Workspace;
  ids: PlatformUserIds;
  index: Partial<Record<Column, number>>;
  report: ImportReport;
}

/** A manager named on a row, set once every row is in. */
interface ManagerCell {
  row: number;
  person: Person;
  manager: string;
}

/** The file's records, or undefined (and the problem reported) when it is not CSV. */
function readRecords(csv: string, report: ImportReport): CsvRecord[] | undefined {
  try {
    // `info` gives each record's line in the file, so blank lines do not shift reported rows.
    return parse(csv, {
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as CsvRecord[]; // csv-parse's types do not model `info`
  } catch (err) {
    report.problems.push({ row: 0, reason: `not readable as CSV: ${(err as Error).message}` });
    return undefined;
  }
}

/** Where each known column is in the header; the first of several names wins. */
function columnsOf(header: string[], ids: PlatformUserIds): Partial<Record<Column, number>> {
  const index = {} as Partial<Record<Column, number>>;
  header.forEach((h, i) => {
    const name = h.toLowerCase();
    for (const [column, names] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
      const known = names.includes(name) || (column === 'person' && ids.headers.includes(name));
      if (known && index[column] === undefined) index[column] = i;
    }
  });
  return index;
}

async function findByKey(file: ImportFile, key: Key): Promise<Person | undefined> {
  return await first(
    file.ctx.db
      .select()
      .from(people)
      .where(
        and(
          eq(people.workspaceId, file.workspace.id),
          'email' in key
            ? eq(people.email, key.email)
            : eq(people.platformUserId, key.platformUserId),
        ),
      ),
  );
}

/** Creates or updates the row's person; the manager it names, to set later. */
async function importRow(
  file: ImportFile,
  { record: cells, info }: CsvRecord,
): Promise<ManagerCell[]> {
  const { ctx, workspace, index, report } = file;
  const row = info.lines;
  const cell = (c: Column) => (index[c] === undefined ? '' : (cells[index[c]!] ?? ''));
  const problem = (reason: string) => {
    report.problems.push({ row, reason });
    return [];
  };
  const key = readKey(cell('person'), file.ids);
  if (!key) {
    const neither = file.ids.described
      ? `neither ${file.ids.described} nor an email`
      : 'not an email';
    return problem(`person "${cell('person')}" is ${neither}`);
  }
  const timezone = cell('timezone');
  if (timezone && !isTimezone(timezone))
    return problem(`unknown timezone "${timezone}" (use e.g. Europe/Vilnius)`);
  const localeCell = cell('locale');
  const locale = localeCell ? toLocale(localeCell) : undefined;
  if (localeCell && !locale)
    return problem(`unsupported locale "${localeCell}" (use en, ru, lt or ro)`);

  const existing = await findByKey(file, key);
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
    ? await written(ctx.db.update(people).set(fields).where(eq(people.id, existing.id)).returning())
    : await written(
        ctx.db
          .insert(people)
          .values({ workspaceId: workspace.id, ...fields })
          .returning(),
      );
  if (existing) report.updated++;
  else report.created++;
  return cell('manager') ? [{ row, person, manager: cell('manager') }] : [];
}

async function setManagerFromFile(
  file: ImportFile,
  { row, person, manager }: ManagerCell,
): Promise<void> {
  const { ctx, report } = file;
  const key = readKey(manager, file.ids);
  const boss = key && (await findByKey(file, key));
  const problem = (reason: string) => report.problems.push({ row, reason });
  if (!boss) {
    problem(`manager "${manager}" not found: add them as a row of their own`);
  } else if (boss.id === person.id) {
    problem('a person cannot be their own manager');
  } else if (await isInChainAbove(ctx, person.id, boss)) {
    problem(`manager "${manager}" already reports to ${person.name}: that would make a loop`);
  } else {
    await ctx.db.update(people).set({ managerId: boss.id }).where(eq(people.id, person.id));
    report.managersSet++;
  }
}
