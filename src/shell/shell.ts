import { randomUUID } from 'node:crypto';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../core/core';
import { giveKudos } from '../core/give-kudos';
import { parseKudosCommand } from '../core/kudos-command';
import { kudosHelp } from '../core/kudos-help';
import { changeSetting } from '../core/kudos-settings';
import { plainText, type MessageModel } from '../core/message';
import {
  ensurePerson,
  findOrCreateWorkspace,
  localeOf,
  type Directory,
  personById,
} from '../core/people';
import { setManager } from '../core/set-manager';
import { people, type Person } from '../db/schema';
import { t } from '../i18n';
import { OutboxWorker } from '../jobs/outbox';

const CHANNEL = 'general';

/** In the shell a person is their handle: `@ana` is Ana, created the first time she is named. */
const shellDirectory: Directory = {
  lookup: async (handle) => ({ platformUserId: handle, name: handle }),
};

const handleOf = (token: string) => {
  const m = /^@([\p{L}\p{N}._-]+)$/u.exec(token);
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
  let me = await becomeAdmin(ctx, (await person(options.user ?? 'shell'))!);

  const outbox = new OutboxWorker(ctx, {
    shell: {
      async send(_ws, to, message) {
        const header =
          to.kind === 'channel'
            ? t(localeOf(undefined, workspace), 'shell.channel', { channel: to.channel })
            : t(localeOf(undefined, workspace), 'shell.dm', { name: to.userId });
        say(`${header}:\n${indent(plainText(message))}`);
      },
    },
  });
  const reply = (message: MessageModel) =>
    say(`${t(localeOf(me, workspace), 'shell.onlyYou')}\n${indent(plainText(message))}`);

  say(t(localeOf(me, workspace), 'shell.welcome', { name: me.name }));
  const rl = readline.createInterface({ input, terminal: false });
  for await (const raw of rl) {
    const line = raw.trim();
    if (!line) continue;
    const locale = localeOf(me, workspace);
    const [command = '', ...rest] = line.split(/\s+/);
    if (command === '/quit' || command === '/exit') break;
    if (command === '/as' && rest[0]) {
      me = (await person(handleOf(`@${rest[0].replace(/^@/, '')}`) ?? rest[0]))!;
      say(t(localeOf(me, workspace), 'shell.as', { name: me.name }));
      continue;
    }
    if (command !== '/kudos') {
      say(t(locale, 'shell.unknownCommand'));
      continue;
    }
    const parsed = parseKudosCommand(line.slice('/kudos'.length), handleOf);
    if (parsed.kind === 'help') reply(kudosHelp(locale));
    else if (parsed.kind === 'form') say(t(locale, 'shell.formNotAvailable'));
    else if (parsed.kind === 'manager') {
      const [employee, manager] = await Promise.all(
        parsed.people.slice(0, 2).map((h) => (h ? person(h) : undefined)),
      );
      reply(setManager(ctx, { workspace, actor: me, employee, manager }).reply);
    } else if (parsed.kind === 'setting') {
      reply(changeSetting(ctx, { workspace, actor: me, ...parsed, channel: CHANNEL }));
      me = personById(ctx, me.id)!;
    } else {
      const recipients = await Promise.all(parsed.recipients.map(person));
      const result = giveKudos(ctx, {
        workspace,
        giver: me,
        recipients: recipients.filter((p) => p !== undefined),
        unknown: parsed.unknown,
        words: parsed.words,
        values: parsed.values,
        clientName: parsed.client,
        clientMissing: parsed.clientMissing,
        source: 'shell',
        requestKey: `shell:${randomUUID()}`,
        channel: CHANNEL,
      });
      reply(result.reply);
      await outbox.drain();
    }
  }
  rl.close();
}

/** The shell's first user runs the place, so admin commands can be tried too. */
async function becomeAdmin(ctx: CoreContext, person: Person): Promise<Person> {
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
