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

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/;

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

function foldWord(word: string, unmask?: Unmask, keepMasks = false): string {
  let cyrillic = 0;
  let latin = 0;
  for (const ch of word) {
    if (CYRILLIC.test(ch)) cyrillic++;
    else if (LATIN.test(ch)) latin++;
  }
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

/**
 * Lower case, no diacritics (ё = е, ș = s), spaced letters joined, look-alike letters of the
 * other script, leetspeak and masked letters read back: "i d i o t", "idiоt" (a Cyrillic о),
 * "1d10t" and "id*ot" are all "idiot".
 */
export function foldText(text: string, unmask?: Unmask): string {
  const plain = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPACED, (spaced) => spaced.replace(/[ .\-_·]/g, ''));
  return plain.replace(WORD, (word) => foldWord(word, unmask));
}

/**
 * The text as typed, in lower case, with spaced letters joined and each word read as
 * `foldText` reads it, but keeping diacritics and punctuation: what the lexicon is given, so
 * "i d i o t" and "д@бил" meet its lists too.
 */
export function unobfuscate(text: string, unmask?: Unmask): string {
  return text
    .toLowerCase()
    .replace(SPACED, (spaced) => spaced.replace(/[ .\-_·]/g, ''))
    .replace(WORD, (word) => foldWord(word, unmask, true));
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

/**
 * Calls `emit(slot, word)` for each feature of a sentence: the character 2- to 5-grams of each
 * word with a space on either side, the word, its Russian reading when it is Latin, and the pair
 * it makes with the next word; `word` is the index of the word the feature belongs to.
 */
export function eachFeature(words: string[], emit: (slot: number, word: number) => void): void {
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    const padded = word.length + 2;
    const code = (i: number) => (i === 0 || i === padded - 1 ? SPACE : word.charCodeAt(i - 1));
    for (let start = 0; start < padded - 1; start++) {
      let h = SEED_CHARS;
      const last = Math.min(padded, start + 5);
      for (let i = start; i < last; i++) {
        h = Math.imul(h ^ code(i), 16777619);
        if (i > start) emit(mix(h) & MASK, w);
      }
    }
    const wordHash = hashWord(word, SEED_WORD);
    emit(mix(wordHash) & MASK, w);
    if (LATIN.test(word[0]!)) {
      const russian = cyrillicSpelling(word);
      if (russian) emit(mix(hashWord(russian, SEED_WORD)) & MASK, w);
    }
    if (w + 1 < words.length) {
      emit(mix(hashWord(words[w + 1]!, Math.imul(wordHash ^ SEED_PAIR, 16777619))) & MASK, w);
    }
  }
}
