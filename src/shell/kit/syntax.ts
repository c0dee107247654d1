import type { CommandSyntax } from '../../core/shared';
import type { Directory } from '../../core/people';

/** A terminal shows text as typed: commands with their slash, no markup; headings in capitals. */
export const SHELL_SYNTAX: CommandSyntax = {
  slash: '/',
  typed: (words) => words,
  strong: (words) => words.toUpperCase(),
};

/** In the shell a person is their handle: `@ana` is Ana, created the first time she is named. */
export const shellDirectory: Directory = {
  lookup: async (handle) => ({ platformUserId: handle, name: handle }),
};

/** The handle in `@ana`, lower-cased; null when the token is not one. */
export function handleOf(token: string): string | null {
  // "@ana." and "@ben-" end a sentence or a list: the handle is what comes before.
  const m = /^@([\p{L}\p{N}_](?:[\p{L}\p{N}._-]*[\p{L}\p{N}_])?)$/u.exec(token);
  return m ? m[1]!.toLowerCase() : null;
}

export const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
