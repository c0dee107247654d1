/**
 * What the triage model sees of a text: the text folded (lower case, no diacritics, look-alike
 * letters in one script, leetspeak and masked or spaced-out letters undone), cut into sentences,
 * and each sentence's features hashed into a fixed number of slots: the character 2- to 5-grams
 * of each word, each word and each pair of words. Training and classifying share this file, so
 * the model is always fed what it was trained on.
 */

/** Feature slots: 2^18, so the weights of three kinds fit in 768 KiB as bytes. */
export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;

// Cyrillic letters that look like Latin ones, and back: "idiоt" with a Cyrillic о is "idiot".
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
};
const LATIN_LOOKALIKES: Record<string, string> = Object.fromEntries(
  Object.entries(CYRILLIC_LOOKALIKES).map(([cyrillic, latin]) => [latin, cyrillic]),
);
// Digits and signs written for letters inside a word: "1d10t", "$hit", "д@бил".
const LEET_LATIN: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};
const LEET_CYRILLIC: Record<string, string> = {
  '0': 'о',
  '3': 'з',
  '4': 'ч',
  '6': 'б',
  '@': 'а',
};
// Signs that hide a letter: "f*ck", "бл#ть", "д@бил".
const HIDDEN = /[*#%@$]/;
const HIDDEN_ALL = /[*#%@$]/g;
// Numbers with a unit or an ordinal ("10am", "3rd", "24h") and codes ("mp3") are no leetspeak.
const NOT_LEET = /^(?:\d+[a-z]{0,3}|[a-z]{1,3}\d+)$/;

/**
 * "i d i o t", "i.d.i.o.t", "f-u-c-k": four or more single letters with one separator between
 * them are one word (three are too often Russian: "а я в").
 */
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_·]\p{L}(?![\p{L}\p{N}])){3,}/gu;

/** A word as typed, after the text is lower case and without diacritics. */
const WORD = /[\p{L}\p{N}@$*#%]+/gu;

/**
 * Known words for a masked one: "f*ck" reads as the first known word the pattern (a regular
 * expression with a dot for each hidden letter) matches the start of.
 */
export type Unmask = (masked: RegExp) => string | undefined;

function unmasked(word: string, unmask: Unmask): string | undefined {
  const pattern = word.replace(HIDDEN_ALL, '.').replace(/[^\p{L}.]/gu, '');
  if (pattern.length < 3 || !/\p{L}/u.test(pattern)) return undefined;
  const known = unmask(new RegExp(`^${pattern}`, 'u'));
  return known && known.slice(0, pattern.length);
}

const isHidden = (c: number) => c === 42 || c === 35 || c === 37 || c === 64 || c === 36;

function foldWord(word: string, unmask?: Unmask, keepMasks = false): string {
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) latin++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if ((c >= 48 && c <= 57) || isHidden(c)) other++;
  }
  // Most words are letters of one script: nothing to read back.
  if (other === 0 && (cyrillic === 0 || latin === 0)) return word;
  const toCyrillic = cyrillic > latin;
  const lookalikes = toCyrillic ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
  const mixed = toCyrillic ? latin > 0 : cyrillic > 0;
  let out = mixed ? [...word].map((ch) => lookalikes[ch] ?? ch).join('') : word;
  if (unmask && HIDDEN.test(out)) {
    const known = unmasked(out, unmask);
    if (known) return known;
  }
  if (keepMasks && HIDDEN.test(out)) return out;
  if (cyrillic + latin >= 2 && !NOT_LEET.test(out)) {
    const leet = toCyrillic ? LEET_CYRILLIC : LEET_LATIN;
    out = [...out].map((ch) => leet[ch] ?? ch).join('');
  }
  return out.replace(HIDDEN_ALL, '');
}

// Nothing a word could hide: no digit or sign, and letters of one script only.
const PLAIN_LATIN = /^[^0-9@$*#%\u0400-\u04ff]*$/;
const PLAIN_CYRILLIC = /^[^0-9@$*#%a-z]*$/;

/**
 * The text as typed, in lower case, with spaced letters joined ("i d i o t") and each word read
 * back: look-alike letters of the other script ("idiоt" with a Cyrillic о), leetspeak ("1d10t"),
 * masked letters ("д@бил" = "дебил", "f*ck"). Diacritics and punctuation stay: this is what the
 * lexicon is given, and `modelText` folds it further for the model.
 */
export function unobfuscate(text: string, unmask?: Unmask): string {
  const lower = text.toLowerCase().replace(SPACED, (spaced) => spaced.replace(/[ .\-_·]/g, ''));
  if (PLAIN_LATIN.test(lower) || PLAIN_CYRILLIC.test(lower)) return lower;
  return lower.replace(WORD, (word) => foldWord(word, unmask, true));
}

/** An unobfuscated text as the model reads it: no diacritics (ё = е, ș = s), no masks left. */
export function modelText(unobfuscated: string): string {
  return unobfuscated
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(HIDDEN_ALL, '');
}

/** Where sentences end: . ! ? ; a new line. */
const SENTENCE_END = /[.!?;\n]+/;

/** The words of each sentence of a folded text; sentences with no word are left out. */
export function sentencesOf(folded: string): string[][] {
  const sentences: string[][] = [];
  for (const piece of folded.split(SENTENCE_END)) {
    const words = piece.replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu);
    if (words) sentences.push(words);
  }
  return sentences;
}

// Latin spellings of Russian ("ty durak", "idi nahui"): a Latin word also counts as the Russian
// word it spells, so what the model learnt from Cyrillic text applies.
const TRANSLIT: [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'е'],
  ['ja', 'я'],
  ['ju', 'ю'],
];
const TRANSLIT_ONE: Record<string, string> = {
  a: 'а',
  b: 'б',
  v: 'в',
  w: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  j: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  x: 'кс',
  c: 'ц',
  y: 'ы',
  q: 'к',
};

/** "durak" → "дурак"; undefined for anything with a letter outside a–z. */
export function cyrillicSpelling(word: string): string | undefined {
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    for (const [latin, cyrillic] of TRANSLIT) {
      if (word.startsWith(latin, i)) {
        out += cyrillic;
        i += latin.length;
        continue outer;
      }
    }
    const one = TRANSLIT_ONE[word[i]!];
    if (!one) return undefined;
    out += one;
    i++;
  }
  return out;
}

// Frequent Russian words, folded (й = и, ь dropped as Latin spellings drop it): two of them, a
// fifth of the words, make a Latin text Russian ("ty durak, gde moi zakaz").
const RUSSIAN_WORDS = new Set(
  (
    'ты вы где мои моя мое что это ето как не нет да вас вам тебя тебе вот все уже еще очен ' +
    'спасибо пожалуиста пожалуыста здравствуите привет когда почему зачем иди идите тут там мне ' +
    'меня был была было будет надо можно сколько заказ доставка денги ваш ваша ваши твои твоя ' +
    'сука блят бля нахуи урод дурак дебил идиот козел'
  ).split(' '),
);
const LATIN_WORD = /[a-z]+/g;

/**
 * A Latin text that reads as Russian ("ty durak", "spasibo bolshoe"), spelt in Cyrillic, so the
 * Russian lexicon and the model read it; undefined when it does not read as Russian.
 */
export function russianSpelling(folded: string): string | undefined {
  const words = folded.match(LATIN_WORD);
  if (!words) return undefined;
  let russian = 0;
  for (const word of words) if (RUSSIAN_WORDS.has(cyrillicSpelling(word) ?? '')) russian++;
  if (russian < 2 || russian * 5 < words.length) return undefined;
  return folded.replace(LATIN_WORD, (word) => cyrillicSpelling(word) ?? word);
}

// FNV-1a with a seed per kind of feature, then a final mix so nearby strings spread out.
const SEED_CHARS = 0x811c9dc5;
const SEED_WORD = 0x01000193;
const SEED_PAIR = 0x7feb352d;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashWord(word: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h;
}

const SPACE = 32;

/** Features of a sentence, written here to spare an array for each: slots, and whose they are. */
export interface FeatureBuffer {
  slots: Int32Array;
  /** The index of the word each feature belongs to. */
  words: Int32Array;
}

export function featureBuffer(): FeatureBuffer {
  return { slots: new Int32Array(1024), words: new Int32Array(1024) };
}

/** At most this many features a word: four lengths of n-gram, the word, its Russian, a pair. */
const featuresOfWord = (length: number) => 4 * (length + 1) + 3;

/**
 * The features of a sentence, into `out` (grown when short); returns how many: the character
 * 2- to 5-grams of each word with a space on either side, the word, its Russian reading when it
 * is Latin, and the pair it makes with the next word.
 */
export function collectFeatures(words: string[], out: FeatureBuffer): number {
  let room = 0;
  for (const word of words) room += featuresOfWord(word.length);
  if (out.slots.length < room) {
    out.slots = new Int32Array(room * 2);
    out.words = new Int32Array(room * 2);
  }
  const { slots, words: owners } = out;
  let n = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const padded = word.length + 2;
    for (let start = 0; start < padded - 1; start++) {
      let h = SEED_CHARS;
      const last = Math.min(padded, start + 5);
      for (let i = start; i < last; i++) {
        const code = i === 0 || i === padded - 1 ? SPACE : word.charCodeAt(i - 1);
        h = Math.imul(h ^ code, 16777619);
        if (i > start) {
          slots[n] = mix(h) & MASK;
          owners[n++] = w;
        }
      }
    }
    const wordHash = hashWord(word, SEED_WORD);
    slots[n] = mix(wordHash) & MASK;
    owners[n++] = w;
    const first = word.charCodeAt(0);
    if (first >= 97 && first <= 122) {
      const russian = cyrillicSpelling(word);
      if (russian) {
        slots[n] = mix(hashWord(russian, SEED_WORD)) & MASK;
        owners[n++] = w;
      }
    }
    if (w + 1 < words.length) {
      slots[n] = mix(hashWord(words[w + 1]!, Math.imul(wordHash ^ SEED_PAIR, 16777619))) & MASK;
      owners[n++] = w;
    }
  }
  return n;
}

/** `emit(slot, word)` for each feature of `collectFeatures`, for training and explaining. */
export function eachFeature(words: string[], emit: (slot: number, word: number) => void): void {
  const buffer = featureBuffer();
  const n = collectFeatures(words, buffer);
  for (let i = 0; i < n; i++) emit(buffer.slots[i]!, buffer.words[i]!);
}
