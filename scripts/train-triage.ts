/**
 * `npm run train:triage [-- --corpus path/to/train.jsonl]`: trains the triage model on the
 * shared corpus's training part and Frontline's labelled messages, calibrates it on the corpus's
 * calibration part and writes `src/core/forwarded-email/triage/model/triage-model.bin`. Multinomial logistic
 * regression by AdaGrad, examples in an order drawn from a fixed seed: the same data gives the
 * same bytes. Prints the data it used per language and kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  eachFeature,
  FEATURE_BITS,
  encodeModel,
  MODEL_FILE,
  MODEL_KINDS,
  modelSentences,
  TriageModel,
  type ModelHeader,
  type TriageModelWeights,
} from '../src/core/forwarded-email';
import {
  corpusArgument,
  countTable,
  readCorpus,
  readLabelled,
  type Example,
} from './triage-corpus';

const KINDS = MODEL_KINDS.length;

export interface TrainingOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  /**
   * Each (language, kind) cell weighs (mean cell size / its size)^balance: thin cells (Romanian
   * compliments) count more, so no language or kind drowns the others.
   */
  balance: number;
  /** How much one of Frontline's own labelled messages weighs against a corpus text. */
  labelledWeight: number;
  /**
   * Each sentence of a text that is neither is neither too: also trained on alone, at this share
   * of the text's weight, so a sentence of an ordinary complaint is not read as abuse.
   */
  neitherSentences: number;
}

export const DEFAULT_OPTIONS: TrainingOptions = {
  seed: 20261203,
  epochs: 8,
  learningRate: 0.4,
  l2: 1e-6,
  balance: 0.5,
  labelledWeight: 4,
  neitherSentences: 0.5,
};

/** A small, fast PRNG with a seed: mulberry32. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Encoded {
  slots: Uint32Array;
  kind: number;
  weight: number;
}

/** The text's features, each once, as the model counts them. */
function slotsOf(sentences: string[][]): Uint32Array {
  const slots = new Set<number>();
  for (const words of sentences) eachFeature(words, (slot) => slots.add(slot));
  return Uint32Array.from(slots);
}

/** The text, and for one that is neither, each of its sentences. */
function encode(example: Example, weight: number, options: TrainingOptions): Encoded[] {
  const kind = MODEL_KINDS.indexOf(example.kind);
  const sentences = modelSentences(example.text);
  const encoded = [{ slots: slotsOf(sentences), kind, weight }];
  if (example.kind === 'neither' && sentences.length > 1 && options.neitherSentences > 0) {
    const share = (weight * options.neitherSentences) / sentences.length;
    for (const sentence of sentences)
      encoded.push({ slots: slotsOf([sentence]), kind, weight: share });
  }
  return encoded;
}

function exampleWeights(examples: Example[], options: TrainingOptions): number[] {
  const cells = new Map<string, number>();
  const cellOf = (e: Example) =>
    `${e.source === 'labelled' ? 'own' : 'corpus'} ${e.language} ${e.kind}`;
  for (const e of examples) cells.set(cellOf(e), (cells.get(cellOf(e)) ?? 0) + 1);
  const corpusCells = [...cells].filter(([k]) => k.startsWith('corpus'));
  const mean = corpusCells.reduce((s, [, n]) => s + n, 0) / Math.max(1, corpusCells.length);
  return examples.map((e) =>
    e.source === 'labelled'
      ? options.labelledWeight
      : (mean / cells.get(cellOf(e))!) ** options.balance,
  );
}

function softmax(logits: Float64Array, out: Float64Array): void {
  const top = Math.max(logits[0]!, logits[1]!, logits[2]!);
  let sum = 0;
  for (let k = 0; k < KINDS; k++) sum += out[k] = Math.exp(logits[k]! - top);
  for (let k = 0; k < KINDS; k++) out[k]! /= sum;
}

/** Float weights: slot × KINDS + kind, and a bias a kind. */
export function trainWeights(examples: Example[], options: TrainingOptions = DEFAULT_OPTIONS) {
  const weightsOf = exampleWeights(examples, options);
  const data = examples
    .flatMap((e, i) => encode(e, weightsOf[i]!, options))
    .filter((d) => d.slots.length > 0);
  const size = (1 << FEATURE_BITS) * KINDS;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  const bias = new Float64Array(KINDS);
  const biasG2 = new Float64Array(KINDS).fill(1e-8);
  const next = random(options.seed);
  const order = data.map((_, i) => i);
  const logits = new Float64Array(KINDS);
  const p = new Float64Array(KINDS);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { slots, kind, weight } = data[index]!;
      const norm = 1 / Math.sqrt(slots.length);
      for (let k = 0; k < KINDS; k++) {
        let z = 0;
        for (const slot of slots) z += w[slot * KINDS + k]!;
        logits[k] = bias[k]! + z * norm;
      }
      softmax(logits, p);
      for (let k = 0; k < KINDS; k++) {
        const error = (p[k]! - (k === kind ? 1 : 0)) * weight;
        const gb = error;
        biasG2[k]! += gb * gb;
        bias[k]! -= (options.learningRate * gb) / Math.sqrt(biasG2[k]!);
        for (const slot of slots) {
          const at = slot * KINDS + k;
          const g = error * norm + options.l2 * w[at]!;
          g2[at]! += g * g;
          w[at]! -= (options.learningRate * g) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  return { w, bias: [...bias] };
}

/** One byte a weight: each kind's weights scaled so the largest in 10,000 is ±127, and clipped. */
export function quantise(w: Float64Array): { weights: Int8Array; scales: number[] } {
  const weights = new Int8Array(w.length);
  const scales: number[] = [];
  for (let k = 0; k < KINDS; k++) {
    const magnitudes: number[] = [];
    for (let at = k; at < w.length; at += KINDS) if (w[at] !== 0) magnitudes.push(Math.abs(w[at]!));
    magnitudes.sort((a, b) => a - b);
    const top = magnitudes[Math.floor(magnitudes.length * 0.9999)] ?? 1;
    const scale = top / 127 || 1;
    scales.push(scale);
    for (let at = k; at < w.length; at += KINDS) {
      weights[at] = Math.max(-127, Math.min(127, Math.round(w[at]! / scale)));
    }
  }
  return { weights, scales };
}

/** The temperature that makes the calibration part's probabilities most likely. */
export function calibrate(model: TriageModel, examples: Example[]): number {
  const scored = examples.map((e) => ({ e, logits: logitsOf(model, e.text) }));
  let best = { temperature: 1, loss: Infinity };
  for (let t = 0.3; t <= 4.001; t += 0.05) {
    let loss = 0;
    for (const { e, logits } of scored) {
      const top = Math.max(...logits);
      const sum = logits.reduce((s, z) => s + Math.exp((z - top) / t), 0);
      loss -= (logits[MODEL_KINDS.indexOf(e.kind)]! - top) / t - Math.log(sum);
    }
    if (loss < best.loss) best = { temperature: Math.round(t * 100) / 100, loss };
  }
  return best.temperature;
}

/** The model's logits at temperature 1 (recovered from its probabilities). */
function logitsOf(model: TriageModel, text: string): number[] {
  return model.score(text).whole.map((p) => Math.log(Math.max(p, 1e-12)));
}

export function trainModel(
  examples: Example[],
  calibration: Example[],
  options: TrainingOptions = DEFAULT_OPTIONS,
  trainedOn: Record<string, unknown> = {},
): TriageModelWeights {
  const { w, bias } = trainWeights(examples, options);
  const { weights, scales } = quantise(w);
  const header: ModelHeader = {
    format: 1,
    featureBits: FEATURE_BITS,
    kinds: MODEL_KINDS,
    scales,
    bias,
    temperature: 1,
    trainedOn: { ...trainedOn, options },
  };
  const uncalibrated = new TriageModel({ header, weights });
  header.temperature = calibration.length ? calibrate(uncalibrated, calibration) : 1;
  return { header, weights };
}

function accuracy(model: TriageModel, examples: Example[]): string {
  let right = 0;
  for (const e of examples) {
    const p = model.score(e.text).whole;
    if (MODEL_KINDS[p.indexOf(Math.max(...p))] === e.kind) right++;
  }
  return `${right}/${examples.length} (${((100 * right) / Math.max(1, examples.length)).toFixed(1)}%)`;
}

function main(): void {
  const corpusFile = corpusArgument(process.argv.slice(2));
  const corpus = readCorpus(corpusFile);
  const labelled = readLabelled().map((e) => ({ ...e, source: 'labelled' }));
  const training = [...corpus.train, ...labelled];
  console.log(`corpus ${path.basename(corpusFile)}: training part\n${countTable(corpus.train)}\n`);
  console.log(`Frontline's labelled messages\n${countTable(labelled)}\n`);
  console.log(`calibration part (not trained on)\n${countTable(corpus.calibration)}\n`);
  console.log(
    `held-out part (neither trained nor calibrated on)\n${countTable(corpus['held-out'])}\n`,
  );
  const started = performance.now();
  const file = trainModel(training, corpus.calibration, DEFAULT_OPTIONS, {
    corpus: path.basename(corpusFile),
    corpusTexts: corpus.train.length,
    labelledMessages: labelled.length,
  });
  const model = new TriageModel(file);
  console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`temperature ${file.header.temperature}`);
  console.log(
    `accuracy (whole text, top kind): calibration part ${accuracy(model, corpus.calibration)}`,
  );
  const bytes = encodeModel(file);
  fs.writeFileSync(MODEL_FILE, bytes);
  console.log(
    `wrote ${path.relative(process.cwd(), MODEL_FILE)} (${(bytes.length / 1024).toFixed(0)} KiB)`,
  );
}

if (require.main === module) main();
