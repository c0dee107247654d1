import { inTransaction, written } from '../../db/query';
import { and, count, eq, gte, ne, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { kudos, type Kudos, type Person, type Workspace } from '../../db/schema';
import { t, type Locale, type MessageKey } from '../../i18n';
import { findOrCreateClient } from '../clients';
import {
  type CoreContext,
  claimRequest,
  mentionList,
  tInline,
  text,
  type Inline,
  type MessageModel,
  type Part,
  latestRun,
} from '../shared';
import { enqueueDeliveries, type Delivery } from '../delivery';
import { homeRefreshes } from '../home';
import { localeOf, mentionOf } from '../people';

export const WORDS_MIN = 10;
export const WORDS_MAX = 3000;
/** More than this at once is a mistake or a broadcast; and the answer must stay quick. */
export const RECIPIENTS_MAX = 20;

export interface GiveKudosInput {
  workspace: Workspace;
  giver: Person;
  recipients: Person[];
  /** Names given that matched nobody (e.g. an @name the platform did not link). */
  unknown?: string[];
  words: string;
  values: string[];
  clientName?: string;
  clientMissing?: boolean;
  source: 'command' | 'form' | 'shell' | 'email' | 'reaction' | 'score';
  /** The platform's id for this request: a retry with the same id records nothing new. */
  requestKey: string;
  /** Where the command was used; the announcement goes there unless the workspace names a channel. */
  channel?: string;
  /** Announcements and DMs wait until then, so the kudos can still be taken back. */
  holdUntil?: Date;
  /** Announce here, whatever channel the workspace chose: the words are from this channel. */
  announceIn?: string;
}

/** A client's own words (an email, a score's comment): the person praised may record them. */
const clientsWords = (source: GiveKudosInput['source']) => source === 'email' || source === 'score';

/** Words someone typed must say something; a client's email or a reacted-to message is what it is. */
const typed = (source: GiveKudosInput['source']) =>
  source === 'command' || source === 'form' || source === 'shell';

export type KudosErrorCode =
  | 'unknownPerson'
  | 'clientName'
  | 'noRecipient'
  | 'tooMany'
  | 'self'
  | 'bot'
  | 'tooShort'
  | 'tooLong'
  | 'dailyLimit';

export interface KudosError {
  code: KudosErrorCode;
  /** Which form field to point at. */
  field: 'recipients' | 'words' | 'client';
  message: string;
}

export type GiveKudosResult =
  | { ok: true; duplicate: boolean; kudos: Kudos[]; reply: MessageModel }
  | { ok: false; error: KudosError; reply: MessageModel };

const insertKudos = prepared((db) =>
  db
    .insert(kudos)
    .values({
      workspaceId: sql.placeholder('workspaceId'),
      giverId: sql.placeholder('giverId'),
      recipientId: sql.placeholder('recipientId'),
      clientId: sql.placeholder('clientId'),
      words: sql.placeholder('words'),
      values: sql.placeholder('values'),
      source: sql.placeholder('source'),
      sourceRef: sql.placeholder('sourceRef'),
      createdAt: sql.placeholder('createdAt'),
    })
    .returning()
    .prepare(),
);

export async function giveKudos(ctx: CoreContext, input: GiveKudosInput): Promise<GiveKudosResult> {
  const locale = localeOf(input.giver, input.workspace);
  const recipients = [...new Map(input.recipients.map((p) => [p.id, p])).values()];
  const error = await checkRules(ctx, input, recipients, locale);
  if (error) return { ok: false, error, reply: { parts: [text(error.message)] } };

  const now = ctx.now();
  const stored = await inTransaction(ctx, async (ctx) => {
    if (!(await claimRequest(ctx.db, `${input.workspace.id}:${input.requestKey}`))) {
      return {
        duplicate: true,
        rows: await earlierKudos(ctx, input),
        clientName: input.clientName,
      };
    }
    const client = input.clientName
      ? await findOrCreateClient(ctx.db, input.workspace.id, input.clientName)
      : undefined;
    const rows = await recordKudos(ctx, input, recipients, client?.id ?? null, now);
    const clientName = client?.name;
    await queueDeliveries(ctx, input, { rows, recipients, clientName }, now);
    return { duplicate: false, rows, clientName };
  });

  ctx.log.info(
    { kudos: stored.rows.map((k) => k.id), duplicate: stored.duplicate },
    'kudos recorded',
  );
  const confirmation: MessageModel = {
    parts: [
      text(
        ...tInline(locale, stored.clientName ? 'kudos.recorded.client' : 'kudos.recorded', {
          recipients: mentionList(locale, recipients.map(mentionOf)),
          client: stored.clientName ?? '',
        }),
      ),
    ],
  };
  return { ok: true, duplicate: stored.duplicate, kudos: stored.rows, reply: confirmation };
}

/** One kudos per recipient, all from the same words. */
async function recordKudos(
  ctx: CoreContext,
  input: GiveKudosInput,
  recipients: Person[],
  clientId: number | null,
  now: Date,
): Promise<Kudos[]> {
  const rows: Kudos[] = [];
  for (const r of recipients) {
    const row = insertKudos(ctx.db).execute({
      workspaceId: input.workspace.id,
      giverId: input.giver.id,
      recipientId: r.id,
      clientId,
      words: input.words,
      values: input.values,
      source: input.source,
      sourceRef: input.requestKey,
      createdAt: now,
    });
    rows.push(await written(row));
  }
  return rows;
}

/** The announcement, each recipient's DM and the homes they change, in one write. */
async function queueDeliveries(
  ctx: CoreContext,
  input: GiveKudosInput,
  given: Given,
  now: Date,
): Promise<void> {
  const { recipients } = given;
  await enqueueDeliveries(
    ctx.db,
    [
      ...announcement(input, recipients, given.clientName),
      ...recipientMessages(input, given),
      // Their walls, and their managers' desks (praise waiting for thanks).
      ...homeRefreshes(ctx, input.workspace.id, [
        ...recipients.map((r) => r.id),
        ...recipients.map((r) => r.managerId),
      ]),
    ],
    now,
  );
}

interface Given {
  rows: Kudos[];
  recipients: Person[];
  clientName: string | undefined;
}

/** The kudos an earlier delivery of the same request recorded. */
const earlierKudos = async (ctx: CoreContext, input: GiveKudosInput): Promise<Kudos[]> =>
  await ctx.db
    .select()
    .from(kudos)
    .where(and(eq(kudos.workspaceId, input.workspace.id), eq(kudos.sourceRef, input.requestKey)));

/** The channel's announcement, naming only the recipients who have not opted out. */
function announcement(
  input: GiveKudosInput,
  recipients: Person[],
  clientName: string | undefined,
): Delivery[] {
  const announced = recipients.filter((r) => !r.announceOptOut);
  const channel = input.announceIn ?? input.workspace.kudosChannel ?? input.channel;
  if (!channel || announced.length === 0) return [];
  return [
    {
      workspaceId: input.workspace.id,
      key: `${input.workspace.id}:kudos-announce:${input.requestKey}`,
      to: { kind: 'channel', channel },
      notBefore: input.holdUntil,
      message: kudosMessage(localeOf(undefined, input.workspace), {
        headline: clientName ? 'kudos.announce.client' : 'kudos.announce',
        giver: input.giver,
        recipients: announced,
        clientName,
        words: input.words,
        values: input.values,
      }),
    },
  ];
}

/** Each recipient's own message, in their language. */
function recipientMessages(input: GiveKudosInput, given: Given): Delivery[] {
  const { clientName } = given;
  return given.rows.map((row) => {
    const recipient = given.recipients.find((r) => r.id === row.recipientId)!;
    return {
      workspaceId: input.workspace.id,
      key: `${input.workspace.id}:kudos-dm:${row.id}`,
      to: { kind: 'person', personId: recipient.id },
      notBefore: input.holdUntil,
      message: kudosMessage(localeOf(recipient, input.workspace), {
        headline: clientName ? 'kudos.dm.client' : 'kudos.dm',
        giver: input.giver,
        recipients: [recipient],
        clientName,
        words: input.words,
        values: input.values,
      }),
    };
  });
}

const UNKNOWN_PERSON: Record<Workspace['platform'], MessageKey> = {
  slack: 'kudos.error.unknownPerson',
  teams: 'kudos.error.unknownPerson.teams',
  shell: 'kudos.error.unknownPerson.shell',
};

async function checkRules(
  ctx: CoreContext,
  input: GiveKudosInput,
  recipients: Person[],
  locale: Locale,
): Promise<KudosError | undefined> {
  const fail = (
    code: KudosErrorCode,
    field: KudosError['field'],
    key: MessageKey,
    params: Record<string, string | number> = {},
  ): KudosError => ({ code, field, message: t(locale, key, params) });

  const unknown = input.unknown?.[0];
  if (unknown) {
    // Slack and Teams link a name picked from their suggestions; the shell reads @handles.
    const key = UNKNOWN_PERSON[input.workspace.platform];
    return fail('unknownPerson', 'recipients', key, { name: unknown });
  }
  if (input.clientMissing) return fail('clientName', 'client', 'kudos.error.clientName');
  if (recipients.length === 0) return fail('noRecipient', 'recipients', 'kudos.error.noRecipient');
  if (recipients.length > RECIPIENTS_MAX) {
    return fail('tooMany', 'recipients', 'kudos.error.tooMany', { max: RECIPIENTS_MAX });
  }
  // Passing on a client's praise of yourself is not praising yourself.
  if (!clientsWords(input.source) && recipients.some((r) => r.id === input.giver.id))
    return fail('self', 'recipients', 'kudos.error.self');
  const bot = recipients.find((r) => r.isBot);
  if (bot) return fail('bot', 'recipients', 'kudos.error.bot', { name: bot.name });

  const length = [...input.words].length;
  if (length < WORDS_MIN && typed(input.source))
    return fail('tooShort', 'words', 'kudos.error.tooShort', { min: WORDS_MIN, length });
  if (length > WORDS_MAX)
    return fail('tooLong', 'words', 'kudos.error.tooLong', { max: WORDS_MAX, length });

  const limit = input.workspace.kudosDailyLimit;
  // Passing on a client's praise is not giving kudos of one's own.
  if (limit != null && !clientsWords(input.source)) {
    const since = startOfDay(ctx.now(), input.giver.timezone);
    // A retry of this very request is not more kudos: it must reach the duplicate check.
    const [given] = await ctx.db
      .select({ n: count() })
      .from(kudos)
      .where(
        and(
          eq(kudos.giverId, input.giver.id),
          gte(kudos.createdAt, since),
          ne(kudos.sourceRef, input.requestKey),
        ),
      );
    if ((given?.n ?? 0) + recipients.length > limit)
      return fail('dailyLimit', 'recipients', 'kudos.error.dailyLimit', { limit });
  }
  return undefined;
}

interface KudosContent {
  headline: MessageKey;
  giver: Person;
  recipients: Person[];
  clientName?: string;
  words: string;
  values: string[];
}

function kudosMessage(locale: Locale, k: KudosContent): MessageModel {
  const headline: Inline[] = tInline(locale, k.headline, {
    giver: [{ mention: mentionOf(k.giver) }],
    recipients: mentionList(locale, k.recipients.map(mentionOf)),
    client: k.clientName ? [{ bold: k.clientName }] : '',
  });
  const parts: Part[] = [
    text(...headline),
    { type: 'quote', text: k.words, ...(k.clientName ? { attribution: k.clientName } : {}) },
  ];
  if (k.values.length > 0) {
    const values = k.values.map((v) => `#${v}`).join(', ');
    parts.push({ type: 'context', content: [t(locale, 'kudos.values', { values })] });
  }
  return { parts };
}

/** Midnight of `now`'s day where the person lives (UTC when we do not know), DST included. */
function startOfDay(now: Date, timezone: string | null): Date {
  return latestRun('0 0 * * *', timezone ?? 'UTC', now) ?? now;
}
