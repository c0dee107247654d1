import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { openDatabase } from '../../../src/db/database';
import { createLogger } from '../../../src/log';
import { runShell } from '../../../src/shell/shell';

/** The README's shell tour: the lines typed (after `>` at the start) and what is printed. */
function readmeTour(): { typed: string[]; printed: string[] } {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Trying it in the shell'));
  const block = /```text\n([\s\S]*?)```/.exec(section)![1]!.trimEnd().split('\n');
  const isTyped = (line: string) => line === '>' || line.startsWith('> ');
  return {
    typed: block.filter(isTyped).map((line) => line.slice(2)),
    printed: block.filter((line) => !isTyped(line)),
  };
}

test('the README’s shell tour runs as written', async () => {
  const { typed, printed } = readmeTour();
  expect(typed.length).toBeGreaterThan(1);
  const database = openDatabase(':memory:');
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  input.end(typed.map((line) => `${line}\n`).join(''));
  try {
    const ctx = { db: database.db, now: () => new Date(), log: createLogger('silent') };
    await runShell(ctx, input, output);
  } finally {
    database.close();
  }
  const lines = out
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean);
  expect(lines).toEqual(printed);
});
