import { PassThrough } from 'node:stream';
import { LineReader } from '../../../src/shell/kit/line-reader';

test('lines come in order, a line put back comes first, and the end is null', async () => {
  const input = new PassThrough();
  const reader = new LineReader(input);
  input.end('one\ntwo\n');
  expect(await reader.next()).toBe('one');
  reader.unread('again');
  expect(await reader.next()).toBe('again');
  expect(await reader.next()).toBe('two');
  expect(await reader.next()).toBe(null);
});

test('nextWithin gives a line that comes in time, and null when the input stays quiet', async () => {
  const input = new PassThrough();
  const reader = new LineReader(input);
  setTimeout(() => input.write('soon\n'), 5);
  expect(await reader.nextWithin(500)).toBe('soon');
  expect(await reader.nextWithin(20)).toBe(null);
  // A line after the pause is not lost: the next read has it.
  input.write('later\n');
  expect(await reader.next()).toBe('later');
  reader.close();
});
