/**
 * The client's own words in an email body: without the history quoted under them, without
 * signatures and "Sent from my iPhone" lines. And the text of an HTML-only email.
 */
import { MarkScanner, plain } from './read/forward-headers';

/** Closings after which only a name, a title and phone numbers follow. Compared plain. */
const CLOSINGS = new Set(
  [
    'Best regards',
    'Kind regards',
    'Warm regards',
    'Warmest regards',
    'Regards',
    'Best wishes',
    'Best',
    'All the best',
    'Sincerely',
    'Yours sincerely',
    'Sincerely yours',
    'Yours truly',
    'Yours faithfully',
    'Respectfully',
    'Cheers',
    'С уважением',
    'С наилучшими пожеланиями',
    'Всего доброго',
    'Всего наилучшего',
    'Cu stimă',
    'Cu respect',
    'Cu drag',
    'Cu bine',
    'Numai bine',
    'Toate cele bune',
    'O zi bună',
    'Pagarbiai',
    'Su pagarba',
    'Geriausi linkėjimai',
    'Su geriausiais linkėjimais',
    'Linkėjimai',
    'Geros dienos',
    'Nuoširdžiai',
  ].map(plain),
);

/** "Sent from my iPhone", "Отправлено с iPhone", "Trimis de pe iPhone", "Išsiųsta iš iPhone"… */
const SENT_FROM =
  /^(?:sent from|sent with|sent via|get outlook for|отправлено (?:с|со|из)|trimis (?:de pe|din|cu)|issiusta (?:is|su)|siusta is)(?:\s|$)/;

function isClosing(line: string): boolean {
  if (line.length > 60) return false;
  const text = plain(line).replace(/[,.!]+$/, '');
  if (CLOSINGS.has(text)) return true;
  // "Best regards, John Smith"
  const comma = text.indexOf(',');
  return comma > 0 && CLOSINGS.has(text.slice(0, comma).trim()) && text.length - comma <= 40;
}

/** Where quoted history starts: an "On … wrote:" line, a separator, or a header block. */
const historyStart = (lines: string[]) => new MarkScanner(lines).next(0)?.line ?? lines.length;

/** Where the signature starts: "-- ", a "Sent from" line, or a closing after some words. */
function signatureStart(lines: string[]): number {
  let words = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '--' || (line.length <= 80 && SENT_FROM.test(plain(line)))) return i;
    if (words && isClosing(line)) return i;
    if (line && !line.startsWith('>')) words = true;
  }
  return lines.length;
}

/** Plain-text mail's bracketed links: `<mailto:a@b.com>` → `a@b.com`. */
const mailtoLinks = (text: string) =>
  // No "<" inside: each "<" starts a new try, and a try must not run to the end of the text.
  text.replace(/<mailto:([^|<>\s]+)>/gi, '$1');

/** Control characters, but tab and newline: what an unknown charset leaves of punctuation. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The client's words in a body: quoted history, signature and quote lines removed, trimmed. */
export function clientWords(body: string): string {
  let lines = body.split('\n');
  lines = lines.slice(0, historyStart(lines));
  lines = lines.slice(0, signatureStart(lines));
  const kept = lines.filter((line) => !/^\s*>/.test(line)).map((line) => line.trimEnd());
  return mailtoLinks(kept.join('\n'))
    .replace(CONTROL, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------- HTML

/** Their text is not part of the message. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const CELLS = new Set(['td', 'th']);

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  shy: '',
  zwnj: '',
  zwj: '',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** Builds text line by line; a blockquote's lines start with "> ", as a plain-text reply quotes. */
class TextOut {
  private out: string[] = [];
  private atLineStart = true;
  quoteDepth = 0;
  pre = 0;

  text(raw: string): void {
    let text = decodeEntities(this.pre ? raw : raw.replace(/[ \t\r\n\f]+/g, ' '));
    if (this.pre && text.includes('\n')) {
      text.split('\n').forEach((part, i) => {
        if (i > 0) this.hardBreak();
        this.text(part.replace(/\n/g, ''));
      });
      return;
    }
    if (this.atLineStart) {
      if (!this.pre) text = text.trimStart();
      if (!text) return;
      this.out.push('> '.repeat(this.quoteDepth));
      this.atLineStart = false;
    }
    this.out.push(text);
  }

  hardBreak(): void {
    this.out.push('\n');
    this.atLineStart = true;
  }

  /** A block boundary: a new line unless one has just started. */
  softBreak(): void {
    if (!this.atLineStart) this.hardBreak();
  }

  rule(): void {
    this.softBreak();
    this.text('________________________________');
    this.hardBreak();
  }

  toString(): string {
    return this.out
      .join('')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

/**
 * The text of an HTML email: scripts and styles dropped, blocks on their own lines, entities
 * decoded, blockquotes quoted with "> ". A linear scan, so broken HTML costs no more than good.
 */
export function htmlToText(html: string): string {
  // ASCII only, so that indexes stay those of `html`.
  const lower = html.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  const out = new TextOut();
  let text = 0; // where the text not yet written starts
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 40));
    const comment = html.startsWith('<!--', lt);
    if (!tag && !comment && !/^<[!?]/.test(html.slice(lt, lt + 2))) {
      i = lt + 1; // a "<" in the text
      continue;
    }
    const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
    if (end < 0) {
      // An unclosed comment hides the rest; an unclosed "tag" was text.
      if (comment) {
        out.text(html.slice(text, lt));
        text = html.length;
      }
      break;
    }
    if (lt > text) out.text(html.slice(text, lt));
    i = text = end + (comment ? 3 : 1);
    if (!tag) continue; // <!-- … -->, <!DOCTYPE …>, <?xml …?>
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (!closing && SKIPPED.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const after = close < 0 ? -1 : lower.indexOf('>', close);
      i = text = after < 0 ? html.length : after + 1;
      continue;
    }
    onTag(out, name, closing);
  }
  if (text < html.length) out.text(html.slice(text));
  return out.toString();
}

function onTag(out: TextOut, name: string, closing: boolean): void {
  if (name === 'br') out.hardBreak();
  else if (name === 'hr') out.rule();
  else if (CELLS.has(name)) {
    if (closing) out.text(' ');
  } else if (BLOCKS.has(name)) {
    out.softBreak();
    if (name === 'blockquote') out.quoteDepth = Math.max(0, out.quoteDepth + (closing ? -1 : 1));
    if (name === 'pre') out.pre = Math.max(0, out.pre + (closing ? -1 : 1));
  }
}
