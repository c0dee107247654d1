import type { Person, Workspace } from '../../db/schema';
import { t } from '../../i18n';
import { type CoreContext, type FormModel, text, type MessageModel } from '../shared';
import { giveKudos, RECIPIENTS_MAX } from './give-kudos';
import { parseKudosCommand, type ReadMention } from './kudos-command';
import { kudosForm } from './kudos-form';
import { kudosHelp } from './help';
import { changeSetting } from '../settings';
import { praiseWaitingForThanks, queueSummaryNow, buildWeeklySummary } from '../digests';
import { localeOf, setManager } from '../people';
import { topCommand } from './praise-ranking';

export interface KudosCommandInput {
  workspace: Workspace;
  actor: Person;
  /** The text after `/kudos`, with the platform's markup already simplified. */
  text: string;
  readMention: ReadMention;
  /** The person behind a platform user id, read from the platform if needed. */
  person: (platformUserId: string) => Promise<Person | undefined>;
  /** How to show a platform user id that matched nobody, e.g. `@U123`. */
  showUnknown: (platformUserId: string) => string;
  /** Turns platform markup left in the words (a mention mid-sentence) into plain text. */
  readableWords?: (words: string) => string;
  source: 'command' | 'shell';
  /** Unique per invocation: a retried delivery carries the same key. */
  requestKey: string;
  channel?: string;
}

/** What to do in answer: say something to the person, or open a form. */
export type KudosCommandOutcome =
  { reply: MessageModel; queued: boolean } | { form: FormModel; metadata: Record<string, string> };

/** Every `/kudos …` subcommand, the same on every platform. */
export async function runKudosCommand(
  ctx: CoreContext,
  input: KudosCommandInput,
): Promise<KudosCommandOutcome> {
  const { workspace, actor } = input;
  const locale = localeOf(actor, workspace);
  const parsed = parseKudosCommand(input.text, input.readMention);
  const reply = (message: MessageModel): Reply => ({ reply: message, queued: false });

  switch (parsed.kind) {
    case 'help':
      return reply(kudosHelp(locale, workspace.platform));
    case 'form':
      return { form: kudosForm(locale), metadata: input.channel ? { channel: input.channel } : {} };
    case 'manager': {
      const [employee, manager] = await Promise.all(
        parsed.people.slice(0, 2).map((id) => (id ? input.person(id) : undefined)),
      );
      return reply((await setManager(ctx, { workspace, actor, employee, manager })).reply);
    }
    case 'setting':
      return reply(
        await changeSetting(ctx, { workspace, actor, ...parsed, channel: input.channel }),
      );
    case 'thanks':
      return reply(await praiseWaitingForThanks(ctx, workspace, actor));
    case 'top':
      return reply(await topCommand(ctx, workspace, locale, parsed.words));
    case 'summary':
      return await summaryCommand(ctx, input, parsed.action);
    case 'give':
      return giveCommand(ctx, input, parsed);
  }
}

type Reply = { reply: MessageModel; queued: boolean };
type Parsed = ReturnType<typeof parseKudosCommand>;

/** `summary preview|now`: the admins'; `now` posts it to the summary channel at once. */
async function summaryCommand(
  ctx: CoreContext,
  { workspace, actor }: KudosCommandInput,
  action: Extract<Parsed, { kind: 'summary' }>['action'],
): Promise<Reply> {
  const locale = localeOf(actor, workspace);
  const say = (message: string, queued = false) => ({
    reply: { parts: [text(message)] },
    queued,
  });
  if (!actor.isAdmin) {
    return say(t(locale, action === 'preview' ? 'summary.preview.notAdmin' : 'settings.notAdmin'));
  }
  if (action === 'preview') {
    const summary = await buildWeeklySummary(ctx, workspace, ctx.now());
    return summary ? { reply: summary.message, queued: false } : say(t(locale, 'summary.nothing'));
  }
  if (!workspace.summaryChannel) return say(t(locale, 'summary.noChannel'));
  return (await queueSummaryNow(ctx, workspace))
    ? say(t(locale, 'summary.posted'), true)
    : say(t(locale, 'summary.nothing'));
}

/** `/kudos @ana for …`: the named people looked up, then the kudos given. */
async function giveCommand(
  ctx: CoreContext,
  input: KudosCommandInput,
  parsed: Extract<Parsed, { kind: 'give' }>,
): Promise<Reply> {
  // One over the limit is enough for giveKudos to refuse, without looking everyone up.
  const named = parsed.recipients.slice(0, RECIPIENTS_MAX + 1);
  const found = await Promise.all(named.map(input.person));
  const missing = named.filter((_, i) => !found[i]).map(input.showUnknown);
  const result = await giveKudos(ctx, {
    workspace: input.workspace,
    giver: input.actor,
    recipients: found.filter((p) => p !== undefined),
    unknown: [...parsed.unknown, ...missing],
    words: input.readableWords ? input.readableWords(parsed.words) : parsed.words,
    values: parsed.values,
    clientName: parsed.client,
    clientMissing: parsed.clientMissing,
    source: input.source,
    requestKey: input.requestKey,
    channel: input.channel,
  });
  return { reply: result.reply, queued: result.ok && !result.duplicate };
}
