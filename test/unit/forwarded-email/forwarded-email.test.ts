import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { slackPastedText } from '../../../src/slack/kit/text';
import { randomBytes } from 'node:crypto';
import {
  DEFAULT_EMAIL_LIMITS,
  emailKey,
  readEmailFields,
  readEml,
  readPastedForward,
  type EmailProblem,
  type ForwardedEmail,
  type ReadEmail,
} from '../../../src/core/forwarded-email/read/forwarded-email';

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'emails', name));

function email(read: ReadEmail): ForwardedEmail {
  if (!read.ok) throw new Error(`expected an email, got '${read.problem}'`);
  return read.email;
}

/** What `read` returns, and how many milliseconds it took. */
function timed<T>(read: () => T): [T, number] {
  const started = performance.now();
  const value = read();
  return [value, performance.now() - started];
}

/** A linear reading of 100k characters takes milliseconds, a quadratic one seconds: 1 s is ~50 times the first, for a loaded machine. */
const QUICK_MS = 1_000;

const LONG = DEFAULT_EMAIL_LIMITS.maxChars;
/** `unit` repeated to `size` characters at most. */
const run = (unit: string, size = LONG) => unit.repeat(Math.floor(size / unit.length));

/** Ever deeper quotes, from 1 to 300 "> " levels, of a header line wrapped after its comma. */
const deeper = (() => {
  let text = '';
  for (let d = 1; text.length < LONG - 400; d = (d % 300) + 1) text += `${'>'.repeat(d)} Cc: x,\n`;
  return text;
})();

/**
 * 100k-character texts that hold no forwarded email and were read from each of their lines again
 * (header lines in every language, wrapped and quoted, rules, "<mailto:" links without an end),
 * and whether the client's words in them are all of the text, or none of it.
 */
const ADVERSARIAL: [string, string, 'all' | 'none'][] = [
  ['"Cc: x" lines', run('Cc: x\n'), 'all'],
  ['"Tema: x" lines', run('Tema: x\n'), 'all'],
  ['English header lines', run('To: x\nCc: x\nSubject: x\nSent: x\nImportance: x\n'), 'all'],
  ['Russian header lines', run('Кому: x\nКопия: x\nТема: x\nОтправлено: x\nВажность: x\n'), 'all'],
  ['Lithuanian header lines', run('Kam: x\nKopija: x\nTema: x\nIšsiųsta: x\nSvarba: x\n'), 'all'],
  [
    'Romanian header lines',
    run('Către: x\nSubiect: x\nTrimis: x\nData: x\nImportanță: x\n'),
    'all',
  ],
  ['"From" lines without an address', run('From: x\n'), 'all'],
  ['header lines wrapped after a comma', `Cc: x,\n${run('y,\n', LONG - 10)}`, 'all'],
  ['header lines wrapped onto indented lines', `Cc: x\n${run(' y\n', LONG - 10)}`, 'all'],
  ['quoted header lines', run('> Cc: x\n'), 'none'],
  ['header lines ever deeper quoted', deeper, 'none'],
  ['rules', run(`${'_'.repeat(32)}\n`), 'none'],
  ['dashed lines', run('-----\n'), 'all'],
  ['"On … wrote" lines without a colon', run('On 1, x <a@b.co> wrote\n'), 'all'],
  ['"<mailto:" links without a ">"', run('x<mailto:a|'), 'all'],
];

/** The same client email, as each mail client forwards it in each language. */
const CLIENTS = {
  en: { name: 'John Smith', address: 'john@acme.com', words: 'Ana was wonderful.' },
  ru: { name: 'Иван Петров', address: 'ivan@acme.ru', words: 'Анна молодец.' },
  lt: { name: 'Jonas Jonaitis', address: 'jonas@acme.lt', words: 'Ana buvo nuostabi.' },
  ro: { name: 'Ion Popescu', address: 'ion@acme.ro', words: 'Ana a fost minunată.' },
};
type Lang = keyof typeof CLIENTS;
const from = (lang: Lang) => `${CLIENTS[lang].name} <${CLIENTS[lang].address}>`;
const TO = 'Ana <ana@ours.com>';

/** [mail client, language, text, expected subject, expected sentAt] */
const FORWARDS: [string, Lang, string, string, string][] = [
  [
    'Gmail',
    'en',
    `Look what ACME wrote!\n\n---------- Forwarded message ---------\nFrom: ${from('en')}\nDate: Mon, Apr 26, 2021 at 3:20 PM\nSubject: Thanks\nTo: ${TO}\n\n\n${CLIENTS.en.words}\n`,
    'Thanks',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Gmail',
    'ru',
    `Смотрите!\n\n---------- Forwarded message ---------\nОт: ${from('ru')}\nDate: пн, 26 апр. 2021 г. в 15:20\nSubject: Спасибо\nTo: ${TO}\n\n\n${CLIENTS.ru.words}\n`,
    'Спасибо',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Gmail',
    'lt',
    `Žiūrėkit!\n\n---------- Forwarded message ---------\nNuo: ${from('lt')}\nDate: 2021 m. balandžio 26 d., pr 15:20\nSubject: Ačiū\nTo: ${TO}\n\n\n${CLIENTS.lt.words}\n`,
    'Ačiū',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Gmail',
    'ro',
    `Uite!\n\n---------- Forwarded message ---------\nDe la: ${from('ro')}\nDate: luni, 26 apr. 2021 la 15:20\nSubject: Mulțumesc\nTo: ${TO}\n\n\n${CLIENTS.ro.words}\n`,
    'Mulțumesc',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook desktop',
    'en',
    `FYI\n\n-----Original Message-----\nFrom: ${from('en')}\nSent: Monday, April 26, 2021 3:20 PM\nTo: ${TO}\nSubject: Thanks\n\n${CLIENTS.en.words}\n`,
    'Thanks',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook desktop',
    'ru',
    `FYI\n\n-----Исходное сообщение-----\nОт: ${from('ru')}\nОтправлено: 26 апреля 2021 г. 15:20\nКому: ${TO}\nТема: Спасибо\n\n${CLIENTS.ru.words}\n`,
    'Спасибо',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook desktop',
    'lt',
    `FYI\n\n-----Pradinis laiškas-----\nNuo: ${from('lt')}\nIšsiųsta: 2021 m. balandžio 26 d. 15:20\nKam: ${TO}\nKopija: Petras <petras@acme.lt>\nTema: Ačiū\n\n${CLIENTS.lt.words}\n`,
    'Ačiū',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook desktop',
    'ro',
    `FYI\n\n-----Mesaj original-----\nDe la: ${from('ro')}\nTrimis: luni, 26 aprilie 2021 15:20\nCătre: ${TO}\nSubiect: Mulțumesc\n\n${CLIENTS.ro.words}\n`,
    'Mulțumesc',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook on the web',
    'en',
    `FYI\n\n________________________________\nFrom: ${from('en')}\nSent: Monday, April 26, 2021 3:20 PM\nTo: ${TO}\nSubject: Thanks\n\n${CLIENTS.en.words}\n`,
    'Thanks',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook on the web',
    'ru',
    `FYI\n\n________________________________\nОт: ${from('ru')}\nОтправлено: 26 апреля 2021 г. 15:20\nКому: ${TO}\nТема: Спасибо\n\n${CLIENTS.ru.words}\n`,
    'Спасибо',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook on the web',
    'lt',
    `FYI\n\n________________________________\nNuo: ${from('lt')}\nIšsiųsta: 2021 m. balandžio 26 d. 15:20\nKam: ${TO}\nTema: Ačiū\n\n${CLIENTS.lt.words}\n`,
    'Ačiū',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Outlook on the web',
    'ro',
    `FYI\n\n________________________________\nDe la: ${from('ro')}\nTrimis: luni, 26 aprilie 2021 15:20\nCătre: ${TO}\nSubiect: Mulțumesc\n\n${CLIENTS.ro.words}\n`,
    'Mulțumesc',
    '2021-04-26T15:20:00.000Z',
  ],
  [
    'Apple Mail',
    'en',
    `See below\n\nBegin forwarded message:\n\nFrom: ${from('en')}\nSubject: Thanks\nDate: April 26, 2021 at 3:20:00 PM GMT+3\nTo: ${TO}\n\n${CLIENTS.en.words}\n`,
    'Thanks',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Apple Mail',
    'ru',
    `См.\n\nНачало переадресованного сообщения:\n\nОт кого: ${from('ru')}\nТема: Спасибо\nДата: 26 апреля 2021 г., в 15:20:00 GMT+3\nКому: ${TO}\n\n${CLIENTS.ru.words}\n`,
    'Спасибо',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Apple Mail',
    'lt',
    `Žr.\n\nPradžia persiųsto laiško:\n\nNuo: ${from('lt')}\nTema: Ačiū\nData: 2021 m. balandžio 26 d. 15:20:00 EEST\nKam: ${TO}\n\n${CLIENTS.lt.words}\n`,
    'Ačiū',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Apple Mail',
    'ro',
    `Vezi\n\nÎncepe mesajul redirecționat:\n\nExpeditorul: ${from('ro')}\nSubiectul: Mulțumesc\nData: 26 aprilie 2021, 15:20:00 EEST\nDestinatarul: ${TO}\n\n${CLIENTS.ro.words}\n`,
    'Mulțumesc',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Thunderbird',
    'en',
    `Note\n\n-------- Forwarded Message --------\nSubject: \tThanks\nDate: \tMon, 26 Apr 2021 15:20:00 +0300\nFrom: \t${from('en')}\nTo: \t${TO}\n\n\n\n${CLIENTS.en.words}\n`,
    'Thanks',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Thunderbird',
    'ru',
    `Note\n\n-------- Перенаправленное сообщение --------\nТема: \tСпасибо\nДата: \tMon, 26 Apr 2021 15:20:00 +0300\nОт: \t${from('ru')}\nКому: \t${TO}\n\n\n\n${CLIENTS.ru.words}\n`,
    'Спасибо',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Thunderbird',
    'lt',
    `Note\n\n-------- Persiųstas laiškas --------\nTema: \tAčiū\nData: \tMon, 26 Apr 2021 15:20:00 +0300\nNuo: \t${from('lt')}\nKam: \t${TO}\n\n\n\n${CLIENTS.lt.words}\n`,
    'Ačiū',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Thunderbird',
    'ro',
    `Note\n\n-------- Mesaj redirecționat --------\nSubiect: \tMulțumesc\nData: \tMon, 26 Apr 2021 15:20:00 +0300\nDe la: \t${from('ro')}\nCătre: \t${TO}\n\n\n\n${CLIENTS.ro.words}\n`,
    'Mulțumesc',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Yahoo',
    'en',
    `Note\n\n----- Forwarded Message -----\nFrom: ${from('en')}\nTo: ${TO}\nSent: Monday, April 26, 2021, 03:20:00 PM GMT+3\nSubject: Thanks\n\n${CLIENTS.en.words}\n`,
    'Thanks',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Yahoo',
    'ru',
    `Note\n\n----- Пересылаемое сообщение -----\nОт: ${from('ru')}\nКому: ${TO}\nОтправлено: понедельник, 26 апреля 2021 г., 15:20:00 GMT+3\nТема: Спасибо\n\n${CLIENTS.ru.words}\n`,
    'Спасибо',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Yahoo',
    'lt',
    `Note\n\n----- Persiųstas laiškas -----\nNuo: ${from('lt')}\nKam: ${TO}\nIšsiųsta: pirmadienis, 2021 m. balandžio 26 d. 15:20:00 EEST\nTema: Ačiū\n\n${CLIENTS.lt.words}\n`,
    'Ačiū',
    '2021-04-26T12:20:00.000Z',
  ],
  [
    'Yahoo',
    'ro',
    `Note\n\n----- Mesaj redirecționat -----\nDe la: ${from('ro')}\nCătre: ${TO}\nTrimis: luni, 26 aprilie 2021, 15:20:00 EEST\nSubiect: Mulțumesc\n\n${CLIENTS.ro.words}\n`,
    'Mulțumesc',
    '2021-04-26T12:20:00.000Z',
  ],
];

describe('readPastedForward', () => {
  test.each(FORWARDS)('%s (%s)', (_client, lang, text, subject, sentAt) => {
    const read = email(readPastedForward(text));
    const client = CLIENTS[lang];
    expect(read.from).toEqual({
      name: client.name,
      address: client.address,
      domain: client.address.split('@')[1],
    });
    expect(read.to).toEqual([{ name: 'Ana', address: 'ana@ours.com' }]);
    expect(read.subject).toBe(subject);
    expect(read.sentAt?.toISOString()).toBe(sentAt);
    expect(read.words).toBe(client.words);
    expect(read.note).toBe(text.split('\n')[0]);
    expect(read.source).toBe('pasted');
    expect(read.messageId).toBeUndefined();
  });

  test('keeps the date as written and the Cc list', () => {
    const read = email(readPastedForward(FORWARDS[6]![2]));
    expect(read.date).toBe('2021 m. balandžio 26 d. 15:20');
    expect(read.cc).toEqual([{ name: 'Petras', address: 'petras@acme.lt' }]);
  });

  test("takes the address from Slack's <mailto:…|…> links and keeps the note verbatim", () => {
    const text = [
      '<@U024BE7LH> this one is for you :tada:',
      '---------- Forwarded message ---------',
      'From: John Smith &lt;<mailto:john@acme.com|john@acme.com>&gt;',
      'Date: Mon, Apr 26, 2021 at 3:20 PM',
      'Subject: Thanks',
      'To: <mailto:ana@ours.com|ana@ours.com>, Bob <bob@ours.com>',
      '',
      'Ana was great. Write to me at <mailto:john@acme.com|john@acme.com>.',
    ].join('\n');
    const read = email(readPastedForward(slackPastedText(text)));
    expect(read.from).toEqual({ name: 'John Smith', address: 'john@acme.com', domain: 'acme.com' });
    expect(read.to).toEqual([
      { address: 'ana@ours.com' },
      { name: 'Bob', address: 'bob@ours.com' },
    ]);
    expect(read.note).toBe('<@U024BE7LH> this one is for you :tada:');
    expect(read.words).toBe('Ana was great. Write to me at john@acme.com.');
  });

  test('reads a bare <address> and a From line with only an address', () => {
    const read = email(
      readPastedForward(
        '---------- Forwarded message ---------\nFrom: <John.Smith@ACME.com>\nSubject: Hi\n\nThanks!',
      ),
    );
    expect(read.from).toEqual({ address: 'john.smith@acme.com', domain: 'acme.com' });
  });

  test('reads a pasted email that has only its From line', () => {
    const read = email(readPastedForward('From: John Smith <john@acme.com>\n\nAna was great.'));
    expect(read.from).toEqual({ name: 'John Smith', address: 'john@acme.com', domain: 'acme.com' });
    expect(read.words).toBe('Ana was great.');
    expect(readPastedForward('From: our team\n\nAna was great.')).toEqual({
      ok: false,
      problem: 'notForward',
    });
  });

  test('reads a forward pasted as a Slack quote', () => {
    const text = [
      '> ---------- Forwarded message ---------',
      '> From: John Smith <john@acme.com>',
      '> Date: Mon, Apr 26, 2021 at 3:20 PM',
      '> Subject: Thanks',
      '>',
      '> Ana was great.',
      '> > an older quote',
    ].join('\n');
    const read = email(readPastedForward(text));
    expect(read.from?.address).toBe('john@acme.com');
    expect(read.words).toBe('Ana was great.');
    expect(read.note).toBeUndefined();
  });

  test('reads an "On … wrote:" quote as the client speaking', () => {
    const text = [
      'see what John said',
      '',
      'On Mon, Apr 26, 2021 at 3:20 PM John Smith <john@acme.com> wrote:',
      '> Ana was great.',
      '> Really.',
    ].join('\n');
    const read = email(readPastedForward(slackPastedText(text)));
    expect(read.from).toEqual({ name: 'John Smith', address: 'john@acme.com', domain: 'acme.com' });
    expect(read.date).toBe('Mon, Apr 26, 2021 at 3:20 PM');
    expect(read.words).toBe('Ana was great.\nReally.');
    expect(read.note).toBe('see what John said');
  });

  test("reads Outlook 2019's 'On …, \"Name\" <address> wrote:' separator", () => {
    const read = email(
      readPastedForward(
        'fyi\n\nOn 26/04/2021, 15:20, "John Smith" <john@acme.com> wrote:\n\nGreat!',
      ),
    );
    expect(read.from?.name).toBe('John Smith');
    expect(read.sentAt?.toISOString()).toBe('2021-04-26T15:20:00.000Z');
    expect(read.words).toBe('Great!');
  });

  test('reads Yandex and Mail.ru forwards, up to the end of the forwarded message', () => {
    const yandex = [
      '-------- Пересылаемое сообщение --------',
      '26.04.2021, 15:20, "Иван Петров" <ivan@acme.ru>:',
      '',
      'Анна молодец!',
      '',
      '-------- Конец пересылаемого сообщения --------',
      '',
      'Это уже не от клиента',
    ].join('\n');
    const read = email(readPastedForward(yandex));
    expect(read.from).toEqual({ name: 'Иван Петров', address: 'ivan@acme.ru', domain: 'acme.ru' });
    expect(read.sentAt?.toISOString()).toBe('2021-04-26T15:20:00.000Z');
    expect(read.words).toBe('Анна молодец!');

    const mailRu = [
      '-------- Пересылаемое сообщение --------',
      'От кого: Иван Петров <ivan@acme.ru>',
      'Кому: Анна <anna@ours.com>',
      'Дата: Понедельник, 26 апреля 2021, 15:20 +03:00',
      'Тема: Спасибо',
      '',
      'Анна молодец!',
    ].join('\n');
    const mail = email(readPastedForward(mailRu));
    expect(mail.from?.address).toBe('ivan@acme.ru');
    expect(mail.sentAt?.toISOString()).toBe('2021-04-26T12:20:00.000Z');
  });

  test('reads forwards in other languages through email-forward-parser', () => {
    const german = email(
      readPastedForward(
        'Schau mal\n\nAnfang der weitergeleiteten Nachricht:\n\nVon: Klaus Meyer <klaus@firma.de>\nBetreff: Danke\nDatum: 26. April 2021 um 15:20:00 MESZ\nAn: Ana <ana@ours.com>\n\nAna war großartig.\n',
      ),
    );
    expect(german.from).toEqual({
      name: 'Klaus Meyer',
      address: 'klaus@firma.de',
      domain: 'firma.de',
    });
    expect(german.subject).toBe('Danke');
    expect(german.words).toBe('Ana war großartig.');
    expect(german.note).toBe('Schau mal');

    const french = email(
      readPastedForward(
        'Voir\n\n-------- Message transféré --------\nSujet : Merci\nDate : Mon, 26 Apr 2021 15:20:00 +0200\nDe : Claire Martin <claire@societe.fr>\nPour : Ana <ana@ours.com>\n\nAna a été formidable.\n',
      ),
    );
    expect(french.from?.address).toBe('claire@societe.fr');
    expect(french.sentAt?.toISOString()).toBe('2021-04-26T13:20:00.000Z');
    expect(french.words).toBe('Ana a été formidable.');
  });

  test('strips the quoted history and the signature from the words', () => {
    const text = [
      'FYI',
      '---------- Forwarded message ---------',
      'From: John Smith <john@acme.com>',
      'Subject: Re: Renewal',
      '',
      'Ana rescued our renewal.',
      '',
      'Best regards,',
      'John Smith',
      'ACME Ltd | +1 555 0100',
      '',
      'On Fri, Apr 23, 2021 at 9:00 AM Ana <ana@ours.com> wrote:',
      '> Hi John, the renewal is done.',
    ].join('\n');
    expect(email(readPastedForward(text)).words).toBe('Ana rescued our renewal.');
  });

  test.each([
    ['empty', ''],
    ['whitespace', '  \n\t \n'],
  ])("'empty' for %s text", (_name, text) => {
    expect(readPastedForward(text)).toEqual({ ok: false, problem: 'empty' });
  });

  test("'notForward' for text that holds no forwarded email", () => {
    expect(readPastedForward('Ana was great today, thanks!')).toEqual({
      ok: false,
      problem: 'notForward',
    });
  });

  test("'noSender' for a forward separator without a From line", () => {
    const text =
      '---------- Forwarded message ---------\nDate: Mon, Apr 26, 2021\nSubject: Hi\n\nThanks!';
    expect(readPastedForward(text)).toEqual({ ok: false, problem: 'noSender' });
    expect(readPastedForward('-----Pradinis laiškas-----\n\nAčiū!')).toEqual({
      ok: false,
      problem: 'noSender',
    });
  });

  test("'empty' for a forward with nothing from the client", () => {
    const text =
      '---------- Forwarded message ---------\nFrom: a@b.com\nSubject: Hi\n\nSent from my iPhone';
    expect(readPastedForward(text)).toEqual({ ok: false, problem: 'empty' });
  });

  test("'tooLarge' above maxChars, before reading: 5 MB, and a small custom limit", () => {
    const huge = `---------- Forwarded message ---------\nFrom: a@b.com\n\n${'x'.repeat(5_000_000)}`;
    expect(readPastedForward(huge)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(readPastedForward('x'.repeat(11), { maxBytes: 100, maxChars: 10 })).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
  });

  const notForward: ReadEmail = { ok: false, problem: 'notForward' };
  const empty: ReadEmail = { ok: false, problem: 'empty' };
  test.each<[string, string, ReadEmail]>([
    ['spaces', `From: a@b.com\n${' '.repeat(99_000)}x`, empty],
    ['blank lines', `x${'\n'.repeat(99_000)}`, notForward],
    [
      'blank lines in a forward',
      `---------- Forwarded message ---------\nFrom: a <a@b.co>\nTo: c\n${'\n \n'.repeat(33_000)}y`,
      {
        ok: true,
        email: {
          from: { name: 'a', address: 'a@b.co', domain: 'b.co' },
          to: [{ name: 'c' }],
          cc: [],
          words: 'y',
          source: 'pasted',
        },
      },
    ],
    [
      'one long header',
      `---------- Forwarded message ---------\nFrom: ${'a@'.repeat(49_000)}`,
      empty,
    ],
    ['"wrote" lines', 'On 1, x <a@b.co> wrote:\n'.repeat(4_000), empty],
    ['"wrote" lines over two lines', run('On 1, x\n<a@b.co> wrote:\n'), empty],
    ['foreign separators', '--- Weitergeleitete Nachricht ---\nVon: x\n'.repeat(2_400), notForward],
    ['quote marks', '> '.repeat(49_000), notForward],
    ...ADVERSARIAL.map(([name, text]): [string, string, ReadEmail] => [name, text, notForward]),
  ])('a 100k-character text of %s is read, in under a second', (_name, text, expected) => {
    expect(text.length).toBeLessThanOrEqual(LONG);
    const [read, ms] = timed(() => readPastedForward(text));
    expect(read).toEqual(expected);
    expect(ms).toBeLessThan(QUICK_MS);
  });

  test('a 40k-character Slack message of header lines is read in under a second', () => {
    for (const line of ['Cc: x\n', 'Tema: x\n', '> Кому: x\n']) {
      const [read, ms] = timed(() => readPastedForward(run(line, 40_000)));
      expect(read).toEqual(notForward);
      expect(ms).toBeLessThan(QUICK_MS);
    }
  });

  test('a sender may follow the other headers, and a sender alone needs an address', () => {
    const text = 'Cc: a@b.com\nTo: c@d.com\nFrom: John <john@acme.com>\nSubject: Hi\n\nThanks!';
    const read = email(readPastedForward(text));
    expect(read.from).toEqual({ name: 'John', address: 'john@acme.com', domain: 'acme.com' });
    expect(read.cc).toEqual([{ address: 'a@b.com' }]);
    expect(read.words).toBe('Thanks!');
    // "From: John" alone is no block; the "From" line with an address below it is.
    const second = email(readPastedForward('From: John\nFrom: john@acme.com\n\nThanks!'));
    expect(second.from).toEqual({ address: 'john@acme.com', domain: 'acme.com' });
    expect(second.note).toBe('From: John');
    expect(second.words).toBe('Thanks!');
  });

  test('a header block stays at one quote depth', () => {
    const text = '> Cc: x\nFrom: John <john@acme.com>\nSubject: Hi\n\nThanks!';
    const read = email(readPastedForward(text));
    expect(read.from?.address).toBe('john@acme.com');
    expect(read.cc).toEqual([]);
    expect(read.note).toBe('> Cc: x');
  });
});

describe('readEmailFields', () => {
  test('a forwarded email: the client is the forwarded sender, the outer text the note', () => {
    const read = email(
      readEmailFields({
        subject: 'Fwd: Thanks',
        from: [{ name: 'Ana', address: 'ana@ours.com' }],
        to: [{ address: 'kudos@ours.com' }],
        plainText: FORWARDS[0]![2],
        date: 'Tue, 27 Apr 2021 09:00:00 +0000',
        messageId: '<outer@ours.com>',
      }),
    );
    expect(read.from).toEqual({ name: 'John Smith', address: 'john@acme.com', domain: 'acme.com' });
    expect(read.note).toBe('Look what ACME wrote!');
    expect(read.words).toBe('Ana was wonderful.');
    expect(read.sentAt?.toISOString()).toBe('2021-04-26T15:20:00.000Z');
    expect(read.messageId).toBeUndefined();
    expect(read.source).toBe('email-file');
  });

  test("the client's own email: its own sender, date and Message-ID", () => {
    const read = email(
      readEmailFields({
        subject: 'RE: Order 42',
        from: [{ name: 'John Smith', address: 'John@ACME.com' }],
        to: [{ name: 'Ana', address: 'ana@ours.com' }],
        cc: [{ address: 'boss@acme.com' }],
        plainText: [
          'Ana sorted it, thanks!',
          '',
          'From: Ana <ana@ours.com>',
          'Sent: Monday, April 26, 2021 3:20 PM',
          'To: John Smith <john@acme.com>',
          'Subject: Order 42',
          '',
          'Hi John, done.',
        ].join('\n'),
        date: 'Mon, 26 Apr 2021 16:00:00 +0200',
        messageId: '<m1@acme.com>',
      }),
    );
    expect(read.from).toEqual({ name: 'John Smith', address: 'john@acme.com', domain: 'acme.com' });
    expect(read.to).toEqual([{ name: 'Ana', address: 'ana@ours.com' }]);
    expect(read.cc).toEqual([{ address: 'boss@acme.com' }]);
    expect(read.subject).toBe('RE: Order 42');
    expect(read.date).toBe('Mon, 26 Apr 2021 16:00:00 +0200');
    expect(read.sentAt?.toISOString()).toBe('2021-04-26T14:00:00.000Z');
    expect(read.messageId).toBe('m1@acme.com');
    expect(read.words).toBe('Ana sorted it, thanks!');
    expect(read.note).toBeUndefined();
  });

  test('an Outlook header block without a separator is a forward only under a forward subject', () => {
    const plainText =
      'fyi\n\nFrom: John Smith <john@acme.com>\nSent: Monday, April 26, 2021 3:20 PM\nTo: Ana <ana@ours.com>\nSubject: Order 42\n\nAna sorted it!';
    const ana = [{ name: 'Ana', address: 'ana@ours.com' }];
    const forwarded = email(readEmailFields({ subject: 'FW: Order 42', from: ana, plainText }));
    expect(forwarded.from?.address).toBe('john@acme.com');
    expect(forwarded.words).toBe('Ana sorted it!');
    expect(forwarded.note).toBe('fyi');
    const own = email(readEmailFields({ subject: 'Order 42', from: ana, plainText }));
    expect(own.from?.address).toBe('ana@ours.com');
    expect(own.words).toBe('fyi');
  });

  test('uses the HTML only when there is no plain text', () => {
    const read = email(
      readEmailFields({
        subject: 'Thanks',
        from: [{ name: 'Maria Ionescu', address: 'maria@client.ro' }],
        html: '<div>Mulțumesc, Ana!</div><style>div{}</style><div>Cu stimă,<br>Maria<br>0721 000 000</div>',
      }),
    );
    expect(read.words).toBe('Mulțumesc, Ana!');
    expect(read.from?.domain).toBe('client.ro');
  });

  const cases: [string, Parameters<typeof readEmailFields>[0], EmailProblem][] = [
    ['nothing: empty', {}, 'empty'],
    ['whitespace: empty', { plainText: ' \n ', from: [{ address: 'a@b.com' }] }, 'empty'],
    ['no sender: noSender', { subject: 'Hi', plainText: 'Thanks!' }, 'noSender'],
    [
      'a 5 MB body: tooLarge',
      { from: [{ address: 'a@b.com' }], plainText: 'x'.repeat(5_000_000) },
      'tooLarge',
    ],
    [
      'a 5 MB HTML body: tooLarge',
      { from: [{ address: 'a@b.com' }], html: 'x'.repeat(5_000_000) },
      'tooLarge',
    ],
    [
      'a forward without its sender: noSender',
      {
        subject: 'Fwd: x',
        from: [{ address: 'ana@ours.com' }],
        plainText: '-----Original Message-----\nSubject: x\n\nHi',
      },
      'noSender',
    ],
  ];
  test.each(cases)('%s', (_name, fields, problem) => {
    expect(readEmailFields(fields)).toEqual({ ok: false, problem });
  });

  test.each(ADVERSARIAL)(
    'a 100k-character body of %s is read in under a second',
    (_name, plainText, words) => {
      const [read, ms] = timed(() =>
        readEmailFields({ subject: 'Hi', from: [{ address: 'a@b.co' }], plainText }),
      );
      if (words === 'all') expect(email(read).words).toBe(plainText.trim());
      else expect(read).toEqual({ ok: false, problem: 'empty' });
      expect(ms).toBeLessThan(QUICK_MS);
    },
  );

  test('keeps a name with a comma whole, with its address', () => {
    const read = email(
      readEmailFields({
        from: [{ name: 'Smith, John', address: 'John@ACME.com' }],
        to: [{ name: '"Lopez, Ana"', address: 'ana@ours.com' }, { name: 'Bob' }],
        plainText: 'Thanks!',
      }),
    );
    expect(read.from).toEqual({
      name: 'Smith, John',
      address: 'john@acme.com',
      domain: 'acme.com',
    });
    expect(read.to).toEqual([{ name: 'Lopez, Ana', address: 'ana@ours.com' }, { name: 'Bob' }]);
  });

  test.each([
    ['spaces', `x${' '.repeat(LONG)}x`],
    ['quotes', `x${'"'.repeat(LONG)}x`],
    ['commas', `x${', '.repeat(LONG / 2)}x`],
    ['"<mailto:" links', run('x<mailto:a')],
  ])('a 100k-character name of %s is read in under a second', (_name, name) => {
    const [read, ms] = timed(() =>
      readEmailFields({ from: [{ name, address: 'a@b.co' }], plainText: 'Thanks!' }),
    );
    expect(email(read).from?.address).toBe('a@b.co');
    expect(ms).toBeLessThan(QUICK_MS);
  });

  test('a 100k-character address of dots is read in under a second', () => {
    const address = `a@${'b.'.repeat(LONG / 2)}@`;
    const [read, ms] = timed(() => readEmailFields({ from: [{ address }], plainText: 'Thanks!' }));
    expect(read).toEqual({ ok: false, problem: 'noSender' });
    expect(ms).toBeLessThan(QUICK_MS);
  });

  test('a 100k-character HTML body is read', () => {
    const html = `<div>${'<b>Ana</b> &amp; <i>team</i> '.repeat(3_300)}</div>`;
    expect(html.length).toBeLessThan(DEFAULT_EMAIL_LIMITS.maxChars);
    expect(email(readEmailFields({ from: [{ address: 'a@b.com' }], html })).words).toMatch(
      /^Ana & team/,
    );
  });
});

describe('readEml', () => {
  test('a Gmail forward (multipart, quoted-printable): the client, the note, the words', async () => {
    const read = email(await readEml(fixture('gmail-forward-en.eml')));
    expect(read.from).toEqual({
      name: 'Helen Price',
      address: 'helen.price@northwayfoods.com',
      domain: 'northwayfoods.com',
    });
    expect(read.to).toEqual([{ name: 'Ana Lopez', address: 'ana@frontline.example' }]);
    expect(read.cc).toEqual([{ name: 'Ops Team', address: 'ops@northwayfoods.com' }]);
    expect(read.subject).toBe('Thank you!');
    expect(read.sentAt?.toISOString()).toBe('2026-11-16T10:12:00.000Z');
    expect(read.note).toBe('Look at this one, Ana! 🙌');
    expect(read.words).toBe(
      'Hi team,\n\nI just wanted to say a huge thank you to Ana on your support desk. Our scanner integration broke at 6am and she stayed on the call until it was fixed.',
    );
    expect(read.source).toBe('eml');
  });

  test('an Outlook forward in windows-1251 (Russian)', async () => {
    const read = email(await readEml(fixture('outlook-forward-ru-windows-1251.eml')));
    expect(read.from).toEqual({
      name: 'Иван Петров',
      address: 'ivan.petrov@acme.ru',
      domain: 'acme.ru',
    });
    expect(read.subject).toBe('Спасибо за помощь');
    expect(read.date).toBe('понедельник, 16 ноября 2026 г. 10:12');
    expect(read.sentAt?.toISOString()).toBe('2026-11-16T10:12:00.000Z');
    expect(read.words).toBe('Анна, огромное спасибо за терпение и быструю помощь с отчётами!');
    expect(read.note).toBe('Коллеги, смотрите, какой отзыв пришёл!');
  });

  test("a client's own email in windows-1257 (Lithuanian), with reply history", async () => {
    const read = email(await readEml(fixture('client-lt-windows-1257.eml')));
    expect(read.from).toEqual({
      name: 'Jonas Jonaitis',
      address: 'jonas@pavyzdys.lt',
      domain: 'pavyzdys.lt',
    });
    expect(read.subject).toBe('Ačiū už pagalbą');
    expect(read.messageId).toBe('20261116101200.4711@pavyzdys.lt');
    expect(read.date).toBe('Mon, 16 Nov 2026 10:12:00 +0200');
    expect(read.sentAt?.toISOString()).toBe('2026-11-16T08:12:00.000Z');
    expect(read.words).toBe(
      'Laba diena, Ana,\n\nnuoširdžiai dėkoju už greitą pagalbą – sąskaitos vėl siunčiamos laiku.',
    );
    expect(read.note).toBeUndefined();
  });

  test('an HTML-only Outlook on the web forward (Romanian, base64)', async () => {
    const read = email(await readEml(fixture('outlook-web-forward-ro-html-only.eml')));
    expect(read.from).toEqual({
      name: 'Ion Popescu',
      address: 'ion.popescu@client.ro',
      domain: 'client.ro',
    });
    expect(read.subject).toBe('Mulțumiri');
    expect(read.sentAt?.toISOString()).toBe('2026-11-16T10:12:00.000Z');
    expect(read.words).toBe('Bună ziua,\nVă mulțumesc pentru ajutorul rapid & răbdarea de ieri.');
    expect(read.note).toBe('Vezi mai jos – un client mulțumit.');
  });

  test('an HTML-only Apple Mail forward inside a quote (Lithuanian)', async () => {
    const read = email(await readEml(fixture('apple-forward-lt-html-only.eml')));
    expect(read.from).toEqual({
      name: 'Rūta Kazlauskienė',
      address: 'ruta@klientas.lt',
      domain: 'klientas.lt',
    });
    expect(read.subject).toBe('Padėka');
    expect(read.sentAt?.toISOString()).toBe('2026-11-16T08:12:00.000Z');
    expect(read.words).toBe('Ana mums labai padėjo, ačiū!');
    expect(read.note).toBe('Žiūrėkit, kaip gražiai parašė.');
  });

  test("Outlook's forward as attachment: the attached email is the client's", async () => {
    const read = email(await readEml(fixture('forward-as-attachment.eml')));
    expect(read.from).toEqual({
      name: 'Mark Rude',
      address: 'mark@badcorp.example',
      domain: 'badcorp.example',
    });
    expect(read.messageId).toBe('rude-0001@badcorp.example');
    expect(read.subject).toBe('Your service');
    expect(read.words).toBe('You are all useless and I will make sure everyone knows it.');
    expect(read.note).toBe('This one was rude to Maria again.');
  });

  test('reads bytes made in another realm (a Uint8Array from another context)', async () => {
    const make = vm.runInNewContext('(bytes) => new Uint8Array(bytes)') as (
      b: number[],
    ) => Uint8Array;
    const bytes = make([...fixture('client-lt-windows-1257.eml')]);
    expect(bytes instanceof Uint8Array).toBe(false);
    expect(email(await readEml(bytes)).from?.address).toBe('jonas@pavyzdys.lt');
  });

  test('keeps a name with a comma whole, with its address', async () => {
    const eml = Buffer.from(
      'From: "Smith, John" <john@acme.com>\r\nTo: "Lopez, Ana" <ana@ours.com>, Bob <bob@ours.com>\r\n' +
        'Subject: Thanks\r\n\r\nAna was wonderful.\r\n',
    );
    const read = email(await readEml(eml));
    expect(read.from).toEqual({
      name: 'Smith, John',
      address: 'john@acme.com',
      domain: 'acme.com',
    });
    expect(read.to).toEqual([
      { name: 'Lopez, Ana', address: 'ana@ours.com' },
      { name: 'Bob', address: 'bob@ours.com' },
    ]);
  });

  test('an unknown charset does not throw', async () => {
    const read = email(await readEml(fixture('unknown-charset.eml')));
    expect(read.from?.address).toBe('client@example.com');
    expect(read.words).toMatch(/^Thank you, Ana .* great work\.$/);
  });

  test("'unreadable' for broken MIME and random bytes", async () => {
    expect(await readEml(fixture('broken-mime.eml'))).toEqual({ ok: false, problem: 'unreadable' });
    for (let i = 0; i < 5; i++) {
      expect(await readEml(randomBytes(20_000))).toEqual({ ok: false, problem: 'unreadable' });
    }
  });

  test("'empty', 'tooLarge' (checked before parsing) and 'noSender'", async () => {
    expect(await readEml(new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(await readEml(Buffer.from(' \r\n\r\n '))).toEqual({ ok: false, problem: 'empty' });
    expect(await readEml(new Uint8Array(5 * 1024 * 1024))).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
    const big = fixture('gmail-forward-en.eml');
    expect(await readEml(big, { maxBytes: big.length - 1, maxChars: 100_000 })).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
    expect(await readEml(Buffer.from('Subject: Hi\r\n\r\nThanks, Ana!\r\n'))).toEqual({
      ok: false,
      problem: 'noSender',
    });
    expect(await readEml(Buffer.from('From: a@b.com\r\nSubject: Hi\r\n\r\n'))).toEqual({
      ok: false,
      problem: 'empty',
    });
  });
});

describe('sentAt', () => {
  const sentAt = (date: string) =>
    email(readPastedForward(`-----Original Message-----\nFrom: a@b.com\nDate: ${date}\n\nHi`))
      .sentAt;

  test.each([
    ['Mon, 26 Apr 2021 15:20:00 +0300', '2021-04-26T12:20:00.000Z'],
    ['26 Apr 2021 15:20 GMT', '2021-04-26T15:20:00.000Z'],
    ['Mon, Apr 26, 2021 at 3:20 PM', '2021-04-26T15:20:00.000Z'],
    ['Mon, Apr 26, 2021 at 12:05 AM', '2021-04-26T00:05:00.000Z'],
    ['26 апр. 2021 г., в 15:20', '2021-04-26T15:20:00.000Z'],
    ['пн, 3 мая 2021 г. в 09:05', '2021-05-03T09:05:00.000Z'],
    ['26.04.2021 15:20', '2021-04-26T15:20:00.000Z'],
    ['2021 m. balandžio 26 d. 15:20', '2021-04-26T15:20:00.000Z'],
    ['2021-04-26, pr, 15:20', '2021-04-26T15:20:00.000Z'],
    ['luni, 26 apr. 2021 la 15:20', '2021-04-26T15:20:00.000Z'],
    ['marți, 27 apr. 2021 la 15:20', '2021-04-27T15:20:00.000Z'],
    ['26 aprilie 2021, 15:20:00 EEST', '2021-04-26T12:20:00.000Z'],
    ['April 26, 2021 at 3:20:00 PM GMT+3', '2021-04-26T12:20:00.000Z'],
    ['Monday, April 26, 2021 3:20 PM', '2021-04-26T15:20:00.000Z'],
    ['4/26/2021 3:20 PM', '2021-04-26T15:20:00.000Z'],
  ])('%s', (date, iso) => {
    expect(sentAt(date)?.toISOString()).toBe(iso);
  });

  test.each([
    ['yesterday'],
    ['31 апреля 2021'],
    ['5/6/2021 10:00'],
    ['Mon, 99 Foo 2021 25:99'],
    ['2021'],
  ])('undefined (never an Invalid Date) for %s', (date) => {
    expect(sentAt(date)).toBeUndefined();
  });
});

describe('emailKey', () => {
  const gmail = FORWARDS[0]![2];
  const outlook = FORWARDS[4]![2];

  test('is the Message-ID when known', async () => {
    const read = email(await readEml(fixture('client-lt-windows-1257.eml')));
    expect(emailKey(read)).toBe('20261116101200.4711@pavyzdys.lt');
  });

  test('is a sha256 of sender, date and words otherwise, whoever forwards it and how', () => {
    const first = email(readPastedForward(gmail));
    const again = email(
      readPastedForward(gmail.replace('Look what ACME wrote!', '<@U1> see this')),
    );
    const viaOutlook = email(readPastedForward(outlook));
    expect(emailKey(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(emailKey(again)).toBe(emailKey(first));
    expect(emailKey(viaOutlook)).toBe(emailKey(first));
  });

  test('differs when the words, the sender or the date differ', () => {
    const key = emailKey(email(readPastedForward(gmail)));
    expect(emailKey(email(readPastedForward(gmail.replace('wonderful', 'great'))))).not.toBe(key);
    expect(emailKey(email(readPastedForward(gmail.replace('john@', 'jane@'))))).not.toBe(key);
    expect(emailKey(email(readPastedForward(gmail.replace('3:20 PM', '3:21 PM'))))).not.toBe(key);
  });
});

describe('a forward of a forward', () => {
  test('is followed to the client, keeping the outermost note', () => {
    const text = [
      'For the kudos wall, please',
      '',
      '---------- Forwarded message ---------',
      'From: Maria Ionescu <maria@example.com>',
      'Date: Tue, Nov 17, 2026 at 9:00 AM',
      'Subject: Fwd: Thank you',
      'To: Gia <gia@example.com>',
      '',
      '---------- Forwarded message ---------',
      'From: John Smith <john@acme-logistics.com>',
      'Date: Mon, Nov 16, 2026 at 10:12 AM',
      'Subject: Thank you',
      'To: Ana <ana@example.com>',
      '',
      'Ana saved our launch, thank you so much.',
    ].join('\n');
    const read = readPastedForward(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.email.from).toEqual({
      name: 'John Smith',
      address: 'john@acme-logistics.com',
      domain: 'acme-logistics.com',
    });
    expect(read.email.to).toEqual([{ name: 'Ana', address: 'ana@example.com' }]);
    expect(read.email.words).toBe('Ana saved our launch, thank you so much.');
    expect(read.email.note).toBe('For the kudos wall, please');
  });

  test('with nothing inside at all is still empty', () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Maria <maria@example.com>\n' +
      'Subject: Fwd: x\nTo: Gia <gia@example.com>\n\n' +
      '---------- Forwarded message ---------\nFrom: John <john@acme.com>\nSubject: x\nTo: Ana <ana@example.com>\n\n';
    expect(readPastedForward(text)).toEqual({ ok: false, problem: 'empty' });
  });
});
