import {
  parseKudosCommand,
  parseValues,
  type KudosCommand,
} from '../../../src/core/kudos/kudos-command';
import { readSlackMention } from '../../../src/slack/kit/text';
import { teamsMentionReader } from '../../../src/teams/kit/text';

const parse = (raw: string) => parseKudosCommand(raw, readSlackMention);

function give(raw: string): Extract<KudosCommand, { kind: 'give' }> {
  const parsed = parse(raw);
  if (parsed.kind !== 'give') throw new Error(`expected a give command, got ${parsed.kind}`);
  return parsed;
}

describe('parseKudosCommand: help, form and manager', () => {
  it.each(['help', 'HELP', '?', 'помощь', 'Помощь', 'pagalba', 'ajutor', '  help  me please'])(
    '%j asks for help',
    (raw) => {
      expect(parse(raw)).toEqual({ kind: 'help' });
    },
  );

  it.each(['', '   ', '\n\t '])('%j (nothing) opens the form', (raw) => {
    expect(parse(raw)).toEqual({ kind: 'form' });
  });

  it('a help word later in the text is just a word', () => {
    const parsed = give('<@U1|ana> was a great help with the renewal');
    expect(parsed.recipients).toEqual(['U1']);
    expect(parsed.words).toBe('was a great help with the renewal');
  });

  it('reads the manager subcommand as people in order', () => {
    expect(parse('manager <@U1|ana> <@U2|ben>')).toEqual({
      kind: 'manager',
      people: ['U1', 'U2'],
    });
  });

  it('marks words that are not mentions with null and strips trailing commas', () => {
    expect(parse('Manager <@U1|ana>, bob <@U3>;')).toEqual({
      kind: 'manager',
      people: ['U1', null, 'U3'],
    });
  });

  it('manager alone names nobody', () => {
    expect(parse('manager')).toEqual({ kind: 'manager', people: [] });
  });
});

describe('parseKudosCommand: recipients', () => {
  it('reads one recipient and the words after it', () => {
    const parsed = give('<@U123|ana> thanks for rescuing the renewal');
    expect(parsed).toEqual({
      kind: 'give',
      recipients: ['U123'],
      unknown: [],
      words: 'thanks for rescuing the renewal',
      values: [],
      client: undefined,
      clientMissing: false,
    });
  });

  it('reads several recipients separated by spaces, commas and "and"', () => {
    const parsed = give('<@U1|ana>, <@U2|ben> and <@U3|cy> saved the day');
    expect(parsed.recipients).toEqual(['U1', 'U2', 'U3']);
    expect(parsed.words).toBe('saved the day');
  });

  it.each(['&', '+', 'и', 'ir', 'și', 'si', 'AND'])('accepts %j between recipients', (joiner) => {
    const parsed = give(`<@U1> ${joiner} <@U2> saved the day`);
    expect(parsed.recipients).toEqual(['U1', 'U2']);
    expect(parsed.words).toBe('saved the day');
  });

  it('accepts a comma standing on its own between recipients', () => {
    const parsed = give('<@U1|ana> , <@U2|ben> saved the day');
    expect(parsed.recipients).toEqual(['U1', 'U2']);
    expect(parsed.words).toBe('saved the day');
  });

  it('accepts recipients separated by a comma without a space', () => {
    const parsed = give('<@U1|ana>,<@U2|ben> saved the day');
    expect(parsed.recipients).toEqual(['U1', 'U2']);
    expect(parsed.words).toBe('saved the day');
  });

  it('a joiner before any recipient is part of the words', () => {
    const parsed = give('and <@U1> too');
    expect(parsed.recipients).toEqual([]);
    expect(parsed.words).toBe('and <@U1> too');
  });

  it('names a recipient once however often they are mentioned at the start', () => {
    expect(give('<@U1> <@U1|ana> great call').recipients).toEqual(['U1']);
  });

  it('collects leading @names the platform did not link as unknown', () => {
    const parsed = give('@bob <@U2|ben> @cy, thanks for the demo');
    expect(parsed.unknown).toEqual(['@bob', '@cy']);
    expect(parsed.recipients).toEqual(['U2']);
    expect(parsed.words).toBe('thanks for the demo');
  });

  it('a lone @ is not a name', () => {
    const parsed = give('@ great work');
    expect(parsed.unknown).toEqual([]);
    expect(parsed.words).toBe('@ great work');
  });

  it('keeps mentions later in the text in the words, not as recipients', () => {
    const parsed = give('<@U1> covered for <@U2|ben> while he was out');
    expect(parsed.recipients).toEqual(['U1']);
    expect(parsed.words).toBe('covered for <@U2|ben> while he was out');
  });

  it('text without a leading mention gives no recipients', () => {
    const parsed = give('thanks everyone');
    expect(parsed.recipients).toEqual([]);
    expect(parsed.unknown).toEqual([]);
    expect(parsed.words).toBe('thanks everyone');
  });
});

describe('parseKudosCommand: punctuation after a mention', () => {
  it.each([
    ['<@U1|ana>, <@U2|ben>: thanks for the demo', 'thanks for the demo'],
    ['<@U1|ana>; <@U2|ben> — thanks for the demo', 'thanks for the demo'],
    ['<@U1> <@U2>:thanks for the demo', 'thanks for the demo'],
    ['<@U1>, <@U2>—thanks for the demo', 'thanks for the demo'],
    ['<@U1> <@U2> – thanks for the demo', 'thanks for the demo'],
  ])('%j ends the names at the punctuation', (raw, words) => {
    const parsed = give(raw);
    expect(parsed.recipients).toEqual(['U1', 'U2']);
    expect(parsed.unknown).toEqual([]);
    expect(parsed.words).toBe(words);
  });

  it('an unlinked @name ends at the punctuation too', () => {
    const parsed = give('@ana, @ben: thanks for the demo');
    expect(parsed.unknown).toEqual(['@ana', '@ben']);
    expect(parsed.words).toBe('thanks for the demo');
  });

  it('a colon inside a Teams id is part of the mention, the one after it is not', () => {
    const names = new Map([
      ['29:1abc', 'Ana'],
      ['29:2def', 'Ben'],
    ]);
    const parsed = parseKudosCommand(
      '<@29:1abc>, <@29:2def>: thanks for the demo',
      teamsMentionReader(names),
    );
    expect(parsed).toMatchObject({
      recipients: ['29:1abc', '29:2def'],
      words: 'thanks for the demo',
    });
  });

  it('a dash later in the words stays in the words', () => {
    expect(give('<@U1> stayed late — again — to fix it').words).toBe(
      'stayed late — again — to fix it',
    );
  });

  it('the manager subcommand reads people followed by punctuation', () => {
    expect(parse('manager <@U1|ana>: <@U2|ben>.')).toEqual({
      kind: 'manager',
      people: ['U1', 'U2'],
    });
  });
});

describe('parseKudosCommand: values', () => {
  it('takes #tags out of the words, lower-cased and without repeats', () => {
    const parsed = give('<@U1> #Ownership stayed late to fix it #care #CARE #ownership');
    expect(parsed.values).toEqual(['ownership', 'care']);
    expect(parsed.words).toBe('stayed late to fix it');
  });

  it('reads tags in any script and tags followed by punctuation', () => {
    const parsed = give('<@U1> helped a lot #забота #atsakomybė, #speed!');
    expect(parsed.values).toEqual(['забота', 'atsakomybė', 'speed']);
    expect(parsed.words).not.toMatch(/#/);
  });

  it('leaves a # inside a word alone', () => {
    const parsed = give('<@U1> fixed ticket a#12 and issue#7 quickly');
    expect(parsed.values).toEqual([]);
    expect(parsed.words).toBe('fixed ticket a#12 and issue#7 quickly');
  });
});

describe('parseKudosCommand: client', () => {
  it.each([
    ['client:"ACME Ltd"', 'ACME Ltd'],
    ['client:“ACME Ltd”', 'ACME Ltd'],
    ['client:«ACME Ltd»', 'ACME Ltd'],
    ['client:„ACME Ltd“', 'ACME Ltd'],
    ["client:'ACME Ltd'", 'ACME Ltd'],
    ['client: "ACME   Ltd"', 'ACME Ltd'],
    ['Client:ACME', 'ACME'],
  ])('reads %s as %j and removes it from the words', (written, name) => {
    const parsed = give(`<@U1> renewed the contract early ${written} thanks to her`);
    expect(parsed.client).toBe(name);
    expect(parsed.clientMissing).toBe(false);
    expect(parsed.words).toBe('renewed the contract early thanks to her');
  });

  it('reads client: at the start of the words', () => {
    const parsed = give('<@U1> client:"Globex" loved the demo');
    expect(parsed.client).toBe('Globex');
    expect(parsed.words).toBe('loved the demo');
  });

  it.each(['client:', 'client:""', 'client: “ ”'])(
    '%s with no name sets clientMissing',
    (written) => {
      const parsed = give(`<@U1> loved the demo ${written}`);
      expect(parsed.client).toBeUndefined();
      expect(parsed.clientMissing).toBe(true);
      expect(parsed.words).toBe('loved the demo');
    },
  );

  it('"client:" inside another word is not a client', () => {
    const parsed = give('<@U1> handled the myclient:x case');
    expect(parsed.client).toBeUndefined();
    expect(parsed.clientMissing).toBe(false);
    expect(parsed.words).toBe('handled the myclient:x case');
  });

  it('reads client, tags and several recipients together', () => {
    const parsed = give('<@U1>, <@U2> and @zed #speed answered within minutes client:“Initech”');
    expect(parsed).toMatchObject({
      recipients: ['U1', 'U2'],
      unknown: ['@zed'],
      values: ['speed'],
      client: 'Initech',
      words: 'answered within minutes',
    });
  });
});

describe('parseKudosCommand: words', () => {
  it('keeps line breaks, trims each line and collapses runs of blank lines', () => {
    const parsed = give('<@U1>   The client wrote:\n  "You were   wonderful."  \n\n\n\n— Ana\t ');
    expect(parsed.words).toBe('The client wrote:\n"You were wonderful."\n\n— Ana');
  });

  it('words may start on the line after the mention', () => {
    const parsed = give('<@U1>\nthanks for the late call');
    expect(parsed.recipients).toEqual(['U1']);
    expect(parsed.words).toBe('thanks for the late call');
  });

  it('a mention alone leaves empty words', () => {
    expect(give('<@U1>').words).toBe('');
  });
});

describe('parseValues', () => {
  it('splits on commas, semicolons, # and new lines', () => {
    expect(parseValues('ownership, care #speed;trust\nkindness')).toEqual([
      'ownership',
      'care',
      'speed',
      'trust',
      'kindness',
    ]);
  });

  it('lower-cases, joins inner spaces with dashes and drops repeats', () => {
    expect(parseValues('Customer  Care, customer care, OWNERSHIP')).toEqual([
      'customer-care',
      'ownership',
    ]);
  });

  it('returns nothing for an empty or separator-only field', () => {
    expect(parseValues('')).toEqual([]);
    expect(parseValues(' , ;# ')).toEqual([]);
  });
});

test('a tag removed from the end of a sentence leaves no stray space before the full stop', () => {
  const parsed = parse('<@U1|ana> great work on the renewal #ownership.');
  expect(parsed).toMatchObject({ words: 'great work on the renewal.', values: ['ownership'] });
});
