/**
 * The triage model's data: the shared training corpus (one JSON object a line: text, label, lang,
 * src, licence; its README lists the public datasets and their licences) and Frontline's own
 * labelled messages. The corpus is cut three ways, the same way every time: within each cell of
 * language, label and source the texts are ordered by a hash of their text, the first 12% are
 * held out (never trained on, reported by `npm run eval:triage`), the next 10% calibrate the
 * confidence, the rest train.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TriageKind, TriageLanguage } from '../src/core/forwarded-email';

export const ROOT = path.resolve(__dirname, '..');
export const DEFAULT_CORPUS = path.resolve(ROOT, '..', 'shared', 'triage-corpus', 'train.jsonl');
export const LABELLED = path.join(ROOT, 'test', 'fixtures', 'triage', 'labelled.jsonl');

export type Part = 'train' | 'calibration' | 'held-out';
const HELD_OUT = 0.12;
const CALIBRATION = 0.1;

export interface Example {
  text: string;
  kind: TriageKind;
  language: TriageLanguage;
  /** Where it comes from: a corpus source ("repo:file original-label") or "labelled". */
  source: string;
  id?: string;
}

interface CorpusLine {
  text: string;
  label: string;
  lang: string;
  src: string;
}

const KINDS: TriageKind[] = ['abusive', 'compliment', 'neither'];
const LANGUAGES: TriageLanguage[] = ['en', 'ru', 'lt', 'ro'];

/** FNV-1a of the text: the order within a cell, so the cut never depends on the file's order. */
function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function readCorpus(file = DEFAULT_CORPUS): Record<Part, Example[]> {
  if (!fs.existsSync(file)) {
    throw new Error(`No training corpus at ${file}: pass --corpus path/to/train.jsonl`);
  }
  const cells = new Map<string, Example[]>();
  for (const [i, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as CorpusLine;
    const kind = row.label === 'neither' ? 'neither' : (row.label as TriageKind);
    if (!KINDS.includes(kind) || !LANGUAGES.includes(row.lang as TriageLanguage)) {
      throw new Error(`${file}:${i + 1}: label ${row.label}, lang ${row.lang}?`);
    }
    const example = { text: row.text, kind, language: row.lang as TriageLanguage, source: row.src };
    const key = `${row.lang} ${kind} ${row.src}`;
    cells.set(key, [...(cells.get(key) ?? []), example]);
  }
  const parts: Record<Part, Example[]> = { train: [], calibration: [], 'held-out': [] };
  for (const key of [...cells.keys()].sort()) {
    const cell = cells.get(key)!;
    const ordered = cell
      .map((e) => [textHash(e.text), e] as const)
      .sort((a, b) => a[0] - b[0] || (a[1].text < b[1].text ? -1 : 1))
      .map(([, e]) => e);
    const heldOut = Math.round(ordered.length * HELD_OUT);
    const calibration = Math.round(ordered.length * CALIBRATION);
    parts['held-out'].push(...ordered.slice(0, heldOut));
    parts.calibration.push(...ordered.slice(heldOut, heldOut + calibration));
    parts.train.push(...ordered.slice(heldOut + calibration));
  }
  return parts;
}

/** A labelled set of Frontline's own: one {id, language, kind, text} a line. */
export function readLabelled(file = LABELLED): Example[] {
  const examples: Example[] = [];
  for (const [i, line] of fs.readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as Partial<{
      id: string;
      language: string;
      kind: string;
      text: string;
    }>;
    const ok =
      typeof item.id === 'string' &&
      typeof item.text === 'string' &&
      LANGUAGES.includes(item.language as TriageLanguage) &&
      KINDS.includes(item.kind as TriageKind);
    if (!ok) throw new Error(`${file}:${i + 1}: needs id, language (en|ru|lt|ro), kind, text`);
    examples.push({
      id: item.id,
      text: item.text!,
      kind: item.kind as TriageKind,
      language: item.language as TriageLanguage,
      source: path.basename(file, '.jsonl'),
    });
  }
  return examples;
}

/** "--corpus x" from the command line, else the default place. */
export function corpusArgument(argv: string[]): string {
  const flag = argv.indexOf('--corpus');
  return flag >= 0 && argv[flag + 1] ? path.resolve(argv[flag + 1]!) : DEFAULT_CORPUS;
}

/** Counts per language and kind, as a table to print. */
export function countTable(examples: Example[]): string {
  const lines = [`${'lang'.padEnd(5)}${KINDS.map((k) => k.padStart(12)).join('')}`];
  for (const language of LANGUAGES) {
    const row = KINDS.map((kind) =>
      String(examples.filter((e) => e.language === language && e.kind === kind).length).padStart(
        12,
      ),
    );
    lines.push(`${language.padEnd(5)}${row.join('')}`);
  }
  return lines.join('\n');
}
