import { changedRows, first, inTransaction, written } from '../../db/query';
import { and, eq } from 'drizzle-orm';
import {
  forwardedEmails,
  type ForwardedEmailRow,
  type Person,
  type Workspace,
} from '../../db/schema';
import { t, type Locale } from '../../i18n';
import { clientForEmail, clientNameOf } from '../clients';
import { type CoreContext, mentionList, tInline, text, type MessageModel } from '../shared';
import { enqueueDelivery } from '../delivery';
import { emailKey, type ReadEmail } from './read/forwarded-email';
import { RECIPIENTS_MAX } from '../kudos';
import { localeOf, mentionOf, personById } from '../people';
import { isAbusive, recordKudosFromEmail } from './record-kudos';
import { triageEmail } from './triage/triage-email';

/** Buttons on what Frontline says about a forwarded email; the value is the email's row id. */
export const EMAIL_ACTIONS = {
  recordKudos: 'email-record-kudos',
  notCompliment: 'email-not-compliment',
  report: 'email-report',
} as const;

/** Emoji shortcodes Frontline reacts with; an adapter whose platform has no reactions skips them. */
export const EMAIL_REACTIONS = { compliment: 'sparkles', abusive: 'eyes' } as const;

export interface ForwardedEmailInput {
  workspace: Workspace;
  forwarder: Person;
  /** The chat message the email arrived in. */
  channel: string;
  messageTs: string;
  /** The thread a compliment's offer goes to, when not the message's own (a reply's root). */
  thread?: string;
  read: ReadEmail;
  /** People the forwarder @-mentioned in their own note. */
  mentioned: Person[];
  /** The person with this email address, from the database or the platform's directory. */
  personByEmail: (address: string) => Promise<Person | undefined>;
  /** The forwarder asked Frontline to look (a mention in the thread): answer even "neither". */
  asked?: boolean;
  /**
   * Who forwarded it could not be told (an email integration posted it from an address that is
   * none of ours): `forwarder` then only stands for whoever posted it, is offered nothing, and
   * the thread is told instead.
   */
  forwarderUnknown?: boolean;
}

export interface ForwardedEmailOutcome {
  /** An emoji to add to the forwarded message. */
  reaction?: string;
  /** An answer only the forwarder sees, at once. */
  privately?: MessageModel;
  row?: ForwardedEmailRow;
}

/** Addresses looked up at most: a client mailing a whole department is still one email. */
const ADDRESSES_MAX = 10;

/**
 * Reads a forwarded email's verdict into the database and says what follows: a compliment gets
 * a public thread reply offering to record kudos; abuse gets a discreet reaction and a private
 * offer to report it — its words never go to the channel.
 */
export async function reactToForwardedEmail(
  ctx: CoreContext,
  input: ForwardedEmailInput,
): Promise<ForwardedEmailOutcome> {
  const { workspace, forwarder, read } = input;
  const locale = localeOf(forwarder, workspace);
  if (!read.ok) return await answerUnreadable(ctx, input, read.problem, locale);

  const triage = triageEmail(read.email);
  const key = emailKey(read.email);
  const earlier = await first(
    ctx.db
      .select()
      .from(forwardedEmails)
      .where(and(eq(forwardedEmails.workspaceId, workspace.id), eq(forwardedEmails.emailKey, key))),
  );
  if (earlier) return await answerRepeat(ctx, input, earlier, locale);

  const concerns = await whomItConcerns(input, triage.addressedTo);
  const threshold = workspace.emailAutoRecordAbove;
  const plan: Plan = {
    triage,
    concerns,
    offered: triage.kind !== 'neither' || input.asked === true,
    unknown: input.forwarderUnknown === true,
    autoRecord:
      input.forwarderUnknown !== true &&
      triage.kind === 'compliment' &&
      threshold != null &&
      triage.confidence >= threshold,
  };
  const row = await storeAndOffer(ctx, input, read.email, key, plan);
  if (!row) return {};
  ctx.log.info(
    { email: row.id, kind: triage.kind, confidence: triage.confidence, language: triage.language },
    'forwarded email read',
  );
  return await outcomeOf(ctx, input, row, plan, locale);
}

/** What was decided about a readable email before anything is stored. */
interface Plan {
  triage: ReturnType<typeof triageEmail>;
  concerns: Person[];
  /** Someone is offered to act on it (or, when the forwarder is unknown, the thread is told). */
  offered: boolean;
  unknown: boolean;
  autoRecord: boolean;
}

type Email = Extract<ReadEmail, { ok: true }>['email'];

/** The chat message's place in the database, for every row about it. */
const messageOf = (input: ForwardedEmailInput) => ({
  workspaceId: input.workspace.id,
  channel: input.channel,
  messageTs: input.messageTs,
  forwarderId: input.forwarder.id,
});

/** An email that could not be read: kept, and the forwarder told why (once, unless asked). */
async function answerUnreadable(
  ctx: CoreContext,
  input: ForwardedEmailInput,
  problem: Extract<ReadEmail, { ok: false }>['problem'],
  locale: Locale,
): Promise<ForwardedEmailOutcome> {
  if (problem === 'notForward' && !input.asked) return {};
  // Kept, so the message can be found and read again once the reader knows more.
  const stored = await ctx.db
    .insert(forwardedEmails)
    .values({
      ...messageOf(input),
      emailKey: `message:${input.channel}:${input.messageTs}`,
      status: 'unreadable',
      problem,
    })
    .onConflictDoNothing();
  // A retried event was answered the first time.
  if (changedRows(stored) === 0 && !input.asked) return {};
  ctx.log.info({ channel: input.channel, problem }, 'forwarded email unreadable');
  return { privately: { parts: [text(t(locale, `email.problem.${problem}`))] } };
}

/** Stores the email and queues its offer in one transaction; undefined when stored already. */
async function storeAndOffer(
  ctx: CoreContext,
  input: ForwardedEmailInput,
  email: Email,
  key: string,
  plan: Plan,
): Promise<ForwardedEmailRow | undefined> {
  const { workspace } = input;
  const { triage } = plan;
  const now = ctx.now();
  return inTransaction(ctx, async (ctx) => {
    const client = triage.client
      ? await clientForEmail(ctx.db, workspace.id, triage.client)
      : undefined;
    const inserted = await first(
      ctx.db
        .insert(forwardedEmails)
        .values({
          ...messageOf(input),
          emailKey: key,
          source: email.source,
          concernsIds: plan.concerns.map((p) => p.id),
          clientId: client?.id ?? null,
          fromAddress: email.from?.address ?? null,
          fromName: email.from?.name ?? null,
          subject: email.subject ?? null,
          sentAt: email.sentAt ?? null,
          words: email.words,
          language: triage.language ?? null,
          kind: triage.kind,
          confidence: triage.confidence,
          status: plan.offered ? 'offered' : 'dismissed',
        })
        .onConflictDoNothing()
        .returning(),
    );
    // The same email arriving twice at once: the other request answers.
    if (!inserted) return undefined;
    await enqueueOffer(ctx, input, inserted, plan, { clientName: client?.name ?? '', now });
    return inserted;
  });
}

/**
 * Who hears of it: with the forwarder unknown, the thread; a compliment not recorded at once,
 * the thread with an offer; abuse, only the forwarder.
 */
async function enqueueOffer(
  ctx: CoreContext,
  input: ForwardedEmailInput,
  inserted: ForwardedEmailRow,
  plan: Plan,
  at: { clientName: string; now: Date },
): Promise<void> {
  const { workspace, forwarder } = input;
  const { clientName, now } = at;
  if (plan.unknown) {
    // Nobody to offer it to: the thread hears why, and whoever forwarded it can say so.
    if (plan.offered) await enqueueForwarderUnknown(ctx, input, inserted, now);
  } else if (plan.triage.kind === 'compliment' && !plan.autoRecord) {
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId: workspace.id,
        key: `${workspace.id}:email-offer:${inserted.id}`,
        to: { kind: 'channel', channel: input.channel, thread: input.thread ?? input.messageTs },
        message: complimentOffer(
          localeOf(undefined, workspace),
          plan.concerns,
          clientName,
          inserted,
        ),
      },
      now,
    );
  } else if (plan.triage.kind === 'abusive') {
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId: workspace.id,
        key: `${workspace.id}:email-abuse:${inserted.id}`,
        to: { kind: 'person', personId: forwarder.id },
        message: reportOffer(localeOf(forwarder, workspace), clientName, inserted),
      },
      now,
    );
  }
}

/** The reaction and the private answer, once the email is stored. */
async function outcomeOf(
  ctx: CoreContext,
  input: ForwardedEmailInput,
  row: ForwardedEmailRow,
  plan: Plan,
  locale: Locale,
): Promise<ForwardedEmailOutcome> {
  const { kind } = plan.triage;
  if (plan.unknown) return { row };
  if (plan.autoRecord) {
    const recorded = await recordKudosFromEmail(ctx, {
      workspace: input.workspace,
      actor: input.forwarder,
      emailId: row.id,
    });
    return { reaction: EMAIL_REACTIONS.compliment, row, privately: recorded.reply };
  }
  if (kind === 'compliment') return { reaction: EMAIL_REACTIONS.compliment, row };
  if (kind === 'abusive') return { reaction: EMAIL_REACTIONS.abusive, row };
  if (!input.asked) return { row };
  return { row, privately: neitherAnswer(locale, row) };
}

/** The original recipients who are our people; else whom the forwarder named; else the forwarder. */
async function whomItConcerns(input: ForwardedEmailInput, addresses: string[]): Promise<Person[]> {
  const found = new Map<number, Person>();
  for (const address of addresses.slice(0, ADDRESSES_MAX)) {
    const person = await input.personByEmail(address);
    if (person && !person.isBot) found.set(person.id, person);
  }
  if (found.size === 0) for (const p of input.mentioned) if (!p.isBot) found.set(p.id, p);
  const people = [...found.values()].slice(0, RECIPIENTS_MAX);
  return people.length > 0 || input.forwarderUnknown ? people : [input.forwarder];
}

async function enqueueForwarderUnknown(
  ctx: CoreContext,
  input: ForwardedEmailInput,
  row: ForwardedEmailRow,
  now: Date,
): Promise<void> {
  const { workspace } = input;
  await enqueueDelivery(
    ctx.db,
    {
      workspaceId: workspace.id,
      key: `${workspace.id}:email-forwarder-unknown:${row.id}`,
      to: { kind: 'channel', channel: input.channel, thread: input.thread ?? input.messageTs },
      message: { parts: [text(t(localeOf(undefined, workspace), 'email.forwarder.unknown'))] },
    },
    now,
  );
}

/** An email kept without a forwarder is claimed by whoever asks about it in its thread. */
async function claimed(ctx: CoreContext, input: ForwardedEmailInput, row: ForwardedEmailRow) {
  const standIn = await personById(ctx, row.forwarderId);
  if (input.forwarderUnknown || !input.asked || !standIn?.isBot || input.forwarder.isBot) {
    return row;
  }
  ctx.log.info({ email: row.id, forwarder: input.forwarder.id }, 'forwarded email claimed');
  return await written(
    ctx.db
      .update(forwardedEmails)
      .set({ forwarderId: input.forwarder.id })
      .where(eq(forwardedEmails.id, row.id))
      .returning(),
  );
}

async function answerRepeat(
  ctx: CoreContext,
  input: ForwardedEmailInput,
  earlier: ForwardedEmailRow,
  locale: Locale,
): Promise<ForwardedEmailOutcome> {
  const client = (await clientNameOf(ctx.db, earlier.clientId)) ?? '';
  if (earlier.channel === input.channel && earlier.messageTs === input.messageTs) {
    // Slack delivering the same event again is not a second forward; asked again, answer again.
    if (!input.asked) return {};
    return { privately: askedAgain(locale, await claimed(ctx, input, earlier), client) };
  }
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: input.forwarder.timezone ?? 'UTC',
  }).format(earlier.createdAt);
  const key = earlier.status === 'recorded' ? 'email.repeat.recorded' : 'email.repeat.seen';
  ctx.log.info({ email: earlier.id }, 'forwarded email seen before');
  const seen = text(t(locale, key, { date }));
  // Whoever forwards abuse again may report it too: the report is theirs, to their manager.
  if (!isAbusive(earlier)) return { privately: { parts: [seen] } };
  return { privately: { parts: [seen, ...reportOffer(locale, client, earlier).parts.slice(1)] } };
}

/** What an email already read is, for whoever asks again; abuse is only ever offered a report. */
function askedAgain(locale: Locale, row: ForwardedEmailRow, client: string): MessageModel {
  if (isAbusive(row)) return reportOffer(locale, client, row);
  if (row.status === 'recorded') return { parts: [text(t(locale, 'email.repeat.recorded.short'))] };
  return neitherAnswer(locale, row);
}

function complimentOffer(
  locale: Locale,
  concerns: Person[],
  client: string,
  row: ForwardedEmailRow,
): MessageModel {
  const names = concerns.map((p) => p.name).join(', ');
  return {
    parts: [
      text(
        ...tInline(locale, 'email.compliment', {
          client: [{ bold: client }],
          people: mentionList(locale, concerns.map(mentionOf)),
        }),
      ),
      {
        type: 'buttons',
        buttons: [
          {
            action: EMAIL_ACTIONS.recordKudos,
            label: t(locale, 'email.compliment.record', { people: names, client }),
            value: String(row.id),
            primary: true,
          },
          {
            action: EMAIL_ACTIONS.notCompliment,
            label: t(locale, 'email.compliment.not'),
            value: String(row.id),
          },
        ],
      },
    ],
  };
}

/** Private to the forwarder; names the client but never repeats what the client wrote. */
function reportOffer(locale: Locale, client: string, row: ForwardedEmailRow): MessageModel {
  return {
    parts: [
      text(...tInline(locale, 'email.abusive', { client: [{ bold: client }] })),
      {
        type: 'buttons',
        buttons: [
          {
            action: EMAIL_ACTIONS.report,
            label: t(locale, 'email.abusive.report'),
            value: String(row.id),
            primary: true,
          },
        ],
      },
    ],
  };
}

/** Asked about an email that is neither: say so, and offer both steps anyway. */
function neitherAnswer(locale: Locale, row: ForwardedEmailRow): MessageModel {
  return {
    parts: [
      text(t(locale, 'email.neither')),
      {
        type: 'buttons',
        buttons: [
          {
            action: EMAIL_ACTIONS.recordKudos,
            label: t(locale, 'email.neither.record'),
            value: String(row.id),
          },
          {
            action: EMAIL_ACTIONS.report,
            label: t(locale, 'email.abusive.report'),
            value: String(row.id),
          },
        ],
      },
    ],
  };
}
