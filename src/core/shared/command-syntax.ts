import type { Inline } from './message';

/**
 * How the place a message is shown in writes what a person types. The catalogs are written in
 * Slack's own terms (`/kudos …` in backticks, `*bold*`); each other adapter supplies its own.
 */
export interface CommandSyntax {
  /** What comes before a command's name: "/" for a slash command, "" where none is typed. */
  slash: string;
  /** Something to type (a backticked span of a catalog text), as this platform shows it. */
  typed: (words: string) => Inline;
  /** A catalog text's heading line, written `*bold*` for Slack. */
  strong: (words: string) => Inline;
}

/** A backticked span anywhere, or a whole line in `*…*` (a heading: "*How to give kudos*"). */
const SPAN = /`([^`\n]+)`|^\*([^*\n]+)\*$/gm;
const COMMAND = /(^|[\s("“«„])\/(kudos|escalate)\b/g;

/** Inline content with the catalogs' Slack syntax rewritten in `syntax`; mentions untouched. */
export function inSyntax(content: Inline[], syntax: CommandSyntax): Inline[] {
  const commands = (s: string) => s.replace(COMMAND, `$1${syntax.slash}$2`);
  return content.flatMap((c): Inline[] => {
    if (typeof c !== 'string') return [c];
    const out: Inline[] = [];
    let at = 0;
    for (const match of c.matchAll(SPAN)) {
      if (match.index > at) out.push(commands(c.slice(at, match.index)));
      out.push(
        match[1] !== undefined
          ? syntax.typed(commands(match[1]))
          : syntax.strong(commands(match[2]!)),
      );
      at = match.index + match[0].length;
    }
    if (at < c.length) out.push(commands(c.slice(at)));
    return out;
  });
}
