import type { Activity } from 'botbuilder';
import {
  commandOf,
  decodeEntities,
  mentionsAsNames,
  readTeamsText,
  teamsMentionReader,
} from '../../../src/teams/kit/text';

const bot = { id: '28:bot', name: 'Frontline' };
const mention = (id: string, name: string) => ({
  type: 'mention',
  text: `<at>${name}</at>`,
  mentioned: { id, name },
});

const activity = (text: string, mentions: { id: string; name: string }[]) =>
  ({
    type: 'message',
    text,
    recipient: bot,
    entities: mentions.map((m) => mention(m.id, m.name)),
  }) as unknown as Activity;

describe('readTeamsText', () => {
  it('drops the bot’s own mention and turns people into one-word tokens', () => {
    const read = readTeamsText(
      activity('<at>Frontline</at> kudos <at>Ana Popescu</at> and <at>Ben</at> thanks', [
        bot,
        { id: '29:ana', name: 'Ana Popescu' },
        { id: '29:ben', name: 'Ben' },
      ]),
    );
    expect(read.text).toBe('kudos <@29:ana> and <@29:ben> thanks');
    expect([...read.names]).toEqual([
      ['29:ana', 'Ana Popescu'],
      ['29:ben', 'Ben'],
    ]);
  });

  it('decodes entities but never into a mention token', () => {
    const read = readTeamsText(activity('kudos &lt;@29:eve&gt; Tom &amp; Jerry&nbsp;rock', []));
    expect(read.text).toBe('kudos <@29:eve> Tom & Jerry rock');
    expect(teamsMentionReader(read.names)('<@29:eve>')).toBeNull();
  });

  it('keeps the line breaks of a rich message', () => {
    expect(readTeamsText(activity('<p>kudos</p><p>line two<br>three</p>', [])).text).toBe(
      'kudos\nline two\nthree',
    );
  });

  it('reads an empty message as empty', () => {
    expect(readTeamsText(activity('', [])).text).toBe('');
  });
});

describe('mentions', () => {
  const names = new Map([['29:ana', 'Ana Popescu']]);

  it('reads a token of someone mentioned', () => {
    expect(teamsMentionReader(names)('<@29:ana>')).toBe('29:ana');
    expect(teamsMentionReader(names)('@ana')).toBeNull();
  });

  it('shows mentions left in the words as @names', () => {
    expect(mentionsAsNames(names)('thanks to <@29:ana> and <@29:zed>')).toBe(
      'thanks to @Ana Popescu and <@29:zed>',
    );
  });
});

describe('commandOf', () => {
  it.each([
    ['kudos @ana thanks', 'kudos', '@ana thanks'],
    ['/Kudos help', 'kudos', 'help'],
    ['escalate ACME: rude\nagain', 'escalate', 'ACME: rude\nagain'],
    ['  ', '', ''],
  ])('%j → %s + %j', (text, command, rest) => {
    expect(commandOf(text)).toEqual({ command, rest });
  });
});

describe('decodeEntities', () => {
  it('decodes the named references Teams writes and any numeric one', () => {
    expect(
      decodeEntities('Tom &amp; Jerry&nbsp;&lt;3 &quot;hi&quot; it&#39;s &apos;&#x2764;&#8212;'),
    ).toBe('Tom & Jerry <3 "hi" it\'s \'❤—');
  });

  it('leaves what is no reference, or no character, as written', () => {
    expect(decodeEntities('a &bogus; b &#0; c &#x110000; & d')).toBe(
      'a &bogus; b &#0; c &#x110000; & d',
    );
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});
