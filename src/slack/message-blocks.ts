import type { KnownBlock } from '@slack/types';
import { plainText, type Inline, type MessageModel } from '../core/message';

/** Slack's limit on one text object in a block. */
const TEXT_LIMIT = 3000;

/** Slack reads &, < and > as markup: anything a person wrote must be escaped. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders inline content as lines of atoms: an escaped character, a mention, a bold run.
 * Long text is cut between atoms, so never inside `&amp;`, a mention or an emoji.
 */
function atomLines(content: Inline[]): string[][] {
  const lines: string[][] = [[]];
  const push = (atom: string) => lines[lines.length - 1]!.push(atom);
  for (const c of content) {
    if (typeof c === 'string') {
      for (const ch of c) {
        if (ch === '\n') lines.push([]);
        else push(escapeMrkdwn(ch));
      }
    } else if ('bold' in c) {
      push(`*${escapeMrkdwn(c.bold)}*`);
    } else {
      push(
        c.mention.platformUserId
          ? `<@${c.mention.platformUserId}>`
          : `*${escapeMrkdwn(c.mention.name)}*`,
      );
    }
  }
  return lines;
}

/** Packs lines into texts under the limit, each line starting with `prefix` (e.g. '>'). */
function pack(lines: string[][], prefix = '', limit = TEXT_LIMIT): string[] {
  const out: string[] = [];
  let chunk = '';
  for (const atoms of lines) {
    const line = prefix + atoms.join('');
    const joined = chunk ? `${chunk}\n${line}` : line;
    if (joined.length <= limit) {
      chunk = joined;
      continue;
    }
    if (chunk) out.push(chunk);
    chunk = prefix;
    for (const atom of atoms) {
      if (chunk.length + atom.length > limit) {
        out.push(chunk);
        chunk = prefix;
      }
      chunk += atom;
    }
  }
  if (chunk) out.push(chunk);
  return out;
}

export function messageBlocks(message: MessageModel): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [];
  for (const part of message.parts) {
    if (part.type === 'text') {
      for (const piece of pack(atomLines(part.content))) {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
      }
    } else if (part.type === 'quote') {
      for (const piece of pack(atomLines([part.text]), '>')) {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
      }
      if (part.attribution) {
        blocks.push({
          type: 'context',
          elements: [{ type: 'mrkdwn', text: `— ${escapeMrkdwn(part.attribution)}` }],
        });
      }
    } else {
      blocks.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: pack(atomLines(part.content))[0] ?? ' ' }],
      });
    }
  }
  // The notification text: plain, short, and never the raw markup.
  const fallback = plainText(message).slice(0, TEXT_LIMIT);
  return { text: fallback, blocks };
}
