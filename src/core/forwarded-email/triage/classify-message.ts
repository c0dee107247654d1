/**
 * Is a client's message a compliment (offer to record kudos), abusive (privately offer to report
 * it) or neither? A small rule and lexicon engine for English, Russian, Lithuanian and Romanian:
 * no model, no network, every decision traceable to the lexicon entries that matched.
 *
 * Text and patterns are folded alike before matching: lower case, diacritics dropped (so
 * "multumesc" = "mulțumesc" = "mulţumesc", "aciu" = "ačiū"), ё = е. Matching is on whole tokens,
 * never on substrings, so "Scunthorpe", "populația", "рубля" and "хуже" match nothing.
 */
import { en } from './lexicon/en';
import { lt } from './lexicon/lt';
import { ro } from './lexicon/ro';
import { ru } from './lexicon/ru';

export type TriageKind = 'compliment' | 'abusive' | 'neither';
export type TriageLanguage = 'en' | 'ru' | 'lt' | 'ro';

export interface Classification {
  kind: TriageKind;
  /** 0..1: how sure; for 'neither', how sure it is neither. */
  confidence: number;
  /** The language the words are in, when one of ours; undefined otherwise. */
  language?: TriageLanguage;
  /**
   * What decided it, for admins tuning the rules: the words each lexicon entry matched, as the
   * message has them (lower case, no diacritics), or the words that weighed most with the model.
   */
  cues: string[];
  /** For 'neither': the praise the lexicon found, not enough (0 when none, or none counted). */
  praise?: number;
}

/** Patterns, all of one weight. */
export type Weighted = [weight: number, patterns: string[]];

/**
 * One language's rules. A pattern is tokens separated by spaces:
 *   `word`     exactly this token          `stem*`   any token starting with stem
 *   `a|b*|c`   any of these                `word?`   this token, or nothing
 *   `..`       zero to three tokens        `!a|b`    the next token is none of these
 *   `^ ...`    at a sentence's start       `$`       the sentence ends here
 *   `a|$`      this token, or the sentence ends here
 * A pattern never reaches across a sentence end (. ! ? ; or a new line).
 */
export interface Lexicon {
  language: TriageLanguage;
  /** Frequent words that tell this language from our other Latin-script ones. */
  markers: string[];
  /** Praise within three tokens after one of these is not praise: "not helpful at all". */
  negators: string[];
  /** What follows "but" is what the writer means: praise before the last one counts half. */
  contrasts: string[];
  /** Set phrases that only look like praise ("thanks in advance", "best regards"). */
  neutral: string[];
  /** Set phrases that only look like abuse ("вы не пожалеете": you will not regret it). */
  harmless: string[];
  /** Auto-replies are never compliments ("out of office", "do not reply"). */
  automatic: string[];
  /**
   * Words that only make the next one stronger ("damn", "bloody", "чертовски", "al naibii de"):
   * right before praise they are praise, doubled, and no abuse; anywhere else they are what the
   * abuse list says.
   */
  intensifiers: string[];
  /**
   * Signs of sarcasm ("so-called", "couldn't even", "наконец-то научился"): praise in the same
   * sentence, the one before or the one after is not praise ("Bravo. He couldn't even ...").
   */
  irony: string[];
  /** Words of thanks ("thank*", "спасибо", "ačiū", "mulțumesc"), wherever they are. */
  thanks: string[];
  /**
   * Signs that something is late or failed ("three weeks later", "still not", "до сих пор",
   * "vis dar", "tot nu"): in a message with one, a sentence that thanks is sarcasm, and its
   * praise counts for nothing ("Thanks for the lightning speed. Three weeks later, still nothing").
   */
  complaints: string[];
  /** Words that ask for something ("please", "could you", "подскажите"); so does a "?". */
  requests: string[];
  /**
   * Thanks that close a letter, alone in their sentence ("Many thanks,", "Большое спасибо"):
   * after a question or a request they sign it off, and are no praise.
   */
  signoffs: string[];
  praise: Weighted[];
  abuse: Weighted[];
  /** Ordinary words that a stem above would catch ("shitake" under "shit*"). */
  ignore: string[];
}

type Category =
  | 'praise'
  | 'abuse'
  | 'neutral'
  | 'harmless'
  | 'automatic'
  | 'contrast'
  | 'intensifier'
  | 'irony'
  | 'thanks'
  | 'complaint'
  | 'request'
  | 'signoff';

interface Alternative {
  text: string;
  prefix: boolean;
}

/** A token's alternatives, for matching: whole words looked up at once, stems one by one. */
interface Choice {
  alternatives: Alternative[];
  words: Set<string>;
  stems: string[];
}

type Part =
  | ({ type: 'token'; optional: boolean; orEnd: boolean } & Choice)
  | { type: 'gap' }
  | { type: 'end' }
  | ({ type: 'not' } & Choice);

interface Cue {
  source: string;
  category: Category;
  weight: number;
  parts: Part[];
  /** Only at the start of a sentence. */
  atStart: boolean;
}

interface CompiledLexicon {
  language: TriageLanguage;
  exact: Map<string, Cue[]>;
  /** Stems by their first two letters, so a token looks at a handful, not all of them. */
  stems: Map<string, { stem: string; cues: Cue[] }[]>;
  negators: Set<string>;
  ignore: Set<string>;
}

/**
 * Lower case, no diacritics, one apostrophe, masked letters ("f**k", "бл*ть") as one "_", and a
 * winking face typed as ";)" or ";-)" as the emoji, which is a token.
 */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/;-?\)/g, WINK)
    .replace(/[*#$@%]+/g, '_');
}

/** A wink after a veiled threat makes it plainer ("I'll be waiting at the door 😉"). */
const WINK = '\u{1F609}';

const GAP_MAX = 3;
const BUCKET = 2;

function choiceOf(spec: string): Choice {
  const alternatives = spec
    .split('|')
    .filter((a) => a !== '$')
    .map((a) => ({ text: fold(a.replace(/\*$/, '')), prefix: a.endsWith('*') }));
  return {
    alternatives,
    words: new Set(alternatives.filter((a) => !a.prefix).map((a) => a.text)),
    stems: alternatives.filter((a) => a.prefix).map((a) => a.text),
  };
}

function compileCue(source: string, category: Category, weight: number): Cue {
  const pieces = source.trim().split(/\s+/);
  const atStart = pieces[0] === '^';
  const parts = pieces.slice(atStart ? 1 : 0).map((piece): Part => {
    if (piece === '..') return { type: 'gap' };
    if (piece.startsWith('..')) throw new Error(`A gap is two dots alone: "${source}"`);
    if (piece === '$') return { type: 'end' };
    if (piece.startsWith('!')) {
      return { type: 'not', ...choiceOf(piece.slice(1)) };
    }
    const optional = piece.endsWith('?');
    const spec = optional ? piece.slice(0, -1) : piece;
    const orEnd = spec.split('|').includes('$');
    return { type: 'token', ...choiceOf(spec), optional, orEnd };
  });
  const first = parts[0];
  // Stems are looked up by their first letters: a first stem needs that many.
  const short =
    first?.type === 'token' && first.alternatives.some((a) => a.prefix && a.text.length < BUCKET);
  if (!first || first.type !== 'token' || first.optional || first.orEnd || short) {
    throw new Error(`A triage pattern must start with a required word or stem: "${source}"`);
  }
  return { source, category, weight, parts, atStart };
}

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const cues: Cue[] = [
    ...lexicon.praise.flatMap(([w, ps]) => ps.map((p) => compileCue(p, 'praise', w))),
    ...lexicon.abuse.flatMap(([w, ps]) => ps.map((p) => compileCue(p, 'abuse', w))),
    ...lexicon.neutral.map((p) => compileCue(p, 'neutral', 0)),
    ...lexicon.harmless.map((p) => compileCue(p, 'harmless', 0)),
    ...lexicon.automatic.map((p) => compileCue(p, 'automatic', 0)),
    ...lexicon.contrasts.map((p) => compileCue(p, 'contrast', 0)),
    ...lexicon.intensifiers.map((p) => compileCue(p, 'intensifier', 0)),
    ...lexicon.irony.map((p) => compileCue(p, 'irony', 0)),
    ...lexicon.thanks.map((p) => compileCue(p, 'thanks', 0)),
    ...lexicon.complaints.map((p) => compileCue(p, 'complaint', 0)),
    ...lexicon.requests.map((p) => compileCue(p, 'request', 0)),
    ...lexicon.signoffs.map((p) => compileCue(p, 'signoff', 0)),
  ];
  const exact = new Map<string, Cue[]>();
  const stems = new Map<string, { stem: string; cues: Cue[] }[]>();
  for (const cue of cues) {
    const first = cue.parts[0] as Extract<Part, { type: 'token' }>;
    for (const { text, prefix } of first.alternatives) {
      if (!prefix) {
        exact.set(text, [...(exact.get(text) ?? []), cue]);
        continue;
      }
      const bucket = stems.get(text.slice(0, BUCKET)) ?? [];
      const entry = bucket.find((e) => e.stem === text);
      if (entry) entry.cues.push(cue);
      else bucket.push({ stem: text, cues: [cue] });
      stems.set(text.slice(0, BUCKET), bucket);
    }
  }
  return {
    language: lexicon.language,
    exact,
    stems,
    negators: new Set(lexicon.negators.map(fold)),
    ignore: new Set(lexicon.ignore.map(fold)),
  };
}

const COMPILED: Record<TriageLanguage, CompiledLexicon> = {
  en: compileLexicon(en),
  ru: compileLexicon(ru),
  lt: compileLexicon(lt),
  ro: compileLexicon(ro),
};
const LATIN_LEXICONS = [COMPILED.en, COMPILED.lt, COMPILED.ro];
const CYRILLIC_LEXICONS = [COMPILED.ru, COMPILED.en];
const MARKERS: Record<TriageLanguage, Set<string>> = {
  en: new Set(en.markers.map(fold)),
  ru: new Set(),
  lt: new Set(lt.markers.map(fold)),
  ro: new Set(ro.markers.map(fold)),
};

interface Tokens {
  text: string[];
  /** The sentence each token is in: patterns and negation stay within one. */
  sentence: number[];
  /** Tokens in quotation marks, one or two alone: "thanks for the 'quick' reply". */
  quoted: Set<number>;
  /** Sentences that end in a question mark. */
  questions: Set<number>;
}

// A token: letters and digits, with inner apostrophes ("you're") and masks ("f_ck", "f_"); or a
// winking face.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|'(?=\p{L})|_(?=[\p{L}\p{N}]))*_?|\u{1F609}|\u{1F60F}/gu;
const QUOTES = new Set([...'"\'«»„“”‚‹›'].map((c) => c.charCodeAt(0)));
// Scare quotes hold a word or two; a longer quote is someone's words.
const QUOTED_MAX = 2;
const LETTER = /[\p{L}\p{N}]/u;

const QUESTION_MARK = 63;

function isSentenceEnd(code: number): boolean {
  // . ! ? ; and a new line
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10;
}

function tokenise(folded: string): Tokens {
  const text: string[] = [];
  const sentence: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const questions = new Set<number>();
  let current = 0;
  let last = 0;
  for (const m of folded.matchAll(TOKEN)) {
    let ended = false;
    for (let i = last; i < m.index; i++) {
      const code = folded.charCodeAt(i);
      if (code === QUESTION_MARK) questions.add(current);
      if (isSentenceEnd(code)) ended = true;
    }
    if (ended) current++;
    // A trailing mask hides letters of a short word ("f***"); after a long one it is markup.
    const token = m[0].length > 3 && m[0].endsWith('_') ? m[0].slice(0, -1) : m[0];
    text.push(token);
    sentence.push(current);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    last = m.index + m[0].length;
  }
  if (folded.includes('?', last)) questions.add(current);
  return { text, sentence, quoted: quotedTokens(folded, starts, ends, sentence), questions };
}

function quotedTokens(folded: string, starts: number[], ends: number[], sentence: number[]) {
  const quoted = new Set<number>();
  const quote = (at: number) => QUOTES.has(folded.charCodeAt(at));
  const letter = (at: number) => at >= 0 && at < folded.length && LETTER.test(folded[at]!);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    if (!quote(start - 1) || letter(start - 2)) continue;
    for (let j = i; j < Math.min(starts.length, i + QUOTED_MAX); j++) {
      if (sentence[j] !== sentence[i]) break;
      const end = ends[j]!;
      if (!quote(end) || letter(end + 1)) continue;
      for (let k = i; k <= j; k++) quoted.add(k);
      break;
    }
  }
  return quoted;
}

function accepts(choice: Choice, token: string): boolean {
  if (choice.words.has(token)) return true;
  for (const stem of choice.stems) {
    if (token.startsWith(stem)) return true;
  }
  return false;
}

/** Where the match of parts[p..] starting at token t ends (exclusive), or -1. */
function matchFrom(parts: Part[], p: number, t: number, tokens: Tokens, sentence: number): number {
  if (p === parts.length) return t;
  const part = parts[p]!;
  const inSentence = t < tokens.text.length && tokens.sentence[t] === sentence;
  switch (part.type) {
    case 'gap':
      for (let skip = 0; skip <= GAP_MAX; skip++) {
        if (skip > 0 && tokens.sentence[t + skip - 1] !== sentence) break;
        const end = matchFrom(parts, p + 1, t + skip, tokens, sentence);
        if (end >= 0) return end;
      }
      return -1;
    case 'end':
      return inSentence ? -1 : matchFrom(parts, p + 1, t, tokens, sentence);
    case 'not':
      if (inSentence && accepts(part, tokens.text[t]!)) return -1;
      return matchFrom(parts, p + 1, t, tokens, sentence);
    case 'token':
      if (inSentence && accepts(part, tokens.text[t]!)) {
        const end = matchFrom(parts, p + 1, t + 1, tokens, sentence);
        if (end >= 0) return end;
      }
      if (part.orEnd && !inSentence) return matchFrom(parts, p + 1, t, tokens, sentence);
      return part.optional ? matchFrom(parts, p + 1, t, tokens, sentence) : -1;
  }
}

interface Hit {
  cue: Cue;
  lexicon: CompiledLexicon;
  start: number;
  end: number;
}

function matchCues(cues: Cue[], lexicon: CompiledLexicon, tokens: Tokens, i: number, hits: Hit[]) {
  const sentence = tokens.sentence[i]!;
  const startsSentence = i === 0 || tokens.sentence[i - 1] !== sentence;
  for (const cue of cues) {
    if (cue.atStart && !startsSentence) continue;
    const end = matchFrom(cue.parts, 1, i + 1, tokens, sentence);
    if (end >= 0) hits.push({ cue, lexicon, start: i, end });
  }
}

function findHits(tokens: Tokens, lexicons: CompiledLexicon[]): Hit[] {
  const hits: Hit[] = [];
  const buckets = tokens.text.map((token) => token.slice(0, BUCKET));
  for (const lexicon of lexicons) {
    for (let i = 0; i < tokens.text.length; i++) {
      const token = tokens.text[i]!;
      if (lexicon.ignore.has(token)) continue;
      const exact = lexicon.exact.get(token);
      if (exact) matchCues(exact, lexicon, tokens, i, hits);
      const bucket = lexicon.stems.get(buckets[i]!);
      if (!bucket) continue;
      for (const { stem, cues } of bucket) {
        if (token.startsWith(stem)) matchCues(cues, lexicon, tokens, i, hits);
      }
    }
  }
  return hits;
}

// Letters that only one of our languages uses, and Cyrillic letters Russian never uses
// (Ukrainian, Belarusian, Serbian, Macedonian).
const RO_LETTERS = new Set([...'ăâîșşțţ'].map((c) => c.charCodeAt(0)));
const LT_LETTERS = new Set([...'ąčęėįšųūž'].map((c) => c.charCodeAt(0)));
const OTHER_CYRILLIC = new Set([...'іїєґўјђћљњџѓќѕ'].map((c) => c.charCodeAt(0)));

interface Reading {
  tokens: Tokens;
  language: TriageLanguage | undefined;
  /** Matches in the lexicons of the language found (and English), or all when none was. */
  hits: Hit[];
}

function read(raw: string): Reading {
  const lower = raw.toLowerCase();
  let cyrillic = 0;
  let latin = 0;
  let other = false;
  const letters = { en: 0, ru: 0, lt: 0, ro: 0 };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 97 && c <= 122) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      if (OTHER_CYRILLIC.has(c)) other = true;
    } else if (RO_LETTERS.has(c)) letters.ro++;
    else if (LT_LETTERS.has(c)) letters.lt++;
  }
  const tokens = tokenise(fold(raw));
  if (cyrillic > latin + letters.ro + letters.lt) {
    const language = other ? undefined : 'ru';
    return { tokens, language, hits: findHits(tokens, CYRILLIC_LEXICONS) };
  }
  const hits = findHits(tokens, LATIN_LEXICONS);
  // Evidence for each language: its function words, the words its lexicon knows, and up to two
  // points for letters only it has.
  const score = { en: 0, ru: 0, lt: Math.min(letters.lt, 2), ro: Math.min(letters.ro, 2) };
  for (const token of tokens.text) {
    for (const language of ['en', 'lt', 'ro'] as const) {
      if (MARKERS[language].has(token)) score[language]++;
    }
  }
  let lastStart = -1;
  let lastLanguage = '';
  for (const hit of hits) {
    if (hit.start === lastStart && hit.lexicon.language === lastLanguage) continue;
    score[hit.lexicon.language]++;
    lastStart = hit.start;
    lastLanguage = hit.lexicon.language;
  }
  const ranked = (['en', 'lt', 'ro'] as const).map((l) => [l, score[l]] as const);
  ranked.sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  // Two signs are needed, or one in a message of a few words ("Thanks, received.").
  const enough = best[1] >= 2 || (best[1] >= 1 && tokens.text.length <= 3);
  const language = enough && best[1] > second[1] ? best[0] : undefined;
  const inScope = (h: Hit) => h.lexicon.language === language || h.lexicon.language === 'en';
  const scoped = language ? hits.filter(inScope) : hits;
  // A word both lexicons know ("perfect", "idiot") counts once, in the message's own language.
  const native = new Set(
    scoped.filter((h) => h.lexicon.language !== 'en').map((h) => `${h.cue.category} ${h.start}`),
  );
  const once = (h: Hit) =>
    h.lexicon.language !== 'en' || !native.has(`${h.cue.category} ${h.start}`);
  return { tokens, language, hits: scoped.filter(once) };
}

export function detectLanguage(words: string): TriageLanguage | undefined {
  return read(words).language;
}

/** A message is abusive from this much abuse weight, a compliment from this much praise. */
const ABUSE_THRESHOLD = 1;
const PRAISE_THRESHOLD = 1;
const CONFIDENCE_MAX = 0.99;
const PRAISE_MASK = 1;
const ABUSE_MASK = 2;

/**
 * Confidence is 1 - 0.5^w for the winning side's weight sum w (so one insult of weight 2 gives
 * 0.75, and every further cue raises it), capped at 0.99. For 'neither' it is 0.95 × 0.5^w for
 * the stronger side's sum w: every cue that was found, but not enough, lowers it; and it is
 * halved when the words are in none of our languages, as then we could not read them.
 */
const sure = (weight: number) => Math.min(CONFIDENCE_MAX, 1 - 0.5 ** weight);

/**
 * What the message's cues say about each other: the tokens inside a set phrase (bit 1 = not
 * praise, bit 2 = not abuse), whether it is an automatic reply or a complaint, and where its
 * last "but" is.
 */
function setPhrases(hits: Hit[], tokens: Tokens) {
  const masked = new Uint8Array(tokens.text.length);
  let automatic = false;
  let complaint = false;
  // The last sentence that asks for something: thanks after it sign a request off.
  let lastAsk = Math.max(-1, ...tokens.questions);
  let lastContrast = -1;
  for (const { cue, start } of hits) {
    if (cue.category === 'automatic') automatic = true;
    if (cue.category === 'contrast') lastContrast = Math.max(lastContrast, start);
    if (cue.category === 'complaint') complaint = true;
    if (cue.category === 'request') lastAsk = Math.max(lastAsk, tokens.sentence[start]!);
  }
  for (const { cue, start, end } of hits) {
    const signsOff =
      cue.category === 'signoff' && lastAsk >= 0 && tokens.sentence[start]! > lastAsk;
    const bit =
      cue.category === 'neutral' || signsOff
        ? PRAISE_MASK
        : cue.category === 'harmless'
          ? ABUSE_MASK
          : 0;
    for (let i = start; i < end && bit; i++) masked[i] = (masked[i] ?? 0) | bit;
  }
  return { masked, automatic, complaint, lastContrast };
}

export function classifyMessage(words: string, subject?: string): Classification {
  // English cues count in every message: clients switch to it for a word or two.
  const { tokens, language, hits } = read(subject ? `${subject}\n${words}` : words);

  const { masked, automatic, complaint, lastContrast } = setPhrases(hits, tokens);

  const { intensified, ironic } = modifiers(hits, tokens, masked, complaint);

  // The weight each cue counts with: its best match, each cue once.
  const praise = new Map<string, number>();
  const abuse = new Map<string, number>();
  // What each cue matched, as the message has it: the cue's readable name.
  const matched = new Map<string, string>();
  const negated: string[] = [];
  for (const { cue, lexicon, start, end } of hits) {
    if (cue.category !== 'praise' && cue.category !== 'abuse') continue;
    const bit = cue.category === 'praise' ? PRAISE_MASK : ABUSE_MASK;
    if (masked.subarray(start, end).some((m) => (m & bit) !== 0)) continue;
    let weight = cue.weight;
    const words = tokens.text.slice(start, end).join(' ');
    if (cue.category === 'praise') {
      if (isNegated(tokens, start, lexicon)) {
        negated.push(`not ${words}`);
        continue;
      }
      if (ironic.has(tokens.sentence[start]!) || tokens.quoted.has(start)) {
        negated.push(`ironic ${words}`);
        continue;
      }
      if (intensified.has(start)) weight *= 2;
      // Rule for mixed messages: praise before a "but" counts half ("great job, but the invoice
      // is wrong" is neither); abuse counts in full anywhere and outweighs any praise.
      if (start < lastContrast) weight /= 2;
      if (automatic) weight = 0;
    }
    const into = cue.category === 'praise' ? praise : abuse;
    if (weight > (into.get(cue.source) ?? -1)) matched.set(cue.source, words);
    into.set(cue.source, Math.max(into.get(cue.source) ?? 0, weight));
  }
  const praiseSum = sum(praise);
  const abuseSum = sum(abuse);
  const named = (weights: Map<string, number>) => [
    ...new Set([...weights.keys()].map((source) => matched.get(source)!)),
  ];

  if (abuseSum >= ABUSE_THRESHOLD) {
    return { kind: 'abusive', confidence: sure(abuseSum), language, cues: named(abuse) };
  }
  if (praiseSum >= PRAISE_THRESHOLD) {
    return { kind: 'compliment', confidence: sure(praiseSum), language, cues: named(praise) };
  }
  const cues = [
    ...(automatic ? ['auto-reply'] : []),
    ...named(praise),
    ...named(abuse),
    ...negated,
  ];
  const base = language ? 0.95 : 0.475;
  const confidence = base * 0.5 ** Math.max(praiseSum, abuseSum);
  return { kind: 'neither', confidence, language, cues, praise: praiseSum };
}

/**
 * Praise right after an intensifier counts double (its start is in `intensified`), and the
 * intensifier is then no abuse (its tokens are masked); praise in a sentence in `ironic` is none:
 * near a sign of irony, or thanking in a message that complains of a delay or a failure.
 */
function modifiers(
  hits: Hit[],
  tokens: Tokens,
  masked: Uint8Array,
  complaint: boolean,
): { intensified: Set<number>; ironic: Set<number> } {
  const praiseStarts = new Set<number>();
  for (const { cue, start, end } of hits) {
    if (cue.category !== 'praise') continue;
    if (masked.subarray(start, end).some((m) => (m & PRAISE_MASK) !== 0)) continue;
    praiseStarts.add(start);
  }
  const intensified = new Set<number>();
  const ironic = new Set<number>();
  for (const { cue, start, end } of hits) {
    if (cue.category === 'thanks' && complaint) ironic.add(tokens.sentence[start]!);
    if (cue.category === 'irony') {
      const sentence = tokens.sentence[start]!;
      for (let s = sentence - 1; s <= sentence + 1; s++) ironic.add(s);
      continue;
    }
    if (cue.category !== 'intensifier') continue;
    // "damn good", "bloody well done", and one small word between: "damn really good".
    for (let next = end; next <= end + 1; next++) {
      if (tokens.sentence[next] !== tokens.sentence[start] || !praiseStarts.has(next)) continue;
      intensified.add(next);
      for (let i = start; i < end; i++) masked[i] = (masked[i] ?? 0) | ABUSE_MASK;
      break;
    }
  }
  return { intensified, ironic };
}

function isNegated(tokens: Tokens, start: number, lexicon: CompiledLexicon): boolean {
  const sentence = tokens.sentence[start];
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    if (tokens.sentence[i] !== sentence) break;
    const token = tokens.text[i]!;
    if (lexicon.negators.has(token)) return true;
    if (lexicon.language === 'en' && token.endsWith("n't")) return true;
  }
  return false;
}

function sum(weights: Map<string, number>): number {
  let total = 0;
  for (const w of weights.values()) total += w;
  return total;
}
