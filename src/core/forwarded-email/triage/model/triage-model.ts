/**
 * The trained triage model: multinomial logistic regression over the hashed features of
 * `text-features.ts`, its weights one signed byte per kind and slot (`triage-model.bin`, written by
 * `npm run train:triage`). A text is scored whole and sentence by sentence, so one insult in a
 * polite page is not averaged away; its probabilities are calibrated (temperature scaling on a
 * part of the corpus it never trained on).
 */
import fs from 'node:fs';
import path from 'node:path';
import { en } from '../lexicon/en';
import { lt } from '../lexicon/lt';
import { ro } from '../lexicon/ro';
import { ru } from '../lexicon/ru';
import {
  collectFeatures,
  eachFeature,
  FEATURE_BITS,
  featureBuffer,
  modelText,
  sentencesOf,
  unobfuscate,
  type Unmask,
} from './text-features';

/** The model's kinds, in the order of its weights. */
export const MODEL_KINDS = ['abusive', 'compliment', 'neither'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];
const KINDS = MODEL_KINDS.length;

/** What the weights file says of itself, beside the weights. */
export interface ModelHeader {
  format: 1;
  featureBits: number;
  kinds: readonly ModelKind[];
  /** A byte times its kind's scale is the weight. */
  scales: number[];
  bias: number[];
  /** Logits are divided by this before the softmax: the calibration. */
  temperature: number;
  /** Free text for the model card: data, seed, figures. */
  trainedOn: Record<string, unknown>;
}

export interface TriageModelWeights {
  header: ModelHeader;
  /** `KINDS` bytes a slot: slot × KINDS + kind. */
  weights: Int8Array;
}

export const MODEL_FILE = path.join(__dirname, 'triage-model.bin');

/** [4-byte little-endian header length][header JSON][weights]. */
export function encodeModel({ header, weights }: TriageModelWeights): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([
    length,
    json,
    Buffer.from(weights.buffer, weights.byteOffset, weights.length),
  ]);
}

export function decodeModel(bytes: Buffer): TriageModelWeights {
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as ModelHeader;
  const expected = (1 << header.featureBits) * KINDS;
  if (
    header.format !== 1 ||
    header.featureBits !== FEATURE_BITS ||
    header.kinds.join() !== MODEL_KINDS.join()
  ) {
    throw new Error('The triage model file is of another format: run npm run train:triage');
  }
  const body = bytes.subarray(4 + length);
  if (body.length !== expected) throw new Error('The triage model file is cut short');
  const weights = new Int8Array(expected);
  weights.set(new Int8Array(body.buffer, body.byteOffset, body.length));
  return { header, weights };
}

/** Probabilities of abusive, compliment and neither, in that order. */
export type Probabilities = [abusive: number, compliment: number, neither: number];

export interface ModelScore {
  whole: Probabilities;
  /** The sentence most likely abusive, and how likely; -1 when the text has no words. */
  worstSentence: { index: number; abusive: number };
  sentences: number;
}

/**
 * The lexicons' one-word insults and curses ("idiot*", "дебил*"), to read masked words back
 * ("д@бил" = "дебил", "f*ck" = "fuck").
 */
function abuseWords(): string[] {
  const words = new Set<string>();
  for (const lexicon of [en, ru, lt, ro]) {
    for (const [, patterns] of lexicon.abuse) {
      for (const pattern of patterns.filter((p) => !/\s/.test(p.trim()))) {
        for (const piece of pattern.split(/[\s|]+/)) {
          const word = piece
            .replace(/^[!^]/, '')
            .replace(/[*?]$/, '')
            .toLowerCase()
            .normalize('NFD')
            .replace(/\p{M}+/gu, '');
          if (/^\p{L}{3,}$/u.test(word)) words.add(word);
        }
      }
    }
  }
  return [...words];
}

let knownAbuse: string[] | undefined;
/** The shortest abuse word a masked word can be (of equal lengths, the lexicon's first). */
export const unmaskAbuse: Unmask = (masked) => {
  knownAbuse ??= abuseWords().sort((a, b) => a.length - b.length);
  return knownAbuse.find((word) => masked.test(word));
};

/** The text as the model reads it: read back from obfuscation, folded, in sentences of words. */
export function modelSentences(text: string): string[][] {
  return sentencesOf(modelText(unobfuscate(text, unmaskAbuse)));
}

export class TriageModel {
  private readonly weights: Int8Array;
  private readonly scales: number[];
  private readonly bias: number[];
  private readonly temperature: number;

  constructor(readonly file: TriageModelWeights) {
    this.weights = file.weights;
    this.scales = file.header.scales;
    this.bias = file.header.bias;
    this.temperature = file.header.temperature;
  }

  private readonly buffer = featureBuffer();
  private readonly inSentence = new Int32Array(1 << FEATURE_BITS);
  private readonly inText = new Int32Array(1 << FEATURE_BITS);
  private stamp = 0;

  score(text: string): ModelScore {
    return this.scoreSentences(modelSentences(text));
  }

  /** The score of a text already in the model's sentences (`modelSentences`). */
  scoreSentences(sentences: string[][]): ModelScore {
    // Each feature counts once in a sentence and once in the text: sixty "thank you for the
    // update"s are no stronger than one. A stamp a slot says where it was last counted.
    const textStamp = ++this.stamp;
    const total = new Int32Array(KINDS);
    let count = 0;
    let worst = { index: -1, abusive: 0 };
    const sums = new Int32Array(KINDS);
    const weights = this.weights;
    for (const [index, words] of sentences.entries()) {
      const n = collectFeatures(words, this.buffer);
      const sentenceStamp = ++this.stamp;
      const slots = this.buffer.slots;
      sums.fill(0);
      let unique = 0;
      for (let i = 0; i < n; i++) {
        const slot = slots[i]!;
        if (this.inSentence[slot] === sentenceStamp) continue;
        this.inSentence[slot] = sentenceStamp;
        unique++;
        const at = slot * KINDS;
        sums[0]! += weights[at]!;
        sums[1]! += weights[at + 1]!;
        sums[2]! += weights[at + 2]!;
        if (this.inText[slot] === textStamp) continue;
        this.inText[slot] = textStamp;
        count++;
        total[0]! += weights[at]!;
        total[1]! += weights[at + 1]!;
        total[2]! += weights[at + 2]!;
      }
      if (unique === 0 || sentences.length <= 1) continue;
      const p = this.probabilities(sums, unique)[0];
      if (p > worst.abusive || worst.index < 0) worst = { index, abusive: p };
    }
    const whole = this.probabilities(total, count);
    if (sentences.length <= 1) worst = { index: sentences.length - 1, abusive: whole[0] };
    return { whole, worstSentence: worst, sentences: sentences.length };
  }

  /**
   * The words that pushed the text towards `kind` the most, as the model read them (at most
   * `max`, each at least a third of the strongest).
   */
  explain(sentences: string[][], kind: ModelKind, max = 3): string[] {
    const k = MODEL_KINDS.indexOf(kind);
    const pull = new Map<string, number>();
    for (const words of sentences) {
      const contribution = new Float64Array(words.length);
      eachFeature(words, (slot, word) => {
        const at = slot * KINDS;
        let others = 0;
        for (let j = 0; j < KINDS; j++)
          if (j !== k) others += this.weights[at + j]! * this.scales[j]!;
        contribution[word]! += this.weights[at + k]! * this.scales[k]! - others / (KINDS - 1);
      });
      for (const [i, word] of words.entries()) {
        pull.set(word, Math.max(pull.get(word) ?? -Infinity, contribution[i]!));
      }
    }
    const ranked = [...pull].filter(([, p]) => p > 0).sort((a, b) => b[1] - a[1]);
    const strongest = ranked[0]?.[1] ?? 0;
    return ranked
      .filter(([, p]) => p >= strongest / 3)
      .slice(0, max)
      .map(([word]) => word);
  }

  private probabilities(sums: Int32Array, n: number): Probabilities {
    const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
    const logits = [0, 1, 2].map(
      (k) => (this.bias[k]! + sums[k]! * this.scales[k]! * norm) / this.temperature,
    );
    const top = Math.max(...logits);
    const exp = logits.map((z) => Math.exp(z - top));
    const sum = exp[0]! + exp[1]! + exp[2]!;
    return [exp[0]! / sum, exp[1]! / sum, exp[2]! / sum];
  }
}

let loaded: { model: TriageModel; milliseconds: number; bytes: number } | undefined;

/** The committed model, read once: at start-up (`loadTriageModel`), else on first use. */
export function triageModel(): TriageModel {
  return loadTriageModel().model;
}

/** Reads the committed model unless read already, and says how long that took. */
export function loadTriageModel(): { model: TriageModel; milliseconds: number; bytes: number } {
  if (!loaded) {
    const started = performance.now();
    const bytes = fs.readFileSync(MODEL_FILE);
    const model = new TriageModel(decodeModel(bytes));
    loaded = { model, milliseconds: performance.now() - started, bytes: bytes.length };
  }
  return loaded;
}
