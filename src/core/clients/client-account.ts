import { first, written } from '../../db/query';
import { and, eq } from 'drizzle-orm';
import { clients, type Client, type Person, type Workspace } from '../../db/schema';
import { t, type MessageKey } from '../../i18n';
import { clientNameKey } from './clients';
import { DIFFICULT_REPORTS, DIFFICULT_WINDOW_DAYS, reportCounts } from './client-history';
import {
  type CoreContext,
  tInline,
  text,
  type InlineParam,
  type MessageModel,
  type Part,
} from '../shared';
import { localeOf, mentionOf, personById, isInChainAbove } from '../people';

export type Conduct = NonNullable<Client['conduct']>;

/** What an admin asked for with `/escalate client …`. */
export type ClientCommand =
  | { kind: 'show'; name: string }
  | { kind: 'conduct'; name: string; conduct: Conduct | null }
  | { kind: 'money'; name: string; value?: number; cost?: number }
  | { kind: 'channel'; name: string; link: boolean }
  | { kind: 'usage' }
  | { kind: 'badNumber'; word: string };

/** The largest yearly value or cost accepted: beyond this it is a typo. */
export const MONEY_MAX = 1_000_000_000_000;

/** `120000`, `120,000`, `120_000` or `120'000`; a dot is refused (decimal or thousands?). */
function readMoney(word: string): number | undefined {
  if (!/^\d+$/.test(word) && !/^\d{1,3}(?:[,_'’]\d{3})+$/.test(word)) return undefined;
  const n = Number(word.replace(/[,_'’]/g, ''));
  return Number.isSafeInteger(n) && n <= MONEY_MAX ? n : undefined;
}

/**
 * `client ACME Ltd [demanding|abusive|clear | value N cost N | channel here|off]`, the text
 * after `/escalate`. Null when the text is not an account command: it does not start with
 * the word `client`, or it has a colon — `/escalate Client Corp: he shouted` is a report.
 * A trailing keyword is read as a command word, so a client called "… Value" must be
 * written without it; the rest is the client's name, in any case or spacing.
 */
export function parseClientCommand(raw: string): ClientCommand | null {
  const match = /^client(?:\s+([\s\S]*))?$/i.exec(raw.trim());
  if (!match || raw.includes(':')) return null;
  const words = (match[1] ?? '').split(/\s+/).filter(Boolean);
  const lower = (i: number) => words.at(i)?.toLowerCase();
  const named = (end: number) => words.slice(0, end).join(' ');

  if (words.length >= 3 && lower(-2) === 'channel' && ['here', 'off'].includes(lower(-1)!)) {
    return { kind: 'channel', name: named(-2), link: lower(-1) === 'here' };
  }
  const last = lower(-1);
  if (words.length >= 2 && (last === 'demanding' || last === 'abusive' || last === 'clear')) {
    return { kind: 'conduct', name: named(-1), conduct: last === 'clear' ? null : last };
  }
  const money: { value?: number; cost?: number } = {};
  let end = words.length;
  while (end >= 3) {
    const keyword = words[end - 2]!.toLowerCase();
    if (keyword !== 'value' && keyword !== 'cost') break;
    const word = words[end - 1]!;
    const amount = readMoney(word);
    if (amount === undefined) {
      // "Best Value Co" is a name; "value 12.000" is a number written wrong.
      if (/\d/.test(word)) return { kind: 'badNumber', word };
      break;
    }
    if (money[keyword] !== undefined) return { kind: 'usage' };
    money[keyword] = amount;
    end -= 2;
  }
  if (end < words.length) return { kind: 'money', name: named(end), ...money };
  return words.length > 0 ? { kind: 'show', name: named(words.length) } : { kind: 'usage' };
}

export interface ClientAccountInput {
  workspace: Workspace;
  actor: Person;
  command: ClientCommand;
  /** The channel the command was typed in; undefined in a direct message. */
  channel?: string;
}

/** Runs an admin's `/escalate client …`: every answer is private to the admin. */
export async function clientAccountCommand(
  ctx: CoreContext,
  input: ClientAccountInput,
): Promise<MessageModel> {
  const { workspace, actor, command } = input;
  const locale = localeOf(actor, workspace);
  const say = (key: MessageKey, params: Record<string, InlineParam> = {}): MessageModel => ({
    parts: [text(...tInline(locale, key, params))],
  });
  if (!actor.isAdmin) return say('clients.notAdmin');
  if (command.kind === 'usage') return say('clients.usage');
  if (command.kind === 'badNumber') return say('clients.badNumber', { word: command.word });

  const client = await first(
    ctx.db
      .select()
      .from(clients)
      .where(
        and(
          eq(clients.workspaceId, workspace.id),
          eq(clients.nameKey, clientNameKey(command.name)),
        ),
      ),
  );
  // No account is created here: a typo would make a second ACME.
  if (!client) return say('clients.unknown', { client: [{ bold: command.name }] });
  const name = [{ bold: client.name }];
  const update = async (fields: Partial<Client>) => {
    ctx.log.info({ client: client.id, by: actor.id, change: command.kind }, 'client account set');
    return await written(
      ctx.db.update(clients).set(fields).where(eq(clients.id, client.id)).returning(),
    );
  };

  if (command.kind === 'channel') {
    if (!command.link) {
      await update({ channel: null });
      return say('clients.channel.off', { client: name });
    }
    if (!input.channel) return say('clients.channel.where', { client: client.name });
    await update({ channel: input.channel });
    return say('clients.channel.here', { client: name });
  }
  if (command.kind === 'conduct') {
    const updated = await update({ conduct: command.conduct });
    const done = say(`clients.conduct.set.${command.conduct ?? 'clear'}`, { client: name });
    return { parts: [...done.parts, ...(await accountCard(ctx, workspace, actor, updated)).parts] };
  }
  if (command.kind === 'money') {
    const updated = await update({
      ...(command.value !== undefined ? { yearlyValue: command.value } : {}),
      ...(command.cost !== undefined ? { yearlyServiceCost: command.cost } : {}),
    });
    const done = say('clients.money.set', { client: name });
    return { parts: [...done.parts, ...(await accountCard(ctx, workspace, actor, updated)).parts] };
  }
  return await accountCard(ctx, workspace, actor, client);
}

/**
 * The account as an admin sees it: who serves it, its conduct, value against cost, and how
 * often it was reported — counts only, never a report's text or reporter.
 */
export async function accountCard(
  ctx: CoreContext,
  workspace: Workspace,
  viewer: Person,
  client: Client,
): Promise<MessageModel> {
  const locale = localeOf(viewer, workspace);
  const owner = client.ownerId ? await personById(ctx, client.ownerId) : undefined;
  const counts = await reportCounts(ctx, client.id);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const money = (n: number | null) =>
    n === null ? t(locale, 'clients.card.notRecorded') : number.format(n);
  const { yearlyValue: value, yearlyServiceCost: cost } = client;
  const window = { days: DIFFICULT_WINDOW_DAYS, min: DIFFICULT_REPORTS };
  const parts: Part[] = [
    { type: 'heading', text: t(locale, 'clients.card.title', { client: client.name }) },
    text(
      ...(owner
        ? tInline(locale, 'clients.card.owner', { owner: [{ mention: mentionOf(owner) }] })
        : [t(locale, 'clients.card.owner.none')]),
    ),
    text(
      t(locale, 'clients.card.conduct', {
        conduct: t(locale, `clients.conduct.${client.conduct ?? 'none'}`),
      }),
    ),
    text(
      t(locale, 'clients.card.money', {
        value: money(value),
        cost: money(cost),
        margin: value !== null && cost !== null ? number.format(value - cost) : '—',
      }),
    ),
    text(
      t(locale, 'clients.card.reports', {
        days: DIFFICULT_WINDOW_DAYS,
        recent: counts.recent,
        total: counts.total,
      }),
    ),
    text(
      t(locale, counts.difficult ? 'clients.card.difficult' : 'clients.card.notDifficult', window),
    ),
    {
      type: 'context',
      content: [
        client.channel
          ? t(locale, 'clients.card.channel.linked')
          : t(locale, 'clients.card.channel.none', { client: client.name }),
      ],
    },
  ];
  return { parts };
}

/**
 * The person serving the client account when that is someone other than the reporter and
 * outside the reporter's chain, else undefined.
 *
 * Decision: such a report is still recorded and routed as usual — the abuse happened to
 * the reporter whoever owns the account, and refusing it would silence them. The reporter
 * is told plainly that the account is someone else's and that whoever handles the report
 * will check with that person, and the manager's card says so too. "In the chain" is read
 * both ways: the owner may be above the reporter (a manager who took the account over) or
 * below them (a manager reporting a client one of their own people serves); either way the
 * account is served from the reporter's own line and there is nobody else to check with.
 */
export async function servedBySomeoneElse(
  ctx: CoreContext,
  client: Client,
  reporter: Person,
): Promise<Person | undefined> {
  if (client.ownerId === null || client.ownerId === reporter.id) return undefined;
  const owner = await personById(ctx, client.ownerId);
  if (!owner) return undefined;
  if (
    (await isInChainAbove(ctx, owner.id, reporter)) ||
    (await isInChainAbove(ctx, reporter.id, owner))
  ) {
    return undefined;
  }
  return owner;
}
