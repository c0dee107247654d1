import type { Button, CoreContext, MessageModel } from '../../core/shared';
import type { Person, Workspace } from '../../db/schema';
import type { Locale } from '../../i18n';
import type { Scheduler } from '../../jobs/scheduler';
import type { LineReader } from './line-reader';
import type { Screen, ShownMessage } from './screen';

/** The channel everything typed in the shell is said in. */
export const SHELL_CHANNEL = 'general';

/** What a shell command works with: the database, the person typing, the screen, the input. */
export interface Shell {
  ctx: CoreContext;
  /** The shell's workspace, read again after each line: a setting may have changed it. */
  workspace(): Workspace;
  /** Who is typing now. */
  me(): Person;
  locale(): Locale;
  /** Be someone else from now on: their DMs waiting are shown. */
  become(person: Person): void;
  /** The person with this handle, created the first time they are named. */
  person(handle: string): Promise<Person | undefined>;
  screen: Screen;
  lines: LineReader;
  scheduler: Scheduler;
  /** An answer only the person typing sees. */
  reply(message: MessageModel): ShownMessage | undefined;
  /** Waits until what the last command queued has been delivered (and shown). */
  delivered(): Promise<void>;
}

/** A command, given the text typed after its name. */
export type ShellCommand = (shell: Shell, rest: string) => Promise<void>;

/** `/do N word` on a button of message N. */
export type ShellButton = (shell: Shell, button: Button, on: ShownMessage) => Promise<void>;

/** A feature as the shell offers it: its commands by name, its buttons by action id. */
export interface ShellFeature {
  commands?: Readonly<Record<string, ShellCommand>>;
  /** Keyed by action id, or by the prefix before `:` for buttons whose id carries a value. */
  buttons?: Readonly<Record<string, ShellButton>>;
}
