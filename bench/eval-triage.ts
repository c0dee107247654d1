/**
 * `npm run eval:triage [-- --file other.jsonl] [--corpus path/to/train.jsonl] [--calibration]`:
 * precision and recall of the email triage per kind and language, side by side on
 *
 * - `test/fixtures/triage/labelled.jsonl`, Frontline's own labelled messages (trained on),
 * - the held-out part of the shared corpus (never trained or calibrated on; see
 *   `scripts/triage-corpus.ts`),
 * - `test/fixtures/triage/holdout.jsonl` and, when there is one, `blind.jsonl` (never trained
 *   on), and any `--file` given;
 *
 * each read as chat reads it (a pasted forward down to the client's own words). It also prints
 * the lexicon alone and the model alone beside the two combined, the precision at each
 * confidence (what `/kudos autorecord 90` can count on) and the misclassified messages. Exits 1
 * when a target is missed on a set never trained on: abusive recall ≥ 0.9 with precision
 * ≥ 0.85, compliment precision ≥ 0.9 with recall ≥ 0.7, neither called abusive ≤ 5%.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  classifyMessage,
  type TriageKind,
  type TriageLanguage,
  readPastedForward,
  triageMessage,
  MODEL_KINDS,
  triageModel,
  loadTriageModel,
} from '../src/core/forwarded-email';
import {
  corpusArgument,
  LABELLED,
  readCorpus,
  readLabelled,
  ROOT,
  type Example,
} from '../scripts/triage-corpus';

const KINDS: TriageKind[] = ['compliment', 'abusive', 'neither'];
const LANGUAGES: TriageLanguage[] = ['en', 'ru', 'lt', 'ro'];
const TARGETS = {
  abusiveRecall: 0.9,
  abusivePrecision: 0.85,
  complimentPrecision: 0.9,
  complimentRecall: 0.7,
  neitherCalledAbusive: 0.05,
};
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'triage');

type Classifier = 'combined' | 'lexicon' | 'model';

interface Got {
  kind: TriageKind;
  confidence: number;
  cues: string[];
}

interface Outcome {
  item: Example;
  got: Got;
}

interface EvalSet {
  name: string;
  items: Example[];
  /** Trained on: its figures say what the model learnt, not how well it reads new mail. */
  trained: boolean;
  /** Few enough that each miss is listed. */
  listMisses: boolean;
}

/** The client's own words and subject, as chat would read a pasted message. */
function wordsOf(text: string): { words: string; subject?: string } {
  const read = readPastedForward(text);
  return read.ok ? { words: read.email.words, subject: read.email.subject } : { words: text };
}

function classify(item: Example, by: Classifier): Got {
  const { words, subject } = wordsOf(item.text);
  if (by === 'lexicon') return classifyMessage(words, subject);
  if (by === 'combined') return triageMessage(words, subject);
  const p = triageModel().score(subject ? `${subject}\n${words}` : words).whole;
  const best = p.indexOf(Math.max(...p));
  return { kind: MODEL_KINDS[best]!, confidence: p[best]!, cues: [] };
}

interface Scores {
  precision: number;
  recall: number;
}

/** Precision with nothing predicted is 1: no false alarm was raised. */
function scores(outcomes: Outcome[], kind: TriageKind): Scores {
  const predicted = outcomes.filter((o) => o.got.kind === kind).length;
  const actual = outcomes.filter((o) => o.item.kind === kind).length;
  const right = outcomes.filter((o) => o.got.kind === kind && o.item.kind === kind).length;
  return { precision: predicted ? right / predicted : 1, recall: actual ? right / actual : 1 };
}

function neitherCalledAbusive(outcomes: Outcome[]): number {
  const neither = outcomes.filter((o) => o.item.kind === 'neither');
  return neither.length
    ? neither.filter((o) => o.got.kind === 'abusive').length / neither.length
    : 0;
}

const f2 = (x: number) => x.toFixed(2).padStart(5);

/** One row: n, compliment P R, abusive P R, neither called abusive. */
function row(outcomes: Outcome[]): string {
  const c = scores(outcomes, 'compliment');
  const a = scores(outcomes, 'abusive');
  return `${String(outcomes.length).padStart(5)} | ${f2(c.precision)} ${f2(c.recall)} | ${f2(a.precision)} ${f2(a.recall)} | ${f2(neitherCalledAbusive(outcomes))}`;
}

function missedTargets(outcomes: Outcome[]): string[] {
  const c = scores(outcomes, 'compliment');
  const a = scores(outcomes, 'abusive');
  const missed: string[] = [];
  if (a.recall < TARGETS.abusiveRecall) missed.push('abusive recall');
  if (a.precision < TARGETS.abusivePrecision) missed.push('abusive precision');
  if (outcomes.some((o) => o.item.kind === 'compliment')) {
    if (c.precision < TARGETS.complimentPrecision) missed.push('compliment precision');
    if (c.recall < TARGETS.complimentRecall) missed.push('compliment recall');
  }
  if (neitherCalledAbusive(outcomes) > TARGETS.neitherCalledAbusive) {
    missed.push('neither called abusive');
  }
  return missed;
}

const HEADING = `${'set / language'.padEnd(30)}     n | compl P     R | abuse P     R | neither→abusive`;

function printSet(set: EvalSet, outcomes: Outcome[]): void {
  for (const language of [...LANGUAGES, 'all'] as const) {
    const group =
      language === 'all' ? outcomes : outcomes.filter((o) => o.item.language === language);
    if (group.length === 0) continue;
    console.log(`${`${set.name} ${language}`.padEnd(30)}${row(group)}`);
  }
}

/** Of the messages called `kind` with at least this confidence, how many were `kind`. */
function calibrationRows(outcomes: Outcome[], kind: TriageKind): string {
  return [0.5, 0.7, 0.8, 0.9, 0.95]
    .map((t) => {
      const sure = outcomes.filter((o) => o.got.kind === kind && o.got.confidence >= t);
      const right = sure.filter((o) => o.item.kind === kind).length;
      return `≥${t.toFixed(2)}: ${sure.length ? (right / sure.length).toFixed(2) : '  - '} (${sure.length})`;
    })
    .join('  ');
}

function printMisses(set: EvalSet, outcomes: Outcome[]): void {
  const wrong = outcomes.filter((o) => o.got.kind !== o.item.kind);
  console.log(`\n${set.name}: ${wrong.length} misclassified`);
  if (set.listMisses) {
    for (const { item, got } of wrong) {
      const cues = got.cues.join(', ') || 'no cues';
      console.log(
        `  ${item.id}: labelled ${item.kind}, classified ${got.kind} (${got.confidence.toFixed(2)}; ${cues})`,
      );
    }
    return;
  }
  // Too many to list: where they come from.
  const bySource = new Map<string, number>();
  for (const { item, got } of wrong) {
    const key = `${item.language} ${item.kind}→${got.kind} ${item.source.split(':')[0]}`;
    bySource.set(key, (bySource.get(key) ?? 0) + 1);
  }
  for (const [key, n] of [...bySource].sort((a, b) => b[1] - a[1]))
    console.log(`  ${String(n).padStart(4)}  ${key}`);
}

function setsToRun(argv: string[]): EvalSet[] {
  const corpus = readCorpus(corpusArgument(argv));
  const number = (items: Example[], prefix: string) =>
    items.map((e, i) => ({ ...e, id: `${prefix}-${i + 1}` }));
  const sets: EvalSet[] = [
    {
      name: 'labelled (trained on)',
      items: readLabelled(LABELLED),
      trained: true,
      listMisses: true,
    },
    {
      name: 'corpus held-out',
      items: number(corpus['held-out'], 'held-out'),
      trained: false,
      listMisses: false,
    },
  ];
  if (argv.includes('--calibration')) {
    sets.push({
      name: 'corpus calibration',
      items: number(corpus.calibration, 'calibration'),
      trained: true,
      listMisses: false,
    });
  }
  const files = [path.join(FIXTURES, 'holdout.jsonl'), path.join(FIXTURES, 'blind.jsonl')];
  argv.forEach((a, i) => a === '--file' && argv[i + 1] && files.push(path.resolve(argv[i + 1]!)));
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    sets.push({
      name: path.basename(file),
      items: readLabelled(file),
      trained: false,
      listMisses: true,
    });
  }
  return sets;
}

function main(): number {
  const argv = process.argv.slice(2);
  const sets = setsToRun(argv);
  console.log(`model loaded in ${loadTriageModel().milliseconds.toFixed(0)} ms\n`);
  const results = sets.map((set) => ({
    set,
    outcomes: set.items.map((item) => ({ item, got: classify(item, 'combined') })),
  }));

  console.log(`lexicon and model combined\n${HEADING}`);
  for (const { set, outcomes } of results) printSet(set, outcomes);

  console.log(`\neach alone, all languages\n${HEADING}`);
  for (const { set } of results) {
    for (const by of ['lexicon', 'model'] as const) {
      const outcomes = set.items.map((item) => ({ item, got: classify(item, by) }));
      console.log(`${`${set.name} — ${by}`.padEnd(30)}${row(outcomes)}`);
    }
  }

  console.log('\nprecision at each confidence (count): compliments, then abuse');
  for (const { set, outcomes } of results) {
    console.log(`  ${set.name}\n    compliment  ${calibrationRows(outcomes, 'compliment')}`);
    console.log(`    abusive     ${calibrationRows(outcomes, 'abusive')}`);
  }

  console.log('\nconfusion (rows: labelled, columns: classified: compliment abusive neither)');
  for (const { set, outcomes } of results) {
    const cells = KINDS.map((want) =>
      KINDS.map(
        (got) => outcomes.filter((o) => o.item.kind === want && o.got.kind === got).length,
      ).join(' '),
    );
    console.log(`  ${set.name.padEnd(28)} ${cells.join(' | ')}`);
  }

  for (const { set, outcomes } of results) printMisses(set, outcomes);

  const missed = results
    .filter(({ set }) => !set.trained)
    .flatMap(({ set, outcomes }) => missedTargets(outcomes).map((m) => `${set.name}: ${m}`));
  if (missed.length) {
    console.log(`\ntargets missed: ${missed.join('; ')}`);
    return 1;
  }
  console.log('\ntargets met');
  return 0;
}

process.exitCode = main();
