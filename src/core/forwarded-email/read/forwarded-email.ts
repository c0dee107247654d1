/**
 * Reading a client's email that an employee forwarded into chat: pasted as text, shared as an
 * email Slack already parsed, or uploaded as an .eml file. The result names the client (the
 * original sender), keeps the client's own words and the employee's note, and knows nothing of
 * any chat platform.
 */
import { createHash } from 'node:crypto';
import EmailForwardParser from 'email-forward-parser';
import PostalMime from 'postal-mime';
import { clientWords, htmlToText } from '../client-words';
import {
  MarkScanner,
  parseEmailDate,
  quoteDepth,
  separatorLine,
  toMailbox,
  unquote,
  type BlockHeaders,
  type Mailbox,
} from './forward-headers';

export interface EmailPerson {
  name?: string;
  address?: string;
}

export interface ForwardedEmail {
  /** The original sender: the client. domain = lower-cased part after @. */
  from?: EmailPerson & { domain?: string };
  to: EmailPerson[];
  cc: EmailPerson[];
  subject?: string;
  /** The original date as written, and parsed when it can be. */
  date?: string;
  sentAt?: Date;
  /** Message-ID of the original when known (without <>). */
  messageId?: string;
  /** The client's own words: the forwarded body with quoted history and signatures removed, trimmed. */
  words: string;
  /** The forwarder's own note above the forwarded block, if any (may contain @mentions in platform markup — keep it verbatim). */
  note?: string;
  source: 'email-file' | 'pasted' | 'eml';
}

export interface EmailLimits {
  maxBytes: number;
  maxChars: number;
}

export const DEFAULT_EMAIL_LIMITS: EmailLimits = { maxBytes: 1_048_576, maxChars: 100_000 };

export type EmailProblem = 'empty' | 'tooLarge' | 'unreadable' | 'noSender' | 'notForward';
export type ReadEmail = { ok: true; email: ForwardedEmail } | { ok: false; problem: EmailProblem };

const problem = (p: EmailProblem): ReadEmail => ({ ok: false, problem: p });

// ---------------------------------------------------------------- finding the forwarded block

/** A forwarded block in a text's lines: where it starts, its headers, and where its body starts. */
interface Forward {
  start: number;
  headers: BlockHeaders;
  /** The body starts here, after any blank lines. */
  bodyAt: number;
}

const noHeaders = (): BlockHeaders => ({ to: [], cc: [] });

const isBlank = (line: string | undefined, depth: number) =>
  line !== undefined && unquote(line, depth).trim() === '';

function skipBlank(lines: string[], i: number, depth: number): number {
  while (isBlank(lines[i], depth)) i++;
  return i;
}

/** The body's lines: to an "End of forwarded message" line, or to the end. */
function bodyLines(lines: string[], forward: Forward): { start: number; end: number } {
  const start = skipBlank(lines, forward.bodyAt, quoteDepth(lines[forward.start]!));
  let end = start;
  while (end < lines.length && separatorLine(lines[end]!) !== 'end') end++;
  return { start, end };
}

/** What follows a separator: a header block, an "On … wrote:" line, or (no sender) the body. */
function afterSeparator(scan: MarkScanner, lines: string[], separator: number): Forward {
  const depth = quoteDepth(lines[separator]!);
  const first = skipBlank(lines, separator + 1, depth);
  const block = scan.headersAt(first, depth);
  return { start: separator, headers: block?.headers ?? noHeaders(), bodyAt: block?.end ?? first };
}

/**
 * The first forwarded block in the lines. `loose` (pasted text, or a "Fwd:" subject) also takes
 * blocks that may as well be quoted history — Outlook's "-----Original Message-----", a header
 * block or an "On … wrote:" line; otherwise those end the search, as the history of a reply.
 */
function findForward(lines: string[], loose: boolean): Forward | undefined {
  const scan = new MarkScanner(lines, { foreign: true });
  for (let mark = scan.next(0); mark; mark = scan.next(mark.line + 1)) {
    if (mark.kind === 'separator') {
      const { separator } = mark;
      if (separator === 'forward' || (separator === 'original' && loose)) {
        return afterSeparator(scan, lines, mark.line);
      }
      if (!loose) return undefined;
      // A rule ("________") separates a forward only when a sender follows it.
      const forward = afterSeparator(scan, lines, mark.line);
      if (forward.headers.from) return forward;
    } else if (mark.kind === 'headers') {
      return loose ? { start: mark.line, headers: mark.headers, bodyAt: mark.end } : undefined;
    } else if (mark.kind === 'foreign') {
      const forward = libraryForward(lines, mark.line);
      if (forward) return forward;
    }
    // An "On …, John wrote:" line without an address names no sender.
  }
  return undefined;
}

// The library compiles a few hundred expressions: once.
let library: EmailForwardParser | undefined;

/**
 * A forward in a language read only by email-forward-parser (German, French, …). It is given a
 * short window of short lines: it is slow on long texts, and some of its expressions are
 * quadratic or worse on long lines and runs of blank lines.
 */
function libraryForward(lines: string[], at: number): Forward | undefined {
  const window: string[] = [];
  for (const line of lines.slice(at, at + 30)) {
    const short = line.slice(0, 200).replace(/\s+/g, ' ').trimEnd();
    if (short || window[window.length - 1]) window.push(short);
  }
  let read;
  try {
    library ??= new EmailForwardParser();
    read = library.read(window.join('\n'));
  } catch {
    return undefined;
  }
  // Its separator must be this very line, or the block is not the one found here.
  if (!read.forwarded || read.message) return undefined;
  const { email } = read;
  const headers: BlockHeaders = {
    from: mailboxes(email.from)[0],
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    subject: email.subject || undefined,
    date: email.date || undefined,
  };
  if (!headers.from?.address && !headers.from?.name) delete headers.from;
  // Its header lines run to the first line that is not "Label: value".
  const depth = quoteDepth(lines[at]!);
  let i = skipBlank(lines, at + 1, depth);
  while (i < lines.length && /^\*?\p{L}[\p{L} .()-]{0,24}\*?\s?:/u.test(unquote(lines[i]!, depth)))
    i++;
  return { start: at, headers, bodyAt: i };
}

/** People given as names and addresses apart, as mailboxes; a list of one when given alone. */
function mailboxes<P extends { name?: string | null; address?: string | null }>(
  people: P | P[] | null | undefined,
): Mailbox[] {
  const list = Array.isArray(people) ? people : people ? [people] : [];
  return list.flatMap((p) => toMailbox(p.name, p.address) ?? []);
}

// ---------------------------------------------------------------- building the result

/** An email as its own headers and body say, before looking for a forward in it. */
interface Message {
  from?: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  subject?: string;
  date?: string;
  sentAt?: Date;
  messageId?: string;
  body: string;
}

/** Subjects that say the email is a forward: "Fwd:", "FW:", "TR:", "WG:", "RV:", "Redir.:", … */
const FORWARD_SUBJECT =
  /^\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|tr|wg|rv|enc|redir\.?|vl|pd|prs|persiųsta|пересл\.?|переслано)\s*:\s*/i;

const isForwardSubject = (subject: string | undefined) =>
  subject !== undefined && FORWARD_SUBJECT.test(subject);

function withoutForwardPrefix(subject: string | undefined): string | undefined {
  let rest = subject?.trim();
  while (rest && FORWARD_SUBJECT.test(rest)) rest = rest.replace(FORWARD_SUBJECT, '');
  return rest || undefined;
}

const normalize = (text: string) =>
  /[\r\uFEFF\u00A0]/.test(text)
    ? text
        .replace(/\r\n?/g, '\n')
        .replace(/\uFEFF/g, '')
        .replace(/\u00A0/g, ' ')
    : text;

function person(m: Mailbox): EmailPerson {
  const result: EmailPerson = {};
  if (m.name) result.name = m.name;
  if (m.address) result.address = m.address;
  return result;
}

function client(m: Mailbox | undefined): ForwardedEmail['from'] | undefined {
  if (!m?.address && !m?.name) return undefined;
  const domain = m.address?.split('@')[1]?.toLowerCase();
  return domain ? { ...person(m), domain } : person(m);
}

function result(
  email: Omit<ForwardedEmail, 'from'> & { from: ForwardedEmail['from'] | undefined },
): ReadEmail {
  if (!email.from) return problem('noSender');
  if (!email.words) return problem('empty');
  // Absent fields are left out rather than set to undefined.
  const clean = { ...email } as Record<string, unknown>;
  for (const key in clean) if (clean[key] === undefined) delete clean[key];
  return { ok: true, email: clean as unknown as ForwardedEmail };
}

/** Forwards of forwards followed down to the client's own words, this many at most. */
const NESTED_MAX = 5;

function forwardedEmail(
  lines: string[],
  forward: Forward,
  outer: { subject?: string; note?: string },
  source: ForwardedEmail['source'],
  nested = 0,
): ReadEmail {
  const { start, end } = bodyLines(lines, forward);
  const depth = quoteDepth(lines[start] ?? '');
  const bodyLinesUnquoted = lines.slice(start, end).map((line) => unquote(line, depth));
  const body = bodyLinesUnquoted.join('\n');
  const { headers } = forward;
  const note = outer.note ?? (lines.slice(0, forward.start).join('\n').trim() || undefined);
  const words = clientWords(body);
  if (!words && nested < NESTED_MAX) {
    // "Fwd: Fwd:": a colleague's forward with nothing added; the client is further in.
    const inner = findForward(bodyLinesUnquoted, true);
    if (inner) {
      return forwardedEmail(bodyLinesUnquoted, inner, { ...outer, note }, source, nested + 1);
    }
  }
  return result({
    from: client(headers.from),
    to: headers.to.map(person),
    cc: headers.cc.map(person),
    subject: headers.subject ?? withoutForwardPrefix(outer.subject),
    date: headers.date,
    sentAt: parseEmailDate(headers.date),
    words,
    note,
    source,
  });
}

function ownEmail(message: Message, body: string, source: ForwardedEmail['source']): ReadEmail {
  return result({
    from: client(message.from),
    to: message.to.map(person),
    cc: message.cc.map(person),
    subject: message.subject?.trim() || undefined,
    date: message.date?.trim() || undefined,
    sentAt: message.sentAt ?? parseEmailDate(message.date),
    messageId: message.messageId?.trim().replace(/^<|>$/g, '') || undefined,
    words: clientWords(body),
    source,
  });
}

/** The client is the forwarded block's sender when the body holds one, else the email's own. */
function readMessage(message: Message, source: ForwardedEmail['source']): ReadEmail {
  const lines = normalize(message.body).split('\n');
  const forward = findForward(lines, isForwardSubject(message.subject));
  if (forward) return forwardedEmail(lines, forward, message, source);
  return ownEmail(message, lines.join('\n'), source);
}

// ---------------------------------------------------------------- the three sources

/** Text typed or pasted in chat (already un-escaped by the adapter). 'notForward' when it holds no forwarded email. */
export function readPastedForward(
  text: string,
  limits: EmailLimits = DEFAULT_EMAIL_LIMITS,
): ReadEmail {
  if (typeof text !== 'string') return problem('empty');
  if (text.length > limits.maxChars) return problem('tooLarge');
  if (!text.trim()) return problem('empty');
  const lines = normalize(text).split('\n');
  const forward = findForward(lines, true);
  return forward ? forwardedEmail(lines, forward, {}, 'pasted') : problem('notForward');
}

/** An email's text: its plain text, or its HTML's when it has none. */
const bodyText = (text: string | undefined, html: string | undefined) =>
  text?.trim() ? text : html ? htmlToText(html) : '';

/** An email a platform already parsed into fields (Slack's email file share: subject, from/to/cc with address/name/original, plain_text, headers {date, message_id, in_reply_to, reply_to}); html only as a fallback body. */
export function readEmailFields(
  fields: {
    subject?: string;
    from?: EmailPerson[];
    to?: EmailPerson[];
    cc?: EmailPerson[];
    plainText?: string;
    html?: string;
    date?: string;
    messageId?: string;
  },
  limits: EmailLimits = DEFAULT_EMAIL_LIMITS,
): ReadEmail {
  const { plainText, html } = fields;
  if ((plainText?.length ?? 0) > limits.maxChars || (html?.length ?? 0) > limits.maxBytes) {
    return problem('tooLarge');
  }
  const body = bodyText(plainText, html);
  if (body.length > limits.maxChars) return problem('tooLarge');
  if (!body.trim() && !fields.subject?.trim()) return problem('empty');
  return readMessage(
    {
      from: mailboxes(fields.from)[0],
      to: mailboxes(fields.to),
      cc: mailboxes(fields.cc),
      subject: fields.subject,
      date: fields.date,
      messageId: fields.messageId,
      body,
    },
    'email-file',
  );
}

type Parsed = Awaited<ReturnType<typeof PostalMime.parse>>;
type Address = NonNullable<Parsed['to']>[number];

const flatten = (list: Address[] | undefined): Mailbox[] =>
  mailboxes((list ?? []).flatMap((a) => (a.group ? a.group : [a])));

/** Text that came out of bytes that were never text: control characters and U+FFFD. */
function isGarbled(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd)
      bad++;
  }
  return bad > text.length * 0.1;
}

function isBlankBytes(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

/** An .eml file's bytes (any charset, including windows-1251 and windows-1257; multipart; HTML-only). */
export async function readEml(
  bytes: Uint8Array,
  limits: EmailLimits = DEFAULT_EMAIL_LIMITS,
): Promise<ReadEmail> {
  if (!bytes?.length) return problem('empty');
  if (bytes.length > limits.maxBytes) return problem('tooLarge');
  if (isBlankBytes(bytes)) return problem('empty');
  return readEmlBytes(bytes, limits, true);
}

async function readEmlBytes(
  bytes: Uint8Array,
  limits: EmailLimits,
  outer: boolean,
): Promise<ReadEmail> {
  let parsed: Parsed;
  try {
    // Attached emails (Outlook's "forward as attachment") stay whole, to be read on their own.
    parsed = await PostalMime.parse(bytes, { forceRfc822Attachments: true });
  } catch {
    return problem('unreadable');
  }
  const body = bodyText(parsed.text, parsed.html);
  if (body.length > limits.maxChars) return problem('tooLarge');
  const attached = outer
    ? parsed.attachments.find((a) => a.mimeType === 'message/rfc822')
    : undefined;
  const known = Boolean(parsed.from || parsed.subject || parsed.date || attached);
  if ((!body.trim() && !known) || isGarbled(body)) return problem('unreadable');
  const message: Message = {
    from: flatten(parsed.from ? [parsed.from] : [])[0],
    to: flatten(parsed.to),
    cc: flatten(parsed.cc),
    subject: parsed.subject,
    date: parsed.headers.find((h) => h.key === 'date')?.value,
    sentAt: parsed.date ? parseEmailDate(parsed.date) : undefined,
    messageId: parsed.messageId,
    body,
  };
  const lines = normalize(body).split('\n');
  const forward = findForward(lines, isForwardSubject(parsed.subject));
  if (forward) return forwardedEmail(lines, forward, message, 'eml');
  if (attached && typeof attached.content !== 'string') {
    const inner = await readEmlBytes(new Uint8Array(attached.content), limits, false);
    const note = lines.join('\n').trim();
    if (inner.ok) return { ok: true, email: { ...inner.email, ...(note ? { note } : {}) } };
  }
  return ownEmail(message, lines.join('\n'), 'eml');
}

// ---------------------------------------------------------------- one record per email

/** The key that makes the same email forwarded twice one record: Message-ID when known, else a sha256 of sender address, date and words. */
export function emailKey(email: ForwardedEmail): string {
  if (email.messageId) return email.messageId;
  const sender = (email.from?.address ?? email.from?.name ?? '').toLowerCase();
  // Clients write one date many ways; the instant is the same.
  const when = email.sentAt?.toISOString() ?? email.date?.trim() ?? '';
  const words = email.words.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${sender}\n${when}\n${words}`).digest('hex');
}

/** How long fetching an attached email may take before it is answered as unreadable. */
const DOWNLOAD_TIMEOUT_MS = 5_000;

/**
 * An attached email's bytes, read no further than `maxBytes`: 'tooLarge' past it, undefined
 * when the platform would not give them (an error status, a network failure, a timeout).
 */
export async function downloadEmailFile(
  url: string,
  maxBytes: number,
  headers: Record<string, string> = {},
): Promise<Uint8Array | 'tooLarge' | undefined> {
  try {
    const response = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
    if (!response.ok || !response.body) return undefined;
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body.cancel();
      return 'tooLarge';
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += chunk.length;
      // Leaving the loop cancels the rest of the body.
      if (size > maxBytes) return 'tooLarge';
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  } catch {
    return undefined;
  }
}
