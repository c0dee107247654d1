import { buttonWord, Screen } from '../../../src/shell/kit/screen';
import type { Person } from '../../../src/db/schema';

const written: string[] = [];
const screen = () => {
  written.length = 0;
  return new Screen(
    (line) => written.push(line),
    () => 'en',
  );
};

const report = {
  parts: [
    { type: 'heading' as const, text: 'Report about ACME' },
    {
      type: 'buttons' as const,
      buttons: [
        { action: 'escalation-take-over', label: 'Take over the account', value: '7' },
        { action: 'home-language:ro', label: 'Română', value: 'ro' },
      ],
    },
  ],
};

test('a button is printed as the command that presses it, on a numbered message', () => {
  const s = screen();
  const shown = s.show({ kind: 'dm', to: 'ben' }, report)!;
  expect(shown.n).toBe(1);
  expect(written[0]).toBe(
    [
      '(1) [DM to ben] Frontline:',
      '  REPORT ABOUT ACME',
      '  [Take over the account] /do 1 take-over',
      '  [Română] /do 1 language-ro',
    ].join('\n'),
  );
  expect(s.message(1)?.buttons.map(buttonWord)).toEqual(['take-over', 'language-ro']);
});

test('channel messages are numbered, private answers without buttons are not; a reply names its message', () => {
  const s = screen();
  const ana = { name: 'ana' } as Person;
  const posted = s.posted('general', ana, 'hello');
  expect(s.show({ kind: 'private' }, { parts: [{ type: 'text', content: ['only you'] }] })).toBe(
    undefined,
  );
  const reply = s.show(
    { kind: 'channel', channel: 'general', thread: posted.ts },
    { parts: [{ type: 'text', content: ['a reply'] }] },
  )!;
  expect(reply.n).toBe(2);
  expect(written).toEqual([
    '(1) [#general] ana posted this.',
    '(only you can see this)\n  only you',
    '(2) [#general, replying to 1] Frontline:\n  a reply',
  ]);
  expect(s.withTs(posted.ts)?.text).toBe('hello');
});
