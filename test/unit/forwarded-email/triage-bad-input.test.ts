import type { TriageKind } from '../../../src/core/forwarded-email/triage/classify-message';
import {
  classifyText,
  readAnyEmail,
  triageEmail,
} from '../../../src/core/forwarded-email/triage/triage-email';

/** A forward as an employee pastes it, the client's words below the header. */
const forward = (words: string) =>
  [
    'FYI, see below',
    '',
    '---------- Forwarded message ---------',
    'From: Client <client@customer.com>',
    'Date: Mon, Nov 16, 2026 at 10:12 AM',
    'Subject: Our order',
    'To: Ana <ana@example.com>',
    '',
    words,
  ].join('\n');

async function triage(text: string) {
  const read = await readAnyEmail({ text });
  if (!read.ok) throw new Error(read.problem);
  return triageEmail(read.email);
}

const POLITE = [
  'Thank you for the update on the shipment schedule.',
  'We have checked the delivery notes against our purchase order.',
  'The pallets for the second warehouse are expected on Thursday.',
  'Our accounts team will send the remittance advice next week.',
  'Please let us know if the loading dock times change.',
];
const page = (sentences: number) =>
  Array.from({ length: sentences }, (_, i) => POLITE[i % POLITE.length]).join(' ');

describe('very long emails', () => {
  test('one insult in a long polite email is found', async () => {
    const words = `${page(100)} Your dispatcher is a useless moron. ${page(100)}`;
    const got = await triage(forward(words));
    expect(got.kind).toBe('abusive');
    expect(got.cues.join(' ')).toMatch(/moron/);
  });

  test('a long ordinary email is neither', async () => {
    expect((await triage(forward(page(300)))).kind).toBe('neither');
  });

  test('a long compliment is a compliment', async () => {
    const words = `${page(40)} Ana was fantastic, she sorted everything out and kept us posted. ${page(40)}`;
    expect((await triage(forward(words))).kind).toBe('compliment');
  });

  test('an email past the size limit is refused as too large, not classified', async () => {
    const read = await readAnyEmail({ text: forward(page(2_500)) });
    expect(read).toEqual({ ok: false, problem: 'tooLarge' });
  });
});

describe('mixed languages in one email', () => {
  test.each<[TriageKind, string]>([
    ['abusive', 'Добрый день. Where is my parcel, you idiots? Жду ответа.'],
    ['abusive', 'Bună ziua, sunteți niște idioți. Thanks for nothing.'],
    ['compliment', 'Laba diena! Thank you so much, Rasa was wonderful and so patient.'],
    ['compliment', 'Спасибо большое! Ana was fantastic with the customs forms.'],
    ['neither', 'Здравствуйте! Please send the invoice for April. Спасибо.'],
    ['neither', 'Bună ziua, please confirm the delivery date. Mulțumesc.'],
  ])('%s: %s', (kind, text) => {
    expect(classifyText(text).kind).toBe(kind);
  });
});

describe('Russian in Latin letters', () => {
  test.each<[TriageKind, string]>([
    ['abusive', 'ty idiot'],
    ['abusive', 'ty durak'],
    ['abusive', 'Ty durak, gde moi zakaz?'],
    ['abusive', 'vy tam vse debily?'],
    ['abusive', 'idi nahui so svoei dostavkoi'],
    ['compliment', 'Spasibo bolshoe, Olga ochen pomogla'],
    ['neither', 'Privet, gde moi zakaz? Uzhe nedelyu zhdu.'],
  ])('%s: %s', (kind, text) => {
    expect(classifyText(text).kind).toBe(kind);
  });

  test('English that happens to spell Russian words is not read as Russian', () => {
    expect(classifyText('Please send her the net price list, thanks.').kind).toBe('neither');
  });
});

describe('obfuscated insults', () => {
  test.each([
    'You are an i d i o t.',
    'You are an i.d.i.o.t',
    'f*ck you and your warehouse',
    'Ты д@бил?',
    'You complete idi\u043et', // a Cyrillic о
    'Ты д\u0065бил', // a Latin e
    'What a 1d10t your manager is',
    'Вы там все д е б и л ы?',
  ])('abusive: %s', (text) => {
    const got = classifyText(text);
    expect(got.kind).toBe('abusive');
    expect(got.cues.length).toBeGreaterThan(0);
    // Cues are words, never a pattern.
    for (const cue of got.cues) expect(cue).not.toMatch(/[|*]/);
  });
});

describe('emoji only', () => {
  test.each(['👍', '👍👍👍', '😡😡😡', '🙏❤️', '😉'])('%s is neither, and no language', (text) => {
    expect(classifyText(text)).toMatchObject({ kind: 'neither', language: undefined });
  });
});

describe('quoted history with someone else’s abuse', () => {
  const quoted = (reply: string) =>
    forward(
      [
        reply,
        '',
        'On Fri, Nov 13, 2026 at 9:00 AM Somebody Else <else@other.com> wrote:',
        '> You useless idiots, I will make sure you all get fired.',
        '> Rot in hell.',
      ].join('\n'),
    );

  test('is stripped before classifying: a polite reply stays polite', async () => {
    const got = await triage(quoted('Thanks, we received the corrected invoice.'));
    expect(got.email.words).not.toMatch(/idiots/);
    expect(got.kind).toBe('neither');
  });

  test('a compliment above quoted abuse stays a compliment', async () => {
    const got = await triage(quoted('Ana was wonderful, she sorted it all out in a day.'));
    expect(got.kind).toBe('compliment');
  });
});
