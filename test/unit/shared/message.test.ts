import {
  mentionList,
  plainText,
  tInline,
  text,
  type Mention,
  type MessageModel,
} from '../../../src/core/shared/message';
import { t } from '../../../src/i18n';

const ana: Mention = { platformUserId: 'UANA', name: 'Ana' };
const ben: Mention = { platformUserId: 'UBEN', name: 'Ben' };
const cy: Mention = { platformUserId: null, name: 'Cy' };

describe('tInline', () => {
  it('puts inline content where its placeholders are', () => {
    expect(
      tInline('en', 'kudos.announce', {
        giver: [{ mention: ana }],
        recipients: [{ mention: ben }],
      }),
    ).toEqual([{ mention: ana }, ' gave kudos to ', { mention: ben }]);
  });

  it('follows the word order of the language', () => {
    // Lithuanian names the recipients last, Romanian puts the employee before the manager.
    const lt = tInline('lt', 'kudos.announce', {
      giver: [{ mention: ana }],
      recipients: [{ mention: ben }],
    });
    expect(lt).toEqual([{ mention: ana }, ' dėkoja: ', { mention: ben }]);

    const en = tInline('en', 'manager.set', {
      manager: [{ mention: ana }],
      employee: [{ mention: ben }],
    });
    const ro = tInline('ro', 'manager.set', {
      manager: [{ mention: ana }],
      employee: [{ mention: ben }],
    });
    const order = (content: unknown[]) =>
      content.filter((c) => typeof c === 'object').map((c) => (c as { mention: Mention }).mention);
    expect(order(en)).toEqual([ana, ben]);
    expect(order(ro)).toEqual([ben, ana]);
  });

  it('fills plain values as text and keeps several inline items in order', () => {
    expect(
      tInline('en', 'kudos.recorded.client', {
        client: 'ACME',
        recipients: [{ mention: ana }, ' and ', { bold: 'Ben' }],
      }),
    ).toEqual([
      'Kudos from ACME recorded for ',
      { mention: ana },
      ' and ',
      { bold: 'Ben' },
      '. Thank you for passing it on!',
    ]);
  });

  it('returns the whole text as one piece when there is nothing inline', () => {
    expect(tInline('en', 'kudos.values', { values: '#care' })).toEqual(['Values: #care']);
  });

  it('leaves no empty strings where a placeholder starts or ends the text', () => {
    const content = tInline('en', 'kudos.dm', { giver: [{ mention: ana }] });
    expect(content).toEqual([{ mention: ana }, ' gave you kudos']);
  });
});

describe('mentionList', () => {
  it('is empty for nobody and the mention alone for one person', () => {
    expect(mentionList('en', [])).toEqual([]);
    expect(mentionList('en', [ana])).toEqual([{ mention: ana }]);
  });

  it('joins two and three people the way the language does', () => {
    expect(mentionList('en', [ana, ben])).toEqual([{ mention: ana }, ' and ', { mention: ben }]);
    expect(mentionList('en', [ana, ben, cy])).toEqual([
      { mention: ana },
      ', ',
      { mention: ben },
      ', and ',
      { mention: cy },
    ]);
    expect(mentionList('ru', [ana, ben])).toEqual([{ mention: ana }, ' и ', { mention: ben }]);
  });

  it('keeps people apart even when they share a name', () => {
    const otherAna: Mention = { platformUserId: 'UANA2', name: 'Ana' };
    expect(mentionList('en', [ana, otherAna])).toEqual([
      { mention: ana },
      ' and ',
      { mention: otherAna },
    ]);
  });
});

describe('plainText', () => {
  it('writes mentions as @name and bold as its text', () => {
    const message: MessageModel = {
      parts: [text({ mention: ana }, ' thanks ', { bold: 'ACME' }, '!')],
    };
    expect(plainText(message)).toBe('@Ana thanks ACME!');
  });

  it('quotes every line and adds the attribution', () => {
    const message: MessageModel = {
      parts: [
        text('Kudos'),
        { type: 'quote', text: 'Great work.\nReally.', attribution: 'ACME' },
        { type: 'context', content: ['Values: #care'] },
      ],
    };
    expect(plainText(message)).toBe('Kudos\n> Great work.\n> Really.\n— ACME\nValues: #care');
  });

  it('leaves out the attribution line when there is none', () => {
    expect(plainText({ parts: [{ type: 'quote', text: 'Great work.' }] })).toBe('> Great work.');
  });

  it('matches the catalog text once mentions are filled in', () => {
    const message: MessageModel = {
      parts: [
        text(...tInline('ru', 'kudos.recorded', { recipients: mentionList('ru', [ana, ben]) })),
      ],
    };
    expect(plainText(message)).toBe(t('ru', 'kudos.recorded', { recipients: '@Ana и @Ben' }));
  });
});
