import { slackPastedText } from '../../../src/slack/kit/text';
import {
  clientWords,
  decodeEntities,
  htmlToText,
} from '../../../src/core/forwarded-email/client-words';

const lines = (...text: string[]) => text.join('\n');

/** `unit` repeated to `size` characters at most. */
const run = (unit: string, size = 100_000) => unit.repeat(Math.floor(size / unit.length));

/** A linear reading of 100k characters takes milliseconds, a quadratic one seconds: 1 s is ~50 times the first, for a loaded machine. */
const QUICK_MS = 1_000;

describe('clientWords: quoted history', () => {
  test.each([
    ['Gmail (en)', 'On Mon, Apr 26, 2021 at 3:20 PM Ana Lopez <ana@ours.com> wrote:'],
    ['Gmail (ru)', 'пн, 26 апр. 2021 г. в 15:20, Анна <anna@ours.com>:'],
    ['Gmail (ro)', 'În lun., 26 apr. 2021 la 15:20, Ana <ana@ours.com> a scris:'],
    ['Gmail (lt)', '2021-04-26, pr, 15:20, Ana <ana@ours.com> rašė:'],
    [
      'Outlook 2019 (ru)',
      '26 апреля 2021 г., в 15:20, пользователь "Анна" <anna@ours.com> написал:',
    ],
    ['Thunderbird (en), no address', 'On 26.04.2021 15:20, Ana Lopez wrote:'],
    ['Mail.ru, no address', '26.04.2021 15:20, Анна пишет:'],
    ['Thunderbird (ru)', '26.04.2021 15:20, Анна написал(а):'],
  ])('cuts at the "wrote" line: %s', (_client, trailer) => {
    const body = lines(
      'Thank you, the order arrived.',
      '',
      trailer,
      '> Hi, it is on its way.',
      '> Ana',
    );
    expect(clientWords(body)).toBe('Thank you, the order arrived.');
  });

  test('cuts at a "wrote" line wrapped over two lines, keeping the line above it', () => {
    const body = lines(
      'Thanks, Ana was great 2 days ago',
      'On Mon, Apr 26, 2021 at 3:20 PM Ana Lopez <',
      'ana@ours.com> wrote:',
      '> Hi',
    );
    expect(clientWords(body)).toBe('Thanks, Ana was great 2 days ago');
  });

  test.each([
    [
      'an Outlook header block',
      'From: Ana <ana@ours.com>\nSent: Monday, April 26, 2021 3:20 PM\nTo: John',
    ],
    [
      'a Lithuanian header block',
      'Nuo: Ana <ana@ours.com>\nIšsiųsta: 2021 m. balandžio 26 d.\nKam: Jonas',
    ],
    ['an Outlook separator', '-----Original Message-----\nFrom: Ana'],
    ['a Russian Outlook separator', '-----Исходное сообщение-----'],
    ['an Outlook on the web rule', '________________________________\nDe la: Ana'],
    ['a nested forward', '---------- Forwarded message ---------\nFrom: Ana <ana@ours.com>'],
    ['a Lithuanian forward', '-------- Persiųstas laiškas --------'],
  ])('cuts at %s', (_name, history) => {
    expect(clientWords(lines('Great job!', '', history, '', 'Earlier text'))).toBe('Great job!');
  });

  test('removes lines quoted with ">" anywhere', () => {
    expect(clientWords(lines('> you said', 'I agree, Ana was right.', '>> older'))).toBe(
      'I agree, Ana was right.',
    );
  });

  test('keeps a line that only mentions writing', () => {
    expect(clientWords(lines('Your colleague wrote:', 'we will fix it. She did!'))).toBe(
      'Your colleague wrote:\nwe will fix it. She did!',
    );
  });
});

describe('clientWords: signatures', () => {
  test.each([
    ['Sent from my iPhone'],
    ['Sent from my Galaxy'],
    ['Get Outlook for Android'],
    ['Отправлено с iPhone'],
    ['Отправлено из мобильной Почты Mail.ru'],
    ['Trimis de pe iPhone-ul meu'],
    ['Išsiųsta iš mano iPhone'],
  ])('cuts at "%s"', (signOff) => {
    expect(clientWords(lines('Ana was great.', '', signOff))).toBe('Ana was great.');
  });

  test('cuts at the "-- " separator', () => {
    expect(clientWords(lines('Ana was great.', '-- ', 'John Smith', '+1 555 0100'))).toBe(
      'Ana was great.',
    );
  });

  test.each([
    ['Best regards,'],
    ['Kind regards'],
    ['Best regards, John Smith'],
    ['С уважением,'],
    ['Cu stimă,'],
    ['Cu stima,'],
    ['Pagarbiai,'],
    ['Su pagarba,'],
  ])('leaves out the closing "%s" and everything under it', (closing) => {
    const body = lines(
      'Ana was great.',
      'Really.',
      '',
      closing,
      'John Smith',
      'ACME Ltd',
      '+1 555 0100',
    );
    expect(clientWords(body)).toBe('Ana was great.\nReally.');
  });

  test('does not take a sentence for a closing', () => {
    const body = lines('Regards to Ana for the excellent work', 'Best service ever!', 'Best, John');
    expect(clientWords(body)).toBe('Regards to Ana for the excellent work\nBest service ever!');
  });

  test('keeps the message when a closing comes first', () => {
    expect(clientWords(lines('Best regards,', 'Ana is a star'))).toBe(
      'Best regards,\nAna is a star',
    );
  });

  test('unwraps Slack mailto links and collapses blank lines', () => {
    const pasted = slackPastedText(
      lines('Write to <mailto:a@b.com|a@b.com>', '', '', '', 'Thanks'),
    );
    expect(clientWords(pasted)).toBe('Write to a@b.com\n\nThanks');
  });

  test("unwraps plain-text mail's bracketed mailto links", () => {
    expect(clientWords('Write to <mailto:a@b.com> today')).toBe('Write to a@b.com today');
  });
});

describe('clientWords: long texts', () => {
  const headers = run('Cc: x\n', 99_000);
  test.each<[string, string, string | 'all of it']>([
    ['"Cc: x" lines', headers, 'all of it'],
    ['"Tema: x" lines', run('Tema: x\n'), 'all of it'],
    [
      'English header lines',
      run('To: x\nCc: x\nSubject: x\nSent: x\nImportance: x\n'),
      'all of it',
    ],
    [
      'Russian header lines',
      run('Кому: x\nКопия: x\nТема: x\nОтправлено: x\nВажность: x\n'),
      'all of it',
    ],
    [
      'Lithuanian header lines',
      run('Kam: x\nKopija: x\nTema: x\nIšsiųsta: x\nSvarba: x\n'),
      'all of it',
    ],
    [
      'Romanian header lines',
      run('Către: x\nSubiect: x\nTrimis: x\nData: x\nImportanță: x\n'),
      'all of it',
    ],
    ['header lines wrapped after a comma', `Cc: x,\n${run('y,\n', 99_000)}`, 'all of it'],
    [
      '"Cc: x" lines, then a header block',
      `${headers}\nFrom: a@b.com\nTo: c\n\nold`,
      headers.trim(),
    ],
    ['quoted header lines', run('> Cc: x\n'), ''],
    ['rules', run(`${'_'.repeat(32)}\n`), ''],
    ['dashed lines', run('-----\n'), 'all of it'],
    ['"On … wrote" lines without a colon', run('On 1, x <a@b.co> wrote\n'), 'all of it'],
    ['"On … wrote" over two lines', run('On 1, x\n<a@b.co> wrote:\n'), ''],
    ['closings', run('Best regards\n'), 'Best regards'],
    ['blank lines', `x${'\n'.repeat(99_000)}`, 'x'],
    ['"<mailto:" links without a ">"', run('x<mailto:a|'), 'all of it'],
  ])('reads a 100k-character text of %s in under a second', (_name, body, words) => {
    const started = performance.now();
    expect(clientWords(body)).toBe(words === 'all of it' ? body.trim() : words);
    expect(performance.now() - started).toBeLessThan(QUICK_MS);
  });
});

describe('htmlToText', () => {
  test('drops scripts, styles, the head and comments; puts blocks on their own lines', () => {
    const html =
      '<html><head><title>T</title><style>p{color:red}</style></head><body>' +
      '<!-- a comment --><p>Hello&nbsp;Ana,</p><div>thanks <b>a lot</b>!</div>' +
      '<script>var x = "<p>not text</p>";</script><ul><li>one</li><li>two</li></ul></body></html>';
    expect(htmlToText(html)).toBe('Hello Ana,\nthanks a lot!\none\ntwo');
  });

  test('turns <br> into line breaks and <hr> into a rule', () => {
    expect(htmlToText('a<br>b<br/><br>c<hr>d')).toBe(
      'a\nb\n\nc\n________________________________\nd',
    );
  });

  test('quotes blockquotes with "> ", nested ones twice', () => {
    expect(
      htmlToText('<div>Yes!</div><blockquote>You asked<blockquote>first</blockquote></blockquote>'),
    ).toBe('Yes!\n> You asked\n> > first');
  });

  test('separates table cells and rows', () => {
    expect(
      htmlToText('<table><tr><td>Name</td><td>Ana</td></tr><tr><td>Team</td></tr></table>'),
    ).toBe('Name Ana\nTeam');
  });

  test('keeps a lone "<" and text after broken tags', () => {
    expect(htmlToText('1 < 2 and <b>bold</b> <i')).toBe('1 < 2 and bold <i');
    expect(htmlToText('text <!-- never closed')).toBe('text');
    expect(htmlToText('<script>never closed')).toBe('');
  });

  test('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>a\n  b</pre>c')).toBe('a\n  b\nc');
  });

  test('decodes named, decimal and hex entities, and leaves unknown ones', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x41;&#8212;&mdash;&euro;&bogus;&#0;')).toBe(
      '&<>"\'A——€&bogus;',
    );
  });

  test.each([
    ['a million "<"', '<'.repeat(1_000_000), '<'.repeat(1_000_000)],
    ['unclosed tags', '<a '.repeat(300_000), '<a '.repeat(300_000).trim()],
    ['unclosed comments', '<!--'.repeat(250_000), ''],
    ['entities', '&amp;'.repeat(200_000), '&'.repeat(200_000)],
  ])('reads %s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
