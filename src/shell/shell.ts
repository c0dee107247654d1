import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import {
  type CoreContext,
  type CommandSyntax,
  plainText,
  text,
  type MessageModel,
} from '../core/shared';
import { escalateAnswer } from '../core/escalation';
import {
  ensurePerson,
  findOrCreateWorkspace,
  localeOf,
  type Directory,
  personById,
} from '../core/people';
import { runKudosCommand } from '../core/kudos';
import { LANGUAGE_NAMES } from '../core/home';
import { people, type Person } from '../db/schema';
import { t, toLocale, type Locale } from '../i18n';
import { OutboxWorker } from '../jobs/outbox';

const CHANNEL = 'general';

/** A terminal shows text as typed: commands with their slash, no markup; headings in capitals. */
export const SHELL_SYNTAX: CommandSyntax = {
  slash: '/',
  typed: (words) => words,
  strong: (words) => words.toUpperCase(),
};

/** In the shell a person is their handle: `@ana` is Ana, created the first time she is named. */
const shellDirectory: Directory = {
  lookup: async (handle) => ({ platformUserId: handle, name: handle }),
};

const handleOf = (token: string) => {
  // "@ana." and "@ben-" end a sentence or a list: the handle is what comes before.
  const m = /^@([\p{L}\p{N}_](?:[\p{L}\p{N}._-]*[\p{L}\p{N}_])?)$/u.exec(token);
  return m ? m[1]!.toLowerCase() : null;
};

/**
 * A local chat with Frontline on the same database: type commands as someone,
 * read the bot's replies, channel posts and DMs as text.
 */
export async function runShell(
  ctx: CoreContext,
  input: Readable,
  output: Writable,
  options: { user?: string } = {},
): Promise<void> {
  const say = (line: string) => output.write(`${line}\n`);
  const workspace = findOrCreateWorkspace(ctx, 'shell', 'local', 'shell');
  const person = (handle: string) => ensurePerson(ctx, workspace.id, handle, shellDirectory);
  let me = becomeAdmin(ctx, (await person(options.user ?? 'shell'))!);

  const outbox = new OutboxWorker(ctx, {
    shell: {
      async send(_ws, to, message) {
        // The shell has no home view to refresh: `home` prints it when asked.
        if (to.kind === 'home') return;
        const header =
          to.kind === 'channel'
            ? t(localeOf(undefined, workspace), 'shell.channel', { channel: to.channel })
            : t(localeOf(undefined, workspace), 'shell.dm', { name: to.userId });
        say(`${header}:\n${indent(plainText(message, SHELL_SYNTAX))}`);
      },
    },
  });
  const reply = (message: MessageModel) =>
    say(
      `${t(localeOf(me, workspace), 'shell.onlyYou')}\n${indent(plainText(message, SHELL_SYNTAX))}`,
    );

  say(t(localeOf(me, workspace), 'shell.welcome', { name: me.name }));
  // What the command line queued (a summary, digests) while the shell was closed.
  await outbox.drain();
  const rl = readline.createInterface({ input, terminal: false });
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    const locale = localeOf(me, workspace);
    const [command = '', ...rest] = line.split(/\s+/);
    if (command === '/quit' || command === '/exit') break;
    if (command === '/as' && rest[0]) {
      const handle = handleOf(`@${rest[0].replace(/^@/, '')}`) ?? rest[0];
      const chosen = rest[1] === '--locale' ? (rest[2] ?? '') : undefined;
      if (chosen !== undefined && !toLocale(chosen)) {
        say(t(locale, 'shell.locale.unknown', { name: handle }));
        continue;
      }
      me = (await person(handle))!;
      if (chosen === undefined) {
        say(t(localeOf(me, workspace), 'shell.as', { name: me.name }));
        continue;
      }
      me = setLocale(ctx, me, toLocale(chosen)!);
      const language = LANGUAGE_NAMES[localeOf(me, workspace)];
      say(t(localeOf(me, workspace), 'shell.as.locale', { name: me.name, language }));
      continue;
    }
    if (command === '/escalate') {
      const answer = escalateAnswer(ctx, {
        workspace: findOrCreateWorkspace(ctx, 'shell', 'local'),
        actor: me,
        text: line.slice('/escalate'.length),
        channel: CHANNEL,
      });
      // A report needs its private form, which a shared terminal cannot offer.
      reply(answer ?? { parts: [text(t(locale, 'shell.escalate.report'))] });
      continue;
    }
    if (command !== '/kudos') {
      say(t(locale, 'shell.unknownCommand'));
      continue;
    }
    const outcome = await runKudosCommand(ctx, {
      // Read again: a setting may have changed it.
      workspace: findOrCreateWorkspace(ctx, 'shell', 'local'),
      actor: me,
      text: line.slice('/kudos'.length),
      readMention: handleOf,
      person,
      showUnknown: (handle) => `@${handle}`,
      source: 'shell',
      requestKey: `shell:${randomUUID()}`,
      channel: CHANNEL,
    });
    if ('form' in outcome) say(t(locale, 'shell.formNotAvailable'));
    else reply(outcome.reply);
    // A setting may have changed the person too.
    me = personById(ctx, me.id)!;
    await outbox.drain();
  }
  rl.close();
}

/** `/as NAME --locale ro`: the person's language from now on, as an import would set it. */
function setLocale(ctx: CoreContext, person: Person, locale: Locale): Person {
  return ctx.db.update(people).set({ locale }).where(eq(people.id, person.id)).returning().get();
}

/** The shell's first user runs the place, so admin commands can be tried too. */
function becomeAdmin(ctx: CoreContext, person: Person): Person {
  return ctx.db
    .update(people)
    .set({ isAdmin: true })
    .where(eq(people.id, person.id))
    .returning()
    .get();
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
