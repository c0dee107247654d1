/**
 * The lines mail clients write when a message is forwarded or quoted — separators, header blocks
 * ("From: … Sent: … To: … Subject: …") and "On … wrote:" lines — in English, Russian, Lithuanian
 * and Romanian, plus the names, addresses and dates in them, and where in a text's lines they
 * start. Everything here takes time linear in its input: each line is read a few times at most,
 * and no expression tries each place in a long run of characters.
 */

export interface Mailbox {
  name?: string;
  address?: string;
}

/** Lower-case, without diacritics or extra spaces: "Către" and "Catre", "Išsiųsta" and "Issiusta" read alike. */
export function plain(text: string): string {
  // Most lines are ASCII, and NFD is the costly part.
  const letters = !/[^\t\n\r\x20-\x7e]/.test(text)
    ? text
    : text.normalize('NFD').replace(/\p{M}/gu, '');
  return letters.toLowerCase().replace(/\s+/g, ' ').trim();
}

const plainSet = (words: string[]) => new Set(words.map(plain));

/**
 * `text` without the characters `start` matches at its start and those `end` matches at its end.
 * A loop, as an expression ending in "[…]+$" tries each place in a long run of them: quadratic.
 */
function trimEdges(text: string, start: RegExp | undefined, end: RegExp): string {
  let from = 0;
  let to = text.length;
  while (start && from < to && start.test(text[from]!)) from++;
  while (to > from && end.test(text[to - 1]!)) to--;
  return text.slice(from, to);
}

// ---------------------------------------------------------------- separators

export type SeparatorKind = 'forward' | 'original' | 'rule' | 'end';

/** Phrases between dashes ("---------- Forwarded message ---------") or before a colon (Apple Mail). */
const FORWARD_PHRASES = plainSet([
  'Forwarded message',
  'Begin forwarded message',
  'Пересылаемое сообщение',
  'Пересланное сообщение',
  'Перенаправленное сообщение',
  'Переадресованное сообщение',
  'Начало переадресованного сообщения',
  'Mesaj redirecționat',
  'Mesajul redirecționat',
  'Începe mesajul redirecționat',
  'Mesaj transmis',
  'Persiųstas laiškas',
  'Persiunčiamas laiškas',
  'Persiųsta žinutė',
  'Pradžia persiųsto laiško',
  'Persiųsto laiško pradžia',
]);

/** Outlook's "-----Original Message-----": a forward when the subject says so, else quoted history. */
const ORIGINAL_PHRASES = plainSet([
  'Original Message',
  'Исходное сообщение',
  'Оригинальное сообщение',
  'Mesaj original',
  'Mesajul original',
  'Pradinis laiškas',
  'Originalus laiškas',
]);

const END_PHRASES = plainSet([
  'End forwarded message',
  'End of forwarded message',
  'Конец пересылаемого сообщения',
  'Sfârșitul mesajului redirecționat',
  'Persiųsto laiško pabaiga',
]);

const QUOTE_MARKS = /^[>\s]+/;

/** How many levels of "> " a line is quoted at. */
export function quoteDepth(line: string): number {
  let depth = 0;
  for (const char of line) {
    if (char === '>') depth++;
    else if (char !== ' ' && char !== '\t') break;
  }
  return depth;
}

/** Removes `depth` levels of "> " from the start of a line. */
export function unquote(line: string, depth: number): string {
  let rest = line;
  for (let i = 0; i < depth; i++) {
    const match = /^\s*> ?/.exec(rest);
    if (!match) break;
    rest = rest.slice(match[0].length);
  }
  return rest;
}

/** The kind of separator a line is, if it is one. */
export function separatorLine(line: string): SeparatorKind | undefined {
  if (line.length > 120) return undefined;
  const text = trimEdges(line.replace(QUOTE_MARKS, ''), undefined, /[*\s]/);
  if (/^_{20,}$/.test(text)) return 'rule';
  if (/^[-=_]{2}/.test(text)) {
    const phrase = plain(trimEdges(text, /[-=_\s]/, /[-=_\s]/));
    if (FORWARD_PHRASES.has(phrase)) return 'forward';
    if (ORIGINAL_PHRASES.has(phrase)) return 'original';
    if (END_PHRASES.has(phrase)) return 'end';
    return undefined;
  }
  if (text.endsWith(':') && FORWARD_PHRASES.has(plain(text.slice(0, -1)))) return 'forward';
  return undefined;
}

/**
 * A line that may separate a forward in a language this file does not know: a phrase between
 * dashes, or a short phrase ending in a colon, followed by a "Label: value" line.
 */
export function maybeForeignSeparator(lines: string[], i: number): boolean {
  const line = lines[i]!;
  if (line.length > 100) return false;
  const text = line.replace(QUOTE_MARKS, '').trim();
  const dashed = /^[-=_]{3,}[^-=_]*\p{L}[^-=_]*[-=_]{3,}$/u.test(text);
  const phrase = /^[^\d@:]+:$/.test(text) && text.split(' ').length >= 2;
  if (!dashed && !phrase) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const next = lines[j]!.replace(QUOTE_MARKS, '');
    if (next.trim() === '') continue;
    return /^\*?[\p{L}][\p{L} .()-]{0,24}\*?\s?:\s*\S/u.test(next);
  }
  return false;
}

// ---------------------------------------------------------------- header lines

export type HeaderKey = 'from' | 'to' | 'cc' | 'subject' | 'date' | 'other';

const LABELS: [HeaderKey, string[]][] = [
  [
    'from',
    ['From', 'От', 'От кого', 'Отправитель', 'De la', 'De', 'Expeditor', 'Expeditorul', 'Nuo'],
  ],
  ['to', ['To', 'Кому', 'Către', 'Pentru', 'Destinatar', 'Destinatarul', 'Kam', 'Gavėjas']],
  ['cc', ['Cc', 'Копия', 'Kopija', 'Kopijos']],
  ['subject', ['Subject', 'Тема', 'Subiect', 'Subiectul', 'Tema']],
  [
    'date',
    ['Date', 'Sent', 'Дата', 'Отправлено', 'Data', 'Trimis', 'Išsiųsta', 'Išsiųstas', 'Siųsta'],
  ],
  [
    'other',
    [
      'Reply-To',
      'Bcc',
      'Importance',
      'Attachments',
      'Ответ-Кому',
      'Скрытая копия',
      'Важность',
      'Вложения',
      'Răspuns către',
      'Importanță',
      'Atașări',
      'Atsakyti',
      'Svarba',
      'Priedai',
    ],
  ],
];

const LABEL_KEYS = new Map<string, HeaderKey>(
  LABELS.flatMap(([key, labels]) => labels.map((label) => [plain(label), key] as const)),
);

/** A header line's value is cut here: a real one is short. */
const MAX_VALUE = 2000;

/** The header a line holds ("From: …", "> *Nuo:* …"), if it is one. */
export function headerLine(line: string): { key: HeaderKey; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon < 1 || colon > 40) return undefined;
  const label = plain(
    line
      .slice(0, colon)
      .replace(/^[>\s*]+/, '')
      .replace(/[\s*]+$/, ''),
  );
  const key = LABEL_KEYS.get(label);
  if (!key) return undefined;
  return {
    key,
    value: line
      .slice(colon + 1, colon + MAX_VALUE)
      .replace(/^[\s*]+/, '')
      .trim(),
  };
}

export interface BlockHeaders {
  from?: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject?: string;
  date?: string;
}

/** Headers, and the line after them. */
export interface Block {
  headers: BlockHeaders;
  end: number;
}

/**
 * The run of header lines starting at line `start` — "Label: value" lines and the lines long
 * values wrap onto, all at one quote depth — and the header block it makes if it names its sender
 * ("From") and at least one other header, as every mail client writes them, or alone the sender's
 * address. Without a block, `next` is the first line where one may start: the line after the run,
 * or a later "From" line with an address. From whichever of its lines a run is read, it ends on
 * the same line, as whether a line wraps depends on it and the line above only: so no block
 * starts before `next`, and the run need not be read again from each of its lines.
 */
function headerRun(
  lines: string[],
  start: number,
  depth: number,
): { block: Block; next?: undefined } | { block?: undefined; next: number } {
  const first = start < lines.length ? headerLine(unquote(lines[start]!, depth)) : undefined;
  if (!first) return { next: start };
  const values = new Map<HeaderKey, string>([[first.key, first.value]]);
  const lineDepth = quoteDepth(lines[start]!);
  let last = first.key;
  let above = first.value; // the text of the line above
  let senderAt: number | undefined; // a "From" line after the first, with an address
  let i = start + 1;
  for (; i < lines.length && quoteDepth(lines[i]!) === lineDepth; i++) {
    const line = unquote(lines[i]!, depth);
    const header = headerLine(line);
    if (header) {
      last = header.key;
      above = header.value;
      if (!values.has(header.key)) values.set(header.key, header.value);
      else if (header.key === 'from' && senderAt === undefined && header.value.includes('@')) {
        senderAt = i;
      }
      continue;
    }
    // Long recipient lists wrap onto indented lines, or after a line ending in a comma.
    const text = line.trim();
    if (text === '' || !(/^\s/.test(line) || /[,;]$/.test(above))) break;
    above = text;
    values.set(last, `${values.get(last)} ${text}`);
  }
  const from = values.get('from');
  if (from === undefined) return { next: i };
  // "From: John" alone is no block, but "From: john@acme.com" below it is.
  if (values.size < 2 && !from.includes('@')) return { next: senderAt ?? i };
  const headers: BlockHeaders = {
    from: parseMailboxes(from)[0],
    to: parseMailboxes(values.get('to') ?? ''),
    cc: parseMailboxes(values.get('cc') ?? ''),
    subject: values.get('subject') || undefined,
    date: values.get('date') || undefined,
  };
  return { block: { headers, end: i } };
}

// ---------------------------------------------------------------- "On … wrote:" lines

const ADDRESS_IN_BRACKETS = /[<[(](?:mailto:)?\s*([^\s<>[\]()@]+@[^\s<>[\]()]+?)\s*[>\])]/;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?/g;
/** The words that end a quote line: "wrote", "написал(а)", "a scris", "rašė"… or none (Gmail in Russian). */
const WROTE_VERB = /^[\p{L}() ]{0,30}$/u;

/**
 * "On Mon, Apr 26, 2021 at 3:20 PM John Smith <john@acme.com> wrote:" and its translations, which
 * may wrap over up to three lines. The sender, the date and how many lines it took.
 */
function wroteLine(
  lines: string[],
  i: number,
  depth = 0,
): { from: Mailbox; date?: string; lines: number } | undefined {
  const ends = (j: number) => lines[j]?.trimEnd().endsWith(':') ?? false;
  if (!ends(i) && !ends(i + 1) && !ends(i + 2)) return undefined;
  let text = '';
  for (let n = 1; n <= 3 && i + n - 1 < lines.length; n++) {
    const line = unquote(lines[i + n - 1]!, depth).trim();
    if (line === '') return undefined;
    text = `${text} ${line}`.trim();
    if (text.length > 300) return undefined;
    if (text.endsWith(':')) {
      // A line of the message just above a one-line "On … wrote:" is not part of it.
      if (n > 1 && wroteLine(lines, i + 1, depth)) return undefined;
      const read = readWroteText(text);
      return read && { ...read, lines: n };
    }
  }
  return undefined;
}

function readWroteText(text: string): { from: Mailbox; date?: string } | undefined {
  const address = ADDRESS_IN_BRACKETS.exec(text);
  if (!address || !/\d/.test(text.slice(0, address.index))) return undefined;
  const verb = text.slice(address.index + address[0].length, -1).trim();
  if (!WROTE_VERB.test(verb)) return undefined;
  let before = text.slice(0, address.index).trim();
  let date: string;
  let name: string;
  const user = before.search(/пользователь/i);
  const times = [...before.matchAll(TIME)];
  const lastTime = times[times.length - 1];
  if (user >= 0) {
    date = before.slice(0, user);
    name = before.slice(user + 'пользователь'.length);
  } else if (lastTime) {
    const cut = lastTime.index + lastTime[0].length;
    date = before.slice(0, cut);
    name = before.slice(cut);
  } else {
    before = before.replace(/,\s*$/, '');
    const comma = before.lastIndexOf(',');
    date = before.slice(0, Math.max(comma, 0));
    name = before.slice(comma + 1);
  }
  return {
    from: mailbox(cleanName(name), address[1]!),
    date:
      date.replace(/^(?:On|În|In|Am|Le|El|Il giorno)\s+/i, '').replace(/[,\s]+$/, '') || undefined,
  };
}

const cleanName = (name: string) =>
  trimEdges(trimEdges(name, /[\s,]/, /[\s,]/), /["'«„“]/, /["'»”“]/).trim();

// ---------------------------------------------------------------- where quoted messages start

/** "… wrote:" and its translations when no sender address is given ("On 26.04.2021, John wrote:"). */
const WROTE_END = /(?:wrote|написал\(а\)|написала|написал|пишет|a scris|rase|parase)\s*:$/;

/** Only short lines start a forwarded or quoted message. */
const MAX_MARK_LINE = 300;

/**
 * A line where a forwarded or quoted message starts: a separator; headers ("From: … To: …", or
 * "On … <address> wrote:") and the line after them; an "On …, John wrote:" line without an
 * address; or, once and only when asked for, a line that may separate a forward in a language
 * this file does not know.
 */
export type Mark = { line: number } & (
  | { kind: 'separator'; separator: Exclude<SeparatorKind, 'end'> }
  | ({ kind: 'headers' } & Block)
  | { kind: 'wrote' }
  | { kind: 'foreign' }
);

/**
 * Finds the marks in a text's lines. A run of header lines that makes no block is read once, not
 * again from each of its lines, so finding them all takes time linear in the text.
 */
export class MarkScanner {
  /** By the quote depth they were read at: the last lines found to start no header block. */
  private readonly noBlock = new Map<number, { start: number; end: number }>();
  private foreign: boolean;

  constructor(
    private readonly lines: string[],
    options: { foreign?: boolean } = {},
  ) {
    this.foreign = options.foreign ?? false;
  }

  /** The first mark at or after line `from`. */
  next(from: number): Mark | undefined {
    const { lines } = this;
    for (let i = from; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.length > MAX_MARK_LINE) continue;
      const separator = separatorLine(line);
      if (separator && separator !== 'end') return { line: i, kind: 'separator', separator };
      const block = this.headersAt(i, quoteDepth(line));
      if (block) return { line: i, kind: 'headers', ...block };
      const trimmed = line.trim();
      if (trimmed.endsWith(':') && /\d/.test(trimmed) && WROTE_END.test(plain(trimmed))) {
        return { line: i, kind: 'wrote' };
      }
      if (this.foreign && maybeForeignSeparator(lines, i)) {
        this.foreign = false;
        return { line: i, kind: 'foreign' };
      }
    }
    return undefined;
  }

  /** The header block or the "On … wrote:" lines at line `start`, read at quote depth `depth`. */
  headersAt(start: number, depth: number): Block | undefined {
    const known = this.noBlock.get(depth);
    if (!known || start < known.start || start >= known.end) {
      const run = headerRun(this.lines, start, depth);
      if (run.block) return run.block;
      if (run.next > start) this.noBlock.set(depth, { start, end: run.next });
    }
    const wrote = wroteLine(this.lines, start, depth);
    if (!wrote) return undefined;
    return {
      headers: { to: [], cc: [], from: wrote.from, date: wrote.date },
      end: start + wrote.lines,
    };
  }
}

// ---------------------------------------------------------------- mailboxes

/** "a@b.c": a dot in the domain, with something on either side; read without backtracking. */
function isEmail(text: string): boolean {
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(text)) return false;
  const dot = text.indexOf('.', text.indexOf('@') + 2);
  return dot > 0 && dot < text.length - 1;
}

function mailbox(name: string | undefined, address: string | undefined): Mailbox {
  const result: Mailbox = {};
  const cleanAddress = address?.trim().toLowerCase();
  if (cleanAddress && isEmail(cleanAddress)) result.address = cleanAddress;
  const cleanedName = name ? cleanName(name) : '';
  if (cleanedName && cleanedName.toLowerCase() !== result.address) result.name = cleanedName;
  return result;
}

/** Splits on commas and semicolons that are not inside quotes or brackets. */
function splitList(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '<' || char === '[' || char === '(')) depth++;
    else if (!quoted && (char === '>' || char === ']' || char === ')'))
      depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && (char === ',' || char === ';')) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * A mailbox from a name and an address given apart, as a library or a platform parsed them. A
 * name may hold commas ("Smith, John"); without a valid address, both are read as one text.
 */
export function toMailbox(
  name: string | null | undefined,
  address: string | null | undefined,
): Mailbox | undefined {
  const given = address ? mailbox(name ?? undefined, address) : {};
  if (given.address) return given;
  return parseMailboxes([name, address && `<${address}>`].filter(Boolean).join(' '))[0];
}

/**
 * "John Smith <john@acme.com>", "\"Smith, John\" [mailto:john@acme.com]", "john@acme.com",
 * "<mailto:john@acme.com>", or a bare name — as a list.
 */
export function parseMailboxes(value: string): Mailbox[] {
  const flat = value
    // Outlook writes "john@acme.com<mailto:john@acme.com>". No "<" inside: each "<" starts a
    // new try, and a try must not run to the end of the text.
    .replace(/(?<=[^\s<>])<mailto:[^<>]*>/gi, '')
    .replace(/<mailto:([^|<>\s]+)>/gi, '$1');
  return splitList(flat)
    .map(readMailbox)
    .filter((m) => m.address || m.name);
}

function readMailbox(part: string): Mailbox {
  const bracketed = ADDRESS_IN_BRACKETS.exec(part);
  if (bracketed) {
    const name = part.slice(0, bracketed.index) + part.slice(bracketed.index + bracketed[0].length);
    return mailbox(name, bracketed[1]);
  }
  const bare = part.replace(/^mailto:/i, '');
  if (isEmail(bare)) return mailbox(undefined, bare);
  return mailbox(part, undefined);
}

// ---------------------------------------------------------------- dates

const RFC_2822 =
  /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|[A-Z]{1,4})?(?:\s*\([^)]*\))?$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const MONTHS: [number, string[]][] = [
  [1, ['jan', 'ian', 'янв', 'saus']],
  [2, ['feb', 'фев', 'vas']],
  [3, ['mar', 'мар', 'kov']],
  [4, ['apr', 'апр', 'bal']],
  [5, ['may', 'mai', 'мая', 'май', 'мае', 'geg']],
  [6, ['jun', 'iun', 'июн', 'birz']],
  [7, ['jul', 'iul', 'июл', 'liep']],
  [8, ['aug', 'авг', 'rugp']],
  [9, ['sep', 'сен', 'rugs']],
  [10, ['oct', 'окт', 'spal']],
  [11, ['nov', 'noi', 'ноя', 'lapk']],
  [12, ['dec', 'дек', 'gruo']],
];
const MONTH_PREFIXES = MONTHS.flatMap(([month, prefixes]) =>
  prefixes.map((prefix) => [plain(prefix), month] as const),
);

function monthOf(word: string): number | undefined {
  const w = plain(word);
  return MONTH_PREFIXES.find(([prefix]) => w.startsWith(prefix))?.[1];
}

/** Ways a day is written, with which group is the year, the month and the day. */
const DAY_FORMS: { pattern: RegExp; y: number; m: number; d: number }[] = [
  { pattern: /(\d{4})\s*m\.?\s+(\p{L}+)\.?\s+(\d{1,2})\s*d\b/u, y: 1, m: 2, d: 3 }, // 2021 m. balandžio 26 d.
  { pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, y: 1, m: 2, d: 3 }, // 2021-04-26
  { pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, y: 3, m: 2, d: 1 }, // 26.04.2021
  { pattern: /\b(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})\b/u, y: 3, m: 2, d: 1 }, // 26 апр. 2021
  { pattern: /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/u, y: 3, m: 1, d: 2 }, // Apr 26, 2021
];

const ZONES: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  pst: -480,
  pdt: -420,
};

/**
 * A date as mail clients write it: RFC 2822, or localized ("Mon, Apr 26, 2021 at 3:20 PM",
 * "26 апр. 2021 г., в 15:20", "2021 m. balandžio 26 d. 15:20", "luni, 26 apr. 2021 la 15:20").
 * Without a time zone the time is taken as UTC. Undefined when it cannot be read.
 */
export function parseEmailDate(text: string | undefined): Date | undefined {
  const value = text?.trim();
  if (!value || value.length > 200) return undefined;
  if (RFC_2822.test(value) || ISO_8601.test(value)) return validDate(new Date(value));
  const day = readDay(value);
  if (!day) return undefined;
  const rest = value.toLowerCase();
  const time = readTime(rest);
  const offset = readZone(rest);
  const ms = Date.UTC(day.y, day.m - 1, day.d, time.h, time.min, time.s) - offset * 60_000;
  const date = new Date(ms);
  const check = new Date(Date.UTC(day.y, day.m - 1, day.d));
  return check.getUTCDate() === day.d ? validDate(date) : undefined;
}

function readDay(value: string): { y: number; m: number; d: number } | undefined {
  for (const form of DAY_FORMS) {
    const match = form.pattern.exec(value);
    if (!match) continue;
    const monthText = match[form.m]!;
    const m = /^\d+$/.test(monthText) ? Number(monthText) : monthOf(monthText);
    const y = Number(match[form.y]);
    const d = Number(match[form.d]);
    if (m && m <= 12 && d >= 1 && d <= 31 && y >= 1970 && y < 3000) return { y, m, d };
  }
  return slashedDay(value);
}

/** "26/04/2021" or "4/26/2021": read only when one of the two cannot be a month. */
function slashedDay(value: string): { y: number; m: number; d: number } | undefined {
  const match = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(value);
  if (!match) return undefined;
  const [a, b, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (a > 12 && b >= 1 && b <= 12 && a <= 31) return { y, m: b, d: a };
  if (b > 12 && a >= 1 && a <= 12 && b <= 31) return { y, m: a, d: b };
  return undefined;
}

function readTime(text: string): { h: number; min: number; s: number } {
  const match = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/.exec(text);
  if (!match) return { h: 0, min: 0, s: 0 };
  let h = Number(match[1]);
  const pm = match[4]?.startsWith('p');
  if (match[4] && h === 12) h = pm ? 12 : 0;
  else if (pm) h += 12;
  const min = Number(match[2]);
  const s = Number(match[3] ?? 0);
  return h < 24 && min < 60 && s < 61 ? { h, min, s } : { h: 0, min: 0, s: 0 };
}

/** Minutes east of UTC, written after the time: "+0300", "GMT+3", "UTC+02:00", "EEST". */
function readZone(text: string): number {
  const time = /\d{1,2}:\d{2}(?::\d{2})?/.exec(text);
  if (!time) return 0;
  const after = text.slice(time.index + time[0].length);
  const numeric = /(?:gmt|utc)?\s?([+-])(\d{1,2})(?::?(\d{2}))?\b/.exec(after);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = /\b([a-z]{1,4})\s*$/.exec(after);
  return (named && ZONES[named[1]!]) ?? 0;
}

const validDate = (date: Date) => (Number.isNaN(date.getTime()) ? undefined : date);
