import { written } from '../db/query';
import { eq } from 'drizzle-orm';
import type { Readable, Writable } from 'node:stream';
import { type CoreContext, type MessageModel } from '../core/shared';
import {
  ensurePerson,
  findOrCreateWorkspace,
  localeOf,
  personById,
  personByPlatformId,
} from '../core/people';
import { people, type Person } from '../db/schema';
import { t } from '../i18n';
import { OutboxWorker } from '../jobs/outbox';
import { Scheduler } from '../jobs/scheduler';
import { ShellDeliveries } from './kit/deliveries';
import { LineReader } from './kit/line-reader';
import { Screen, buttonWord } from './kit/screen';
import type { Shell, ShellButton, ShellCommand, ShellFeature } from './kit/shell';
import { shellDirectory } from './kit/syntax';
import { digests } from './digests/register';
import { escalation } from './escalation/register';
import { forwardedEmail } from './forwarded-email/register';
import { postMessage, type MessageReading } from './forwarded-email/pasted-message';
import { home } from './home/register';
import { kudos } from './kudos/register';
import { people as peopleFeature } from './people/register';

const FEATURES: readonly ShellFeature[] = [
  kudos,
  escalation,
  forwardedEmail,
  digests,
  home,
  peopleFeature,
];

const COMMANDS: Readonly<Record<string, ShellCommand>> = Object.assign(
  {},
  ...FEATURES.map((f) => f.commands ?? {}),
);
const BUTTONS: Readonly<Record<string, ShellButton>> = Object.assign(
  {},
  ...FEATURES.map((f) => f.buttons ?? {}),
);

export interface ShellOptions extends MessageReading {
  /** Whom the shell starts as. */
  user?: string;
}

/**
 * A local chat with Frontline on the same database: type commands and messages as someone,
 * and read the bot's replies, channel posts and DMs as text the moment they are sent.
 */
export async function runShell(
  ctx: CoreContext,
  input: Readable,
  output: Writable,
  options: ShellOptions = {},
): Promise<void> {
  const shell = await openShell(ctx, input, output, options.user ?? 'shell');
  const { screen, lines } = shell;
  screen.say(t(shell.locale(), 'shell.welcome', { name: shell.me().name }));
  // What the command line queued (a summary, digests) while the shell was closed.
  await shell.delivered();
  for (;;) {
    const line = (await lines.next())?.trim();
    if (line === undefined || line === '/quit' || line === '/exit') break;
    if (!line) continue;
    if (!line.startsWith('/')) await postMessage(shell, line, options);
    else await runCommand(shell, line);
    // A setting may have changed the person or the workspace.
    await shell.readAgain();
  }
  lines.close();
  await shell.stop();
}

async function runCommand(shell: Shell, line: string): Promise<void> {
  const [, name = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(line)!;
  if (name === 'do') return clickButton(shell, rest);
  if (name === 'help') {
    shell.screen.say(t(shell.locale(), 'shell.help'));
    return;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command) await command(shell, rest);
  else shell.screen.say(t(shell.locale(), 'shell.unknownCommand'));
}

/** `/do N word`: the button of message N that the word names, as a click on it. */
async function clickButton(shell: Shell, rest: string): Promise<void> {
  const [n = '', word = ''] = rest.trim().split(/\s+/);
  const message = shell.screen.message(Number(n));
  const button = message?.buttons.find((b) => buttonWord(b) === word.toLowerCase());
  const action = button && (BUTTONS[button.action] ?? BUTTONS[button.action.split(':')[0]!]);
  if (!message || !button || !action) {
    shell.screen.say(t(shell.locale(), 'shell.do.unknown'));
    return;
  }
  await action(shell, button, message);
}

type OpenShell = Shell & {
  become(person: Person, options?: { quietly?: boolean }): void;
  readAgain(): Promise<void>;
  stop(): Promise<void>;
};

async function openShell(
  ctx: CoreContext,
  input: Readable,
  output: Writable,
  user: string,
): Promise<OpenShell> {
  const workspaceRow = () => findOrCreateWorkspace(ctx, 'shell', 'local', 'shell');
  let workspace = await workspaceRow();
  // The shell knows nobody's profile: a person imported with a name keeps it.
  const person = async (handle: string) =>
    (await personByPlatformId(ctx, workspace.id, handle)) ??
    ensurePerson(ctx, workspace.id, handle, shellDirectory);
  let me = await becomeAdmin(ctx, (await person(user))!);
  const deliveries = new ShellDeliveries(() => shell);
  const outbox = new OutboxWorker(ctx, { shell: deliveries.sender }, { pollMs: 1000 });
  const screen = new Screen(
    (line) => output.write(`${line}\n`),
    () => localeOf(me, workspace),
  );
  const shell: OpenShell = {
    ctx,
    workspace: () => workspace,
    me: () => me,
    locale: () => localeOf(me, workspace),
    become(next, { quietly = false } = {}) {
      me = next;
      if (!quietly && me.platformUserId) deliveries.showWaiting(me.platformUserId);
    },
    async readAgain() {
      workspace = await workspaceRow();
      shell.become((await personById(ctx, me.id))!, { quietly: true });
    },
    person,
    screen,
    lines: new LineReader(input),
    scheduler: new Scheduler(ctx, outbox),
    reply: (message: MessageModel) => screen.show({ kind: 'private' }, message),
    async delivered() {
      outbox.kick();
      await outbox.idle();
    },
    async stop() {
      shell.scheduler.stop();
      await outbox.stop();
    },
  };
  await outbox.start();
  return shell;
}

/** The shell's first user runs the place, so admin commands can be tried too. */
async function becomeAdmin(ctx: CoreContext, person: Person): Promise<Person> {
  return await written(
    ctx.db.update(people).set({ isAdmin: true }).where(eq(people.id, person.id)).returning(),
  );
}
