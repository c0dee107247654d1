import { type Classification } from './classify-message';
import {
  DEFAULT_EMAIL_LIMITS,
  readEml,
  readPastedForward,
  type EmailLimits,
  type EmailPerson,
  type ForwardedEmail,
  type ReadEmail,
} from '../read/forwarded-email';
import { triageMessage, type TriageDecision } from './triage-message';

/** What Frontline makes of one forwarded email, before it looks anyone up. */
export interface Triage extends TriageDecision {
  email: ForwardedEmail;
  /** The client as the email names them: a company from the sender's domain, else the sender. */
  client?: { name: string; address?: string; domain?: string };
  /** Addresses the client wrote to, first the "to" then the "cc": whom it may concern. */
  addressedTo: string[];
}

export function triageEmail(email: ForwardedEmail): Triage {
  return {
    ...triageMessage(email.words, email.subject),
    email,
    client: clientOf(email.from),
    addressedTo: [...email.to, ...email.cc]
      .map((p) => p.address?.toLowerCase())
      .filter((a): a is string => Boolean(a)),
  };
}

/** Mail services anyone can sign up to: the domain says nothing about the company. */
const PUBLIC_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'yandex.ru',
  'yandex.com',
  'ya.ru',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'rambler.ru',
  'inbox.lt',
  'one.lt',
  'yahoo.ro',
]);

/** Second-level suffixes under which the company's name is one label further left. */
const SHARED_SUFFIXES = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc']);

/** `mail.acme-logistics.co.uk` → "Acme Logistics"; a public mail domain → the sender's name. */
export function clientOf(from: (EmailPerson & { domain?: string }) | undefined): Triage['client'] {
  if (!from) return undefined;
  const address = from.address?.toLowerCase();
  const domain = from.domain ?? address?.split('@')[1];
  if (domain && !PUBLIC_MAIL.has(domain)) {
    const labels = domain.split('.');
    const last = labels.length - 1;
    const at = labels.length > 2 && SHARED_SUFFIXES.has(labels[last - 1]!) ? last - 2 : last - 1;
    const label = labels[Math.max(at, 0)]!;
    const name = label
      .split(/[-_]+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ');
    return { name, address, domain };
  }
  // The domain is left out: it would tie every gmail.com sender to one account.
  const name = from.name?.trim() || address;
  return name ? { name, address } : undefined;
}

/** A message as chat shows it: a pasted forward is read down to the client's own words first. */
export function classifyText(text: string): Classification {
  const read = readPastedForward(text);
  return read.ok ? triageMessage(read.email.words, read.email.subject) : triageMessage(text);
}

/** Headers at the very top: the text is a whole email (an .eml file), not something pasted. */
const LOOKS_LIKE_EML = /^(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*){2,}/;

/**
 * Any one email as an admin has it: an .eml file, a pasted forward, or just a client's text
 * (read as the client's words, with no sender).
 */
export async function readAnyEmail(
  input: { text?: string; eml?: string | Uint8Array; bytes?: Uint8Array },
  limits: EmailLimits = DEFAULT_EMAIL_LIMITS,
): Promise<ReadEmail> {
  if (input.eml !== undefined) {
    const bytes = typeof input.eml === 'string' ? Buffer.from(input.eml, 'utf8') : input.eml;
    return readEml(bytes, limits);
  }
  // Raw bytes may be an email in any charset: only its ASCII headers are looked at here.
  const bytes = input.bytes ?? Buffer.from(input.text ?? '', 'utf8');
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/\r\n/g, '\n');
  if (LOOKS_LIKE_EML.test(head)) return readEml(bytes, limits);
  const text = input.text ?? Buffer.from(bytes).toString('utf8');
  const pasted = readPastedForward(text, limits);
  if (pasted.ok || pasted.problem !== 'notForward') return pasted;
  return { ok: true, email: { to: [], cc: [], words: text.trim(), source: 'pasted' } };
}

/** What `frontline triage` prints for one email. */
export function describeTriage(read: ReadEmail): Record<string, unknown> {
  if (!read.ok) return { problem: read.problem };
  const triage = triageEmail(read.email);
  return {
    kind: triage.kind,
    confidence: Math.round(triage.confidence * 1000) / 1000,
    language: triage.language ?? null,
    client: triage.client ?? null,
    concerns: triage.addressedTo,
    words: read.email.words,
    subject: read.email.subject ?? null,
    date: read.email.sentAt?.toISOString() ?? read.email.date ?? null,
    cues: triage.cues,
    decidedBy: triage.decidedBy,
  };
}
