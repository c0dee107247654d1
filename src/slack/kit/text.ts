/** Reads the markup Slack puts in a slash command's text (with "escape names" on). */

const USER_MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

export function readSlackMention(token: string): string | null {
  return USER_MENTION.exec(token)?.[1] ?? null;
}

/** Channels become #names (they are how people write values); links become their labels. */
export function simplifySlackMarkup(text: string): string {
  return text
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<(?:mailto:|https?:)[^>|]*\|([^>]*)>/g, '$1')
    .replace(/<((?:mailto:|https?:)[^>|]*)>/g, '$1')
    .replace(/<!(?:subteam\^[A-Z0-9]+\|)?([^>]*)>/g, '$1');
}

/** `<@U123|ana>` → `@ana`: the words are kept as text, and a raw token would show as such. */
export function mentionsAsNames(text: string): string {
  return text.replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_whole, id: string, name?: string) =>
    name ? `@${name}` : `@${id}`,
  );
}

/** A message's text as a person reads it: links as labels, mentions as @names, no escapes. */
export function readableSlackText(text: string): string {
  return mentionsAsNames(unescapeSlack(simplifySlackMarkup(text)));
}

/**
 * A pasted message's text as mail reads it: Slack's mailto links (`<mailto:a@b.com|a@b.com>`)
 * as their labels, then Slack's escapes undone, so a "<" someone typed stays theirs.
 */
export function slackPastedText(text: string): string {
  // No "<" inside: each "<" starts a new try, and a try must not run to the end of the text.
  const links = text.replace(/<mailto:([^|<>\s]+)(?:\|([^<>]*))?>/gi, (_all, address, label) =>
    label ? label : address,
  );
  return unescapeSlack(links);
}

export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
