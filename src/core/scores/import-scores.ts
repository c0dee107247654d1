import { changedRows, first } from '../../db/query';
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { and, eq, sql } from 'drizzle-orm';
import { clientScores, people, type Person, type Workspace } from '../../db/schema';
import { findOrCreateClient } from '../clients';
import type { CoreContext } from '../shared';

export type ScoreKind = 'nps' | 'csat' | 'rating';

export interface ScoresReport {
  imported: number;
  /** Rows stored by an earlier import of the same file (or the same rows). */
  alreadyThere: number;
  /** Lines of the file (1 = the header) that were not imported, and why. */
  problems: { row: number; reason: string }[];
}

/** Header names accepted for each column, lower-cased. */
const COLUMNS = {
  client: ['client', 'account', 'customer'],
  date: ['date', 'day'],
  score: ['score', 'value'],
  kind: ['kind', 'type', 'measure'],
  comment: ['comment', 'comments', 'feedback'],
  person: ['person', 'served by', 'employee', 'email', 'id'],
} as const;
type Column = keyof typeof COLUMNS;

/** Each kind's scale; NPS answers are whole numbers. */
const SCALES: Record<ScoreKind, { min: number; max: number; whole: boolean }> = {
  nps: { min: 0, max: 10, whole: true },
  csat: { min: 1, max: 5, whole: false },
  rating: { min: 1, max: 5, whole: false },
};

const KIND_NAMES: Record<string, ScoreKind> = {
  nps: 'nps',
  csat: 'csat',
  rating: 'rating',
  '1-5': 'rating',
  stars: 'rating',
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMMENT_MAX = 3000;

interface ScoreRow {
  client: string;
  scoredOn: Date;
  kind: ScoreKind;
  score: number;
  comment?: string;
  person?: Person;
}

/**
 * Stores client scores from CSV (client, date, score, kind, and optionally comment and the
 * person served). A bad row is reported with what to write instead and skipped; the others
 * are stored; a row imported before is not stored twice.
 */
export async function importScores(
  ctx: CoreContext,
  workspace: Workspace,
  csv: string,
): Promise<ScoresReport> {
  const report: ScoresReport = { imported: 0, alreadyThere: 0, problems: [] };
  const table = readTable(csv);
  if ('problem' in table) return { ...report, problems: [{ row: 1, reason: table.problem }] };
  for (const { cells, line } of table.rows) {
    const read = await readRow(ctx, workspace, table.columns, cells);
    if (typeof read === 'string') report.problems.push({ row: line, reason: read });
    else if (await storeScore(ctx, workspace, read)) report.imported++;
    else report.alreadyThere++;
  }
  return report;
}

type Table =
  | { columns: Partial<Record<Column, number>>; rows: { cells: string[]; line: number }[] }
  | { problem: string };

function readTable(csv: string): Table {
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
    return { problem: `not a CSV file Frontline can read (${(err as Error).message})` };
  }
  const [header, ...rows] = records;
  if (!header) return { problem: 'the file is empty' };
  const columns: Partial<Record<Column, number>> = {};
  header.record.forEach((name, i) => {
    const column = (Object.keys(COLUMNS) as Column[]).find((c) =>
      (COLUMNS[c] as readonly string[]).includes(name.toLowerCase()),
    );
    if (column && columns[column] === undefined) columns[column] = i;
  });
  const missing = (['client', 'date', 'score', 'kind'] as Column[]).filter(
    (c) => columns[c] === undefined,
  );
  if (missing.length > 0) {
    return {
      problem: `the header needs the columns ${missing.join(', ')} (client,date,score,kind,comment,person)`,
    };
  }
  return { columns, rows: rows.map((r) => ({ cells: r.record, line: r.info.lines })) };
}

/** One row, checked: the score, or what is wrong with it and what to write instead. */
async function readRow(
  ctx: CoreContext,
  workspace: Workspace,
  columns: Partial<Record<Column, number>>,
  cells: string[],
): Promise<ScoreRow | string> {
  const cell = (c: Column) => (columns[c] === undefined ? '' : (cells[columns[c]] ?? '').trim());
  const client = cell('client');
  if (!client) return 'no client: write the client’s name';
  if (client.length > 200) return 'the client’s name is longer than 200 characters';
  const scoredOn = readDay(cell('date'));
  if (!scoredOn) return `date "${cell('date')}" is not a day: write it as 2025-03-31`;
  const kind = KIND_NAMES[cell('kind').toLowerCase()];
  if (!kind) return `kind "${cell('kind')}" is not one Frontline knows: write NPS, CSAT or rating`;
  const score = Number(cell('score').replace(',', '.'));
  const scale = SCALES[kind];
  const inScale =
    cell('score') !== '' &&
    Number.isFinite(score) &&
    score >= scale.min &&
    score <= scale.max &&
    (!scale.whole || Number.isInteger(score));
  if (!inScale) {
    const whole = scale.whole ? 'a whole number ' : 'a number ';
    return `score "${cell('score')}" is not ${whole}from ${scale.min} to ${scale.max} for ${kind.toUpperCase()}`;
  }
  const comment = cell('comment') || undefined;
  if (comment && [...comment].length > COMMENT_MAX) {
    return `the comment is longer than ${COMMENT_MAX} characters`;
  }
  const named = cell('person');
  const person = named ? await personNamed(ctx, workspace, named) : undefined;
  if (named && !person) {
    return `nobody in this workspace is "${named}": write their email or chat id as imported with frontline import people`;
  }
  return { client, scoredOn, kind, score, comment, person };
}

function readDay(value: string): Date | undefined {
  const m = DAY.exec(value);
  if (!m) return undefined;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2025-02-30 would roll over into March.
  return day.toISOString().slice(0, 10) === value ? day : undefined;
}

/** A person named by their chat id or their email. */
async function personNamed(
  ctx: CoreContext,
  workspace: Workspace,
  named: string,
): Promise<Person | undefined> {
  return await first(
    ctx.db
      .select()
      .from(people)
      .where(
        and(
          eq(people.workspaceId, workspace.id),
          sql`(${people.platformUserId} = ${named} OR lower(${people.email}) = ${named.toLowerCase()})`,
        ),
      ),
  );
}

/** True when stored now, false when the same row was stored before. */
async function storeScore(ctx: CoreContext, workspace: Workspace, row: ScoreRow): Promise<boolean> {
  const rowKey = createHash('sha256')
    .update(
      JSON.stringify([
        row.client.toLowerCase(),
        row.scoredOn.getTime(),
        row.kind,
        row.score,
        row.comment ?? '',
        row.person?.id ?? null,
      ]),
    )
    .digest('hex');
  const client = await findOrCreateClient(ctx.db, workspace.id, row.client);
  const stored = await ctx.db
    .insert(clientScores)
    .values({
      workspaceId: workspace.id,
      clientId: client.id,
      personId: row.person?.id ?? null,
      scoredOn: row.scoredOn,
      kind: row.kind,
      score: row.score,
      comment: row.comment ?? null,
      rowKey,
    })
    .onConflictDoNothing();
  return changedRows(stored) > 0;
}
