import type { KnownBlock } from '@slack/types';
import { plainText, type Inline, type MessageModel } from '../core/message';

/** Slack's limit on one text object in a block. */
const TEXT_LIMIT = 3000;

/** Slack reads &, < and > as markup: anything a person wrote must be escaped. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inline(content: Inline[]): string {
  return content
    .map((c) => {
      if (typeof c === 'string') return escapeMrkdwn(c);
      if ('bold' in c) return `*${escapeMrkdwn(c.bold)}*`;
      return c.mention.platformUserId
        ? `<@${c.mention.platformUserId}>`
        : `*${escapeMrkdwn(c.mention.name)}*`;
    })
    .join('');
}

/** Cuts text into pieces under the limit, at line ends where it can. */
function chunks(s: string, limit = TEXT_LIMIT): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of s.split('\n')) {
    const next = current ? `${current}\n${line}` : line;
    if (next.length <= limit) {
      current = next;
      continue;
    }
    if (current) out.push(current);
    current = line;
    while (current.length > limit) {
      out.push(current.slice(0, limit));
      current = current.slice(limit);
    }
  }
  if (current) out.push(current);
  return out;
}

export function messageBlocks(message: MessageModel): { text: string; blocks: KnownBlock[] } {
  const blocks: KnownBlock[] = [];
  for (const part of message.parts) {
    if (part.type === 'text') {
      for (const piece of chunks(inline(part.content))) {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
      }
    } else if (part.type === 'quote') {
      const quoted = escapeMrkdwn(part.text)
        .split('\n')
        .map((line) => `>${line}`)
        .join('\n');
      for (const piece of chunks(quoted)) {
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
        elements: [{ type: 'mrkdwn', text: chunks(inline(part.content))[0] ?? ' ' }],
      });
    }
  }
  // The notification text: plain, short, and never the raw markup.
  const fallback = plainText(message).slice(0, TEXT_LIMIT);
  return { text: fallback, blocks };
}
