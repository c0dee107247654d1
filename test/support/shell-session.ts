import { PassThrough } from 'node:stream';
import type { CoreContext } from '../../src/core/shared/core';
import { runShell, type ShellOptions } from '../../src/shell/shell';

/** Types the lines into a real shell on this database and returns everything it printed. */
export async function typeIntoShell(
  ctx: CoreContext,
  lines: string[],
  options: ShellOptions = {},
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  input.end(lines.map((line) => `${line}\n`).join(''));
  await runShell(ctx, input, output, options);
  return printed;
}

/** What was printed after the first line that starts with `marker` (the answer to one step). */
export function printedAfter(out: string, marker: string): string {
  const at = out.indexOf(`\n${marker}`);
  if (at < 0) throw new Error(`nothing printed starts with ${marker}`);
  return out.slice(at + 1);
}

/** The number the shell gave the last message that shows this button word. */
export function messageWithButton(out: string, word: string): number {
  const all = [...out.matchAll(new RegExp(`/do (\\d+) ${word}\\b`, 'g'))];
  if (all.length === 0) throw new Error(`no message shows /do N ${word}`);
  return Number(all.at(-1)![1]);
}
