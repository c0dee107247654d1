import type { KnownBlock } from '@slack/types';
import { plainText, type Inline, type MessageModel, type Part } from '../../core/shared';

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

/** Slack refuses a message with more blocks than this. */
export const BLOCK_LIMIT = 50;

function partBlocks(part: Part): KnownBlock[] {
  const sections = (pieces: string[]): KnownBlock[] =>
    pieces.map((piece) => ({ type: 'section', text: { type: 'mrkdwn', text: piece } }));
  switch (part.type) {
    case 'heading':
      return [{ type: 'header', text: { type: 'plain_text', text: part.text.slice(0, 150) } }];
    case 'text':
      return sections(pack(atomLines(part.content)));
    case 'quote': {
      const blocks = sections(pack(atomLines([part.text]), '>'));
      if (part.attribution) {
        blocks.push({
          type: 'context',
          elements: [{ type: 'mrkdwn', text: `— ${escapeMrkdwn(part.attribution)}` }],
        });
      }
      return blocks;
    }
    case 'context':
      return [
        {
          type: 'context',
          elements: [{ type: 'mrkdwn', text: pack(atomLines(part.content))[0] ?? ' ' }],
        },
      ];
    case 'buttons':
      return [
        {
          type: 'actions',
          elements: part.buttons.slice(0, 25).map((b) => ({
            type: 'button',
            action_id: b.action,
            value: b.value.slice(0, 2000),
            text: { type: 'plain_text', text: b.label.slice(0, 75), emoji: true },
            ...(b.primary ? { style: 'primary' as const } : {}),
          })),
        },
      ];
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** `limit`: 50 blocks in a message, 100 in a modal or a home tab. */
export function messageBlocks(
  message: MessageModel,
  limit = BLOCK_LIMIT,
): { text: string; blocks: KnownBlock[] } {
  let blocks = message.parts.flatMap(partBlocks);
  // The core keeps lists short; this only guards against a message Slack would refuse.
  if (blocks.length > limit) {
    blocks = [
      ...blocks.slice(0, limit - 1),
      { type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] },
    ];
  }
  // The notification text: plain, short, and never the raw markup.
  const fallback = escapeMrkdwn(plainText(message)).slice(0, TEXT_LIMIT);
  return { text: fallback, blocks };
}

/** A private answer to whoever typed the command. */
export const ephemeral = (message: MessageModel) => ({
  response_type: 'ephemeral' as const,
  ...messageBlocks(message),
});
