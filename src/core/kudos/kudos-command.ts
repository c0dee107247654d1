/** What someone asked for with `/kudos …`, before anything is checked against the database. */
export type KudosCommand =
  | { kind: 'help' }
  | { kind: 'form' }
  /** Platform user ids of the people named, in order; null where a word was not a mention. */
  | { kind: 'manager'; people: (string | null)[] }
  /** `/kudos announce off`, `/kudos channel here`, `/kudos limit 5`, `/kudos digest weekly` … */
  | { kind: 'setting'; setting: Setting; value: string }
  /** `/kudos thanks`: praise for my people still waiting for my thanks. */
  | { kind: 'thanks' }
  /** `/kudos top [week|month|quarter] [clients|colleagues|all]`: praise only. */
  | { kind: 'top'; words: string[] }
  /** `/kudos summary preview|now` (admins). */
  | { kind: 'summary'; action: 'preview' | 'now' }
  | {
      kind: 'give';
      /** Platform user ids of the people named at the start. */
      recipients: string[];
      /** Leading @names the platform did not turn into mentions. */
      unknown: string[];
      words: string;
      values: string[];
      client?: string;
      /** `client:` was written with nothing after it. */
      clientMissing: boolean;
    };

export const SETTINGS = [
  'announce',
  'channel',
  'limit',
  'digest',
  'summary',
  'inbox',
  'autorecord',
  'reactions',
] as const;
export type Setting = (typeof SETTINGS)[number];

/** Turns a platform's mention token (`<@U123|ana>`, `@ana` …) into a user id, or null. */
export type ReadMention = (token: string) => string | null;

const HELP_WORDS = new Set(['help', '?', 'помощь', 'pagalba', 'ajutor']);
const JOINERS = new Set([',', '&', '+', 'and', 'и', 'ir', 'și', 'si']);
const CLIENT = /(^|\s)client:\s*(?:"([^"]*)"|“([^”]*)”|«([^»]*)»|„([^“”]*)[“”]|'([^']*)'|(\S*))/iu;
const TAG = /(^|\s)#([\p{L}\p{N}_-]+)(?=\s|$|[.,;:!?])/gu;

/** Punctuation that ends a mention: "@ben:", "<@U1>—", "@ana.". */
const ENDING = /^[,;:.!?\u2013\u2014-]+/u;
const ENDS_NAMES = /^[:\u2013\u2014-]+$/u;

/**
 * A leading word as a mention and what is glued after it: "@ben:" is @ben then ":". Teams ids
 * hold colons ("<@29:1ab>"), so the whole word is tried first, then each cut at punctuation.
 */
function mentionAt(
  token: string,
  readMention: ReadMention,
): { id: string | null; name: string; after: string } {
  const whole = readMention(token);
  if (whole) return { id: whole, name: token, after: '' };
  for (const cut of token.matchAll(/[,;:.!?\u2013\u2014-]/gu)) {
    const head = token.slice(0, cut.index);
    const id = head ? readMention(head) : null;
    if (id) return { id, name: head, after: token.slice(cut.index) };
  }
  const plain = /^(@[^,;:.!?\u2013\u2014]+)([,;:.!?\u2013\u2014][\s\S]*)$/u.exec(token);
  return plain
    ? { id: null, name: plain[1]!, after: plain[2]! }
    : { id: null, name: token, after: '' };
}

/** Control characters (but tabs and new lines) have no place in a message. */
export const stripControls = (s: string) =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

export function parseKudosCommand(raw: string, readMention: ReadMention): KudosCommand {
  const input = stripControls(raw).trim();
  const first = input.split(/\s+/, 1)[0]?.toLowerCase() ?? '';
  if (!input) return { kind: 'form' };
  if (HELP_WORDS.has(first)) return { kind: 'help' };
  // Alone, since "thanks for …" is how a kudos without a name begins.
  if (input.toLowerCase() === 'thanks') return { kind: 'thanks' };
  // A kudos names its people first, so a text starting "top" can only ask for the rankings.
  if (first === 'top') return { kind: 'top', words: input.split(/\s+/).slice(1) };
  const second = input.split(/\s+/)[1]?.toLowerCase();
  if (first === 'summary' && (second === 'preview' || second === 'now')) {
    return { kind: 'summary', action: second };
  }
  const setting = SETTINGS.find((name) => name === first);
  if (setting) {
    return { kind: 'setting', setting, value: input.slice(first.length).trim() };
  }
  if (first === 'manager') {
    const tokens = input.split(/\s+/).slice(1);
    return { kind: 'manager', people: tokens.map((tk) => mentionAt(tk, readMention).id) };
  }

  const names = readNames(input, readMention);
  const { client, clientMissing, rest } = readClient(names.rest);
  const { values, rest: untagged } = readValues(rest);
  const words = tidyWords(untagged);
  const { recipients, unknown } = names;

  return {
    kind: 'give',
    recipients: [...new Set(recipients)],
    unknown,
    words,
    values,
    client,
    clientMissing,
  };
}

/** "ownership, care #speed" → ["ownership", "care", "speed"] (the form's values field). */
export function parseValues(raw: string): string[] {
  const values = raw
    .split(/[,;#\n]+/)
    .map((v) => v.trim().toLowerCase().replace(/\s+/g, '-'))
    .filter(Boolean);
  return [...new Set(values)];
}

/** The people a kudos names first (ids, and @names nobody matched), and the text after them. */
function readNames(
  input: string,
  readMention: ReadMention,
): { recipients: string[]; unknown: string[]; rest: string } {
  const recipients: string[] = [];
  const unknown: string[] = [];
  let rest = input;
  for (;;) {
    // Commas and semicolons separate names too: "<@U1>,<@U2>" and "<@U1> , <@U2>".
    const match = /^([^\s,;]+)[\s,;]*/.exec(rest);
    if (!match) break;
    const named = recipients.length + unknown.length > 0;
    const token = match[1]!;
    // "@ana, @ben: thanks" and "@ana — thanks": a colon or a dash ends the names.
    if (named && ENDS_NAMES.test(token)) {
      rest = rest.slice(match[0].length);
      break;
    }
    const mention = mentionAt(token, readMention);
    if (mention.id) recipients.push(mention.id);
    else if (mention.name.startsWith('@') && mention.name.length > 1) unknown.push(mention.name);
    else if (!(JOINERS.has(token.toLowerCase()) && named)) break;
    if (mention.after) {
      // What the punctuation was glued to ("@ben:thanks") begins the words.
      rest = `${mention.after.replace(ENDING, '')}${rest.slice(token.length)}`.trimStart();
      break;
    }
    rest = rest.slice(match[0].length);
  }
  return { recipients, unknown, rest };
}

/** "from ACME" (or the catalogs' other forms): the client, taken out of the text. */
function readClient(text: string): { client?: string; clientMissing: boolean; rest: string } {
  let rest = text;
  let client: string | undefined;
  let clientMissing = false;
  const clientMatch = CLIENT.exec(rest);
  if (clientMatch) {
    const name = clientMatch.slice(2).find((g) => g !== undefined) ?? '';
    client = name.trim().replace(/\s+/g, ' ') || undefined;
    clientMissing = !client;
    rest =
      rest.slice(0, clientMatch.index) +
      clientMatch[1] +
      rest.slice(clientMatch.index + clientMatch[0].length);
  }
  return { client, clientMissing, rest };
}

/** The #values, each once, taken out of the text. */
function readValues(text: string): { values: string[]; rest: string } {
  const values: string[] = [];
  const rest = text.replace(TAG, (_whole, space: string, tag: string) => {
    const value = tag.toLowerCase();
    if (!values.includes(value)) values.push(value);
    return space;
  });
  return { values, rest };
}

/** The words as written, without the spaces and blank lines the removals left. */
function tidyWords(rest: string): string {
  return (
    rest
      .split('\n')
      // A removed tag must not leave "great work ." behind.
      .map((line) =>
        line
          .replace(/[ \t]+/g, ' ')
          .replace(/ ([.,;:!?])(?=\s|$)/g, '$1')
          .trim(),
      )
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
