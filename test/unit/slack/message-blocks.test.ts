import type { KnownBlock } from '@slack/types';
import { text, type MessageModel } from '../../../src/core/shared/message';
import { escapeMrkdwn, messageBlocks } from '../../../src/slack/kit/render-message';

/** The mrkdwn of a section, or of a context block's first element. */
function mrkdwn(block: KnownBlock | undefined): string {
  if (block?.type === 'section' && block.text?.type === 'mrkdwn') return block.text.text;
  if (block?.type === 'context') {
    const [element] = block.elements;
    if (element && element.type === 'mrkdwn') return element.text;
  }
  throw new Error(`no mrkdwn in ${JSON.stringify(block)}`);
}

const ana = { platformUserId: 'U0ANA', name: 'Ana' };

describe('escapeMrkdwn', () => {
  it('escapes &, < and >, ampersand first', () => {
    expect(escapeMrkdwn('a & b <@U1> c > d &amp;')).toBe(
      'a &amp; b &lt;@U1&gt; c &gt; d &amp;amp;',
    );
  });
});

describe('messageBlocks', () => {
  it('renders a text part as one mrkdwn section', () => {
    const { blocks } = messageBlocks({ parts: [text('Hello')] });
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: 'Hello' } }]);
  });

  it('escapes what people wrote so it cannot become markup', () => {
    const { blocks } = messageBlocks({
      parts: [text('Tom & Jerry <!channel> ', { bold: 'A<B>' })],
    });
    expect(mrkdwn(blocks[0])).toBe('Tom &amp; Jerry &lt;!channel&gt; *A&lt;B&gt;*');
  });

  it('renders a mention as <@id>, and a person without a platform id in bold', () => {
    const { blocks } = messageBlocks({
      parts: [
        text({ mention: ana }, ' and ', {
          mention: { platformUserId: null, name: 'Ivy <imported>' },
        }),
      ],
    });
    expect(mrkdwn(blocks[0])).toBe('<@U0ANA> and *Ivy &lt;imported&gt;*');
  });

  it('prefixes every quoted line with > and escapes it', () => {
    const { blocks } = messageBlocks({
      parts: [{ type: 'quote', text: 'You were great.\nA > B & C' }],
    });
    expect(blocks).toHaveLength(1);
    expect(mrkdwn(blocks[0])).toBe('>You were great.\n>A &gt; B &amp; C');
  });

  it('puts the attribution of a quote in a context block after it', () => {
    const { blocks } = messageBlocks({
      parts: [{ type: 'quote', text: 'Wow.', attribution: 'AT&T' }],
    });
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context']);
    expect(mrkdwn(blocks[1])).toBe('— AT&amp;T');
  });

  it('renders a context part as a context block', () => {
    const { blocks } = messageBlocks({
      parts: [{ type: 'context', content: ['Values: #care & ', { mention: ana }] }],
    });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.type).toBe('context');
    expect(mrkdwn(blocks[0])).toBe('Values: #care &amp; <@U0ANA>');
  });

  it('keeps the parts in order', () => {
    const { blocks } = messageBlocks({
      parts: [text('one'), { type: 'quote', text: 'two' }, { type: 'context', content: ['three'] }],
    });
    expect(blocks.map(mrkdwn)).toEqual(['one', '>two', 'three']);
  });

  it('splits a very long text into sections of at most 3000 characters, losing nothing', () => {
    const long = 'x'.repeat(7000);
    const { blocks } = messageBlocks({ parts: [text(long)] });
    const pieces = blocks.map(mrkdwn);
    expect(pieces.length).toBe(3);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(3000);
    expect(pieces.join('')).toBe(long);
  });

  it('splits long text at line ends where it can', () => {
    const line = 'y'.repeat(999);
    const lines = Array.from({ length: 7 }, () => line);
    const { blocks } = messageBlocks({ parts: [text(lines.join('\n'))] });
    const pieces = blocks.map(mrkdwn);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(3000);
      expect(piece.split('\n').every((l) => l === line)).toBe(true);
    }
    expect(pieces.join('\n')).toBe(lines.join('\n'));
  });

  it('splits a long quote into sections whose lines all stay quoted', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i} ${'z'.repeat(200)}`);
    const { blocks } = messageBlocks({ parts: [{ type: 'quote', text: lines.join('\n') }] });
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      const piece = mrkdwn(block);
      expect(piece.length).toBeLessThanOrEqual(3000);
      expect(piece.split('\n').every((l) => l.startsWith('>'))).toBe(true);
    }
  });

  it('measures the limit after escaping', () => {
    const { blocks } = messageBlocks({ parts: [text('&'.repeat(1000))] });
    for (const block of blocks) expect(mrkdwn(block).length).toBeLessThanOrEqual(3000);
    expect(blocks.map(mrkdwn).join('')).toBe('&amp;'.repeat(1000));
  });

  it('gives a plain notification text, escaped so that words cannot @-mention anyone', () => {
    const message: MessageModel = {
      parts: [
        text({ mention: ana }, ' got kudos & thanks'),
        { type: 'quote', text: 'Hi <!channel>' },
      ],
    };
    expect(messageBlocks(message).text).toBe(
      '@Ana got kudos &amp; thanks\n&gt; Hi &lt;!channel&gt;',
    );
  });

  it('keeps the notification text within 3000 characters', () => {
    expect(messageBlocks({ parts: [text('w'.repeat(5000))] }).text).toHaveLength(3000);
  });

  it('keeps a one-line quote of 3000 characters quoted in every section, never cutting &amp;', () => {
    const words = 'Tom & Jerry '.repeat(250); // 3000 characters on one line
    const { blocks } = messageBlocks({ parts: [{ type: 'quote', text: words }] });
    const sections = blocks.map(mrkdwn);
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) {
      expect(section.length).toBeLessThanOrEqual(3000);
      expect(section.startsWith('>')).toBe(true);
      expect(section).not.toMatch(/&(?!amp;)|&amp$|&am$|&a$/);
    }
    const rejoined = sections.map((t) => t.slice(1)).join('');
    expect(rejoined.replace(/&amp;/g, '&')).toBe(words);
  });
});
