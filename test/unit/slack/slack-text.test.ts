import {
  mentionsAsNames,
  readSlackMention,
  simplifySlackMarkup,
  slackPastedText,
} from '../../../src/slack/kit/text';

test('a mention left in the words reads as a name, not as markup', () => {
  expect(mentionsAsNames('with help from <@U123|ben> and <@W9>')).toBe(
    'with help from @ben and @W9',
  );
});

test('channels become #values and links their labels; user mentions stay for the parser', () => {
  expect(simplifySlackMarkup('<@U1|ana> <#C1|ownership> <https://x.example|site>')).toBe(
    '<@U1|ana> #ownership site',
  );
  expect(readSlackMention('<@U1|ana>')).toBe('U1');
  expect(readSlackMention('@ana')).toBeNull();
});

test('a pasted forward\'s mailto links read as their labels; a typed "<" stays text', () => {
  expect(slackPastedText('From: Jo &lt;<mailto:jo@x.com|jo@x.com>&gt; <mailto:a@b.com>')).toBe(
    'From: Jo <jo@x.com> a@b.com',
  );
  expect(slackPastedText('see &lt;mailto:jo@x.com|Jo&gt; &amp; more')).toBe(
    'see <mailto:jo@x.com|Jo> & more',
  );
});
