import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_OPTIONS, trainModel } from '../../../scripts/train-triage';
import { readLabelled, type Example } from '../../../scripts/triage-corpus';
import {
  cyrillicSpelling,
  modelText,
  russianSpelling,
  unobfuscate,
} from '../../../src/core/forwarded-email/triage/model/text-features';
import {
  decodeModel,
  encodeModel,
  loadTriageModel,
  MODEL_FILE,
  MODEL_KINDS,
  modelSentences,
  TriageModel,
  unmaskAbuse,
} from '../../../src/core/forwarded-email/triage/model/triage-model';

const folded = (text: string) => modelText(unobfuscate(text, unmaskAbuse));

describe('the committed model', () => {
  test('is small, loads and knows its kinds and calibration', () => {
    expect(fs.statSync(MODEL_FILE).size).toBeLessThan(10 * 1024 * 1024);
    const { model, bytes } = loadTriageModel();
    expect(bytes).toBe(fs.statSync(MODEL_FILE).size);
    expect(model.file.header.kinds).toEqual(MODEL_KINDS);
    expect(model.file.header.temperature).toBeGreaterThan(0);
  });

  test('classifies: probabilities of the three kinds that add up to one', () => {
    const { model } = loadTriageModel();
    const rude = model.score('You useless incompetent morons, you are all a joke.').whole;
    const kind = model.score('Thank you so much, Ana was wonderful and so patient with us.').whole;
    expect(rude[0]).toBeGreaterThan(0.9);
    expect(kind[1]).toBeGreaterThan(0.9);
    for (const p of [rude, kind]) expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 6);
  });

  test('scores a long email sentence by sentence: one insult is not averaged away', () => {
    const { model } = loadTriageModel();
    const polite = Array.from(
      { length: 30 },
      (_, i) => `Item ${i + 1} of the order arrived on time and in good condition.`,
    );
    const text = [...polite.slice(0, 15), 'Your driver is a stupid moron.', ...polite.slice(15)];
    const score = model.score(text.join('\n'));
    expect(score.sentences).toBe(31);
    expect(score.worstSentence.index).toBe(15);
    expect(score.worstSentence.abusive).toBeGreaterThan(0.9);
    expect(score.whole[0]).toBeLessThan(score.worstSentence.abusive);
  });

  test('names the words that weighed most, as the model read them', () => {
    const { model } = loadTriageModel();
    const words = model.explain(
      modelSentences('The courier was polite. You are an i d i o t.'),
      'abusive',
    );
    expect(words).toContain('idiot');
    expect(words.length).toBeLessThanOrEqual(3);
  });

  test('a file of another format or cut short is refused', () => {
    const bytes = fs.readFileSync(MODEL_FILE);
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 1))).toThrow(/cut short/);
    const file = decodeModel(bytes);
    const other = encodeModel({ ...file, header: { ...file.header, featureBits: 20 } });
    expect(() => decodeModel(other)).toThrow(/another format/);
  });
});

describe('what the model reads', () => {
  test.each([
    ['i d i o t', 'idiot'],
    ['f-u-c-k off', 'fuck off'],
    ['f*ck you', 'fuck you'],
    ['ты д@бил', 'ты дебил'],
    // Cyrillic о in a Latin word, Latin e in a Cyrillic one.
    ['idi\u043et', 'idiot'],
    ['ты д\u0065бил', 'ты дебил'],
    ['1d10t', 'idiot'],
    ['Mulțumesc, Ёлка', 'multumesc, елка'],
  ])('%s → %s', (text, reads) => {
    expect(folded(text)).toBe(reads);
  });

  test.each([
    ['meet at 10am on the 3rd floor, file.mp3', 'meet at 10am on the 3rd floor, file.mp3'],
    // Three single letters are Russian words, not a spaced-out one; й loses its breve.
    ['я и в прошлый раз писал', 'я и в прошлыи раз писал'],
    ['a b c', 'a b c'],
  ])('leaves ordinary text alone: %s', (text, reads) => {
    expect(folded(text)).toBe(reads);
  });

  test('Latin-spelt Russian reads in Cyrillic; English does not', () => {
    expect(cyrillicSpelling('durak')).toBe('дурак');
    expect(cyrillicSpelling('zhopa')).toBe('жопа');
    expect(russianSpelling('ty durak, gde moi zakaz?')).toBe('ты дурак, где мои заказ?');
    expect(russianSpelling('where is my order? thanks, ana')).toBeUndefined();
  });
});

describe('training', () => {
  // A small slice: the full corpus takes too long for a test.
  const slice: Example[] = readLabelled().filter((_, i) => i % 4 === 0);
  const calibration = readLabelled().filter((_, i) => i % 4 === 1);
  const options = { ...DEFAULT_OPTIONS, epochs: 2 };

  test('is reproducible: the same data and seed give the same bytes, another seed others', () => {
    const once = encodeModel(trainModel(slice, calibration, options));
    const again = encodeModel(trainModel(slice, calibration, options));
    const reseeded = encodeModel(trainModel(slice, calibration, { ...options, seed: 7 }));
    expect(once.equals(again)).toBe(true);
    expect(once.equals(reseeded)).toBe(false);
  });

  test('learns its data: most of the slice it trained on comes out right', () => {
    const model = new TriageModel(trainModel(slice, calibration, options));
    const right = slice.filter((e) => {
      const p = model.score(e.text).whole;
      return MODEL_KINDS[p.indexOf(Math.max(...p))] === e.kind;
    });
    expect(right.length / slice.length).toBeGreaterThan(0.9);
  });
});

test('the build ships the weights beside the compiled model', () => {
  const pkg = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'),
  ) as { scripts: Record<string, string> };
  expect(pkg.scripts.build).toContain('dist/core/forwarded-email/triage/model/triage-model.bin');
});
