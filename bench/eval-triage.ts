/**
 * `npm run eval:triage [-- --file test/fixtures/triage/holdout.jsonl]`: reads each message of a
 * labelled set (one JSON object a line: id, language, kind, text) as chat would — a pasted
 * forward down to the client's own words — classifies it, and prints precision and recall per
 * kind, per language and overall, the confusion counts, the misclassified ids and the rate.
 * Exits 1 when a target is missed, so CI can run it: compliment precision ≥ 0.9, abusive
 * recall ≥ 0.9, abusive precision ≥ 0.8, for every language and overall.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  type Classification,
  type TriageKind,
  type TriageLanguage,
} from '../src/core/classify-message';
import { classifyText as classify } from '../src/core/triage-email';

const KINDS: TriageKind[] = ['compliment', 'abusive', 'neither'];
const LANGUAGES: TriageLanguage[] = ['en', 'ru', 'lt', 'ro'];
const TARGETS = { complimentPrecision: 0.9, abusiveRecall: 0.9, abusivePrecision: 0.8 };

interface Item {
  id: string;
  language: TriageLanguage;
  kind: TriageKind;
  text: string;
}

interface Outcome {
  item: Item;
  got: Classification;
}

function fileArgument(argv: string[]): string {
  const flag = argv.indexOf('--file');
  const given = flag >= 0 ? argv[flag + 1] : argv.find((a) => !a.startsWith('--'));
  return given
    ? path.resolve(given)
    : path.resolve(__dirname, '..', 'test', 'fixtures', 'triage', 'labelled.jsonl');
}

function readItems(file: string): Item[] {
  const items: Item[] = [];
  for (const [i, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as Partial<Item>;
    const ok =
      typeof item.id === 'string' &&
      typeof item.text === 'string' &&
      LANGUAGES.includes(item.language as TriageLanguage) &&
      KINDS.includes(item.kind as TriageKind);
    if (!ok) throw new Error(`${file}:${i + 1}: needs id, language (en|ru|lt|ro), kind, text`);
    items.push(item as Item);
  }
  return items;
}

interface Scores {
  precision: number;
  recall: number;
  predicted: number;
  actual: number;
}

/** Precision with nothing predicted is 1: no false alarm was raised. */
function scores(outcomes: Outcome[], kind: TriageKind): Scores {
  const predicted = outcomes.filter((o) => o.got.kind === kind).length;
  const actual = outcomes.filter((o) => o.item.kind === kind).length;
  const right = outcomes.filter((o) => o.got.kind === kind && o.item.kind === kind).length;
  return {
    precision: predicted ? right / predicted : 1,
    recall: actual ? right / actual : 1,
    predicted,
    actual,
  };
}

const pct = (x: number) => x.toFixed(2).padStart(5);

function main(): number {
  const file = fileArgument(process.argv.slice(2));
  const items = readItems(file);
  const outcomes = items.map((item) => ({ item, got: classify(item.text) }));
  console.log(`${path.relative(process.cwd(), file)}: ${items.length} messages\n`);

  const groups: [string, Outcome[]][] = [
    ...LANGUAGES.map((l): [string, Outcome[]] => [
      l,
      outcomes.filter((o) => o.item.language === l),
    ]),
    ['all', outcomes],
  ];
  console.log('group    n | compliment P   R | abusive P   R | neither P   R | language ok');
  const missed: string[] = [];
  for (const [name, group] of groups) {
    if (group.length === 0) continue;
    const [c, a, n] = KINDS.map((k) => scores(group, k)) as [Scores, Scores, Scores];
    const languageOk = group.filter((o) => o.got.language === o.item.language).length;
    console.log(
      `${name.padEnd(5)} ${String(group.length).padStart(4)} |       ${pct(c.precision)} ${pct(c.recall)} |   ${pct(a.precision)} ${pct(a.recall)} |   ${pct(n.precision)} ${pct(n.recall)} | ${languageOk}/${group.length}`,
    );
    if (c.precision < TARGETS.complimentPrecision) missed.push(`${name}: compliment precision`);
    if (a.recall < TARGETS.abusiveRecall) missed.push(`${name}: abusive recall`);
    if (a.precision < TARGETS.abusivePrecision) missed.push(`${name}: abusive precision`);
  }

  console.log('\nconfusion (rows: labelled, columns: classified)');
  console.log(`${''.padEnd(11)}${KINDS.map((k) => k.padStart(11)).join('')}`);
  for (const want of KINDS) {
    const row = KINDS.map((got) =>
      String(outcomes.filter((o) => o.item.kind === want && o.got.kind === got).length).padStart(
        11,
      ),
    );
    console.log(`${want.padEnd(11)}${row.join('')}`);
  }

  const wrong = outcomes.filter((o) => o.got.kind !== o.item.kind);
  console.log(`\nmisclassified: ${wrong.length}`);
  for (const { item, got } of wrong) {
    console.log(
      `  ${item.id}: labelled ${item.kind}, classified ${got.kind} (${got.confidence.toFixed(2)}; ${got.cues.join(', ') || 'no cues'})`,
    );
  }

  console.log(`\nrate: ${Math.round(rate(items)).toLocaleString('en')} classifications/s`);

  if (missed.length) {
    console.log(`\ntargets missed: ${missed.join('; ')}`);
    return 1;
  }
  console.log('\ntargets met');
  return 0;
}

/** Classifications a second over the set, after a warm-up, for about half a second. */
function rate(items: Item[]): number {
  for (const item of items) classify(item.text);
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 0.5) {
    for (const item of items) classify(item.text);
    done += items.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return done / elapsed;
}

process.exitCode = main();
