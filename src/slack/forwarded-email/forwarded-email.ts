import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import {
  downloadEmailFile,
  readEmailFields,
  readEml,
  readPastedForward,
  type EmailLimits,
  type EmailPerson,
  type ReadEmail,
  reactToForwardedEmail,
} from '../../core/forwarded-email';
import { ensurePerson, findOrCreateWorkspace, personWithEmail } from '../../core/people';
import type { Person, Workspace } from '../../db/schema';
import { messageBlocks } from '../kit/render-message';
import { slackActor, type SlackDeps } from '../kit/context';
import { slackDirectory } from '../kit/directory';
import { slackPastedText } from '../kit/text';

/** A file as Slack puts it on a message; email fields only when Slack read it as an email. */
export interface SlackFile {
  id: string;
  name?: string;
  filetype?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
  /** Slack Connect hides the file: `files.info` gives it. */
  mode?: string;
  file_access?: string;
  subject?: string;
  from?: SlackEmailPerson[];
  to?: SlackEmailPerson[];
  cc?: SlackEmailPerson[];
  plain_text?: string;
  preview_plain_text?: string;
  headers?: { date?: string; message_id?: string };
}

interface SlackEmailPerson {
  address?: string;
  name?: string;
  original?: string;
}

/** A message as the Events API (or conversations.history) gives it. */
export interface SlackMessage {
  user?: string;
  ts: string;
  text?: string;
  files?: SlackFile[];
  bot_id?: string;
  subtype?: string;
  thread_ts?: string;
}

export interface EmailDeps extends SlackDeps {
  emailLimits: EmailLimits;
  /** Where the Web API is when it is not Slack's own (tests): its files are trusted too. */
  slackApiUrl?: string;
}

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** Slack's own user: its email integration posts the emails people forward to Slack as Slackbot. */
const SLACKBOT = 'USLACKBOT';

const isEmailFile = (file: SlackFile) => file.filetype === 'email' || file.mode === 'email';

/**
 * Posted by Slack's email integration (an email sent to a channel's own address, or to one
 * delivering into a DM): a file share by Slackbot, with a bot_id, holding an email file.
 */
const isFromEmailIntegration = (message: SlackMessage) =>
  message.subtype === 'file_share' &&
  (message.user === SLACKBOT ||
    (Boolean(message.bot_id) && (message.files ?? []).some(isEmailFile)));

/** Messages in channels and DMs: a forwarded email among them gets Frontline's reaction. */
export function forwardedEmailMessage(deps: EmailDeps) {
  return async ({
    event,
    body,
    client,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const message = event as unknown as SlackMessage & {
      channel: string;
      channel_type?: string;
    };
    if (message.subtype && message.subtype !== 'file_share') return;
    const integration = isFromEmailIntegration(message);
    // Other apps' messages and Slackbot's notices are nobody's forward (Bolt drops Frontline's own).
    if (!integration && (message.bot_id || !message.user || message.user === SLACKBOT)) return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    await handleEmailMessage(deps, client, {
      teamId,
      channel: message.channel,
      direct: message.channel_type === 'im',
      message,
      reader: integration ? undefined : message.user,
    });
  };
}

/**
 * Reads the message, and when it holds a forwarded email, lets the core decide and carries out
 * what it says: a reaction, an answer only the reader sees, deliveries through the outbox.
 */
export async function handleEmailMessage(
  deps: EmailDeps,
  client: WebClient,
  input: {
    teamId: string;
    channel: string;
    direct: boolean;
    message: SlackMessage;
    /**
     * Who gets the private answer: whoever asked Frontline to look, or the author; for an
     * email Slack's integration posted, the forwarder found from it.
     */
    reader?: string;
    asked?: boolean;
  },
): Promise<void> {
  const { message, channel } = input;
  // Outside the inbox channels nothing is fetched or read.
  const inbox = (await findOrCreateWorkspace(deps.core, 'slack', input.teamId)).emailInboxChannels;
  if (!input.direct && inbox.length > 0 && !inbox.includes(channel)) return;
  const { read, file } = await readSlackMessage(deps, client, message);
  if (!read || (!read.ok && read.problem === 'notForward' && !input.asked)) return;

  const { workspace, actor, person } = await slackActor(
    deps,
    client,
    { id: input.teamId },
    { id: message.user ?? input.reader ?? SLACKBOT },
  );
  const forwarder = isFromEmailIntegration(message)
    ? await emailForwarder(deps, client, workspace, {
        sender: file?.from?.[0]?.address,
        dm: input.direct ? channel : undefined,
        asker: input.asked ? input.reader : undefined,
      })
    : actor;
  const reader = input.reader ?? forwarder?.platformUserId ?? undefined;

  const note = read.ok ? (read.email.note ?? '') : '';
  const mentionedIds = [...`${message.text ?? ''}\n${note}`.matchAll(MENTION)].map((m) => m[1]!);
  const mentioned = (await Promise.all([...new Set(mentionedIds)].map(person))).filter(
    (p): p is Person => p !== undefined,
  );
  const outcome = await reactToForwardedEmail(deps.core, {
    workspace,
    // Kept even when nobody can be told who forwarded it: Slackbot stands in.
    forwarder: forwarder ?? actor,
    forwarderUnknown: !forwarder,
    channel,
    messageTs: message.ts,
    read,
    mentioned,
    personByEmail: (address) =>
      personWithEmail(deps.core, workspace.id, address, slackDirectory(client)),
    asked: input.asked,
  });
  if (outcome.reaction) {
    await client.reactions
      .add({ channel, timestamp: message.ts, name: outcome.reaction })
      .catch((err: { data?: { error?: string } }) => {
        if (err.data?.error !== 'already_reacted') deps.core.log.warn({ err }, 'reaction failed');
      });
  }
  if (outcome.privately && reader) {
    await client.chat.postEphemeral({
      channel,
      user: reader,
      ...messageBlocks(outcome.privately),
    });
  } else if (outcome.privately) {
    // An imported forwarder without a Slack account, or nobody known: there is no one to tell.
    deps.core.log.info({ channel, ts: message.ts }, 'private answer with nobody to tell');
  }
  if (outcome.row) deps.outbox.kick();
}

/**
 * Who forwarded an email Slack's integration posted: the person whose address sent it to
 * Slack, else the owner of the DM it arrived in, else whoever asked about it; undefined when
 * none of them is known.
 */
async function emailForwarder(
  deps: EmailDeps,
  client: WebClient,
  workspace: Workspace,
  from: { sender?: string; dm?: string; asker?: string },
): Promise<Person | undefined> {
  const directory = slackDirectory(client);
  const bySender = from.sender
    ? await personWithEmail(deps.core, workspace.id, from.sender, directory)
    : undefined;
  if (bySender && !bySender.isBot) return bySender;
  const userId = (from.dm ? await dmOwner(client, from.dm) : undefined) ?? from.asker;
  if (!userId) return undefined;
  const person = await ensurePerson(deps.core, workspace.id, userId, directory, userId);
  return person?.isBot ? undefined : person;
}

/** The person on the other side of a DM with Frontline, as conversations.info tells. */
async function dmOwner(client: WebClient, channel: string): Promise<string | undefined> {
  const info = await client.conversations.info({ channel }).catch(() => undefined);
  const im = info?.channel as { is_im?: boolean; user?: string } | undefined;
  return im?.is_im && im.user && im.user !== SLACKBOT ? im.user : undefined;
}

/** What a message holds: the email read from it, and the file it was read from. */
interface ReadMessage {
  read?: ReadEmail;
  file?: SlackFile;
}

/** The email in a message: a Slack email file, an .eml file, or a pasted forward. */
export async function readSlackMessage(
  deps: EmailDeps,
  client: WebClient,
  message: SlackMessage,
): Promise<ReadMessage> {
  const files = message.files ?? [];
  const text = slackPastedText(message.text ?? '');
  if (files.length === 0)
    return { read: text.trim() ? readPastedForward(text, deps.emailLimits) : undefined };
  // Slack not answering, or a download cut short, is an email that could not be read: said so.
  return readSlackFiles(deps, client, files).catch((err: unknown) => {
    deps.core.log.warn({ err }, 'forwarded email file could not be fetched');
    return { read: { ok: false, problem: 'unreadable' } as const };
  });
}

async function readSlackFiles(
  deps: EmailDeps,
  client: WebClient,
  files: SlackFile[],
): Promise<ReadMessage> {
  const limits = deps.emailLimits;
  for (const shared of files) {
    // Slack Connect hides the file, and an event may carry only its id: files.info has it all.
    const hidden = shared.mode === 'file_access' || shared.file_access === 'check_file_info';
    const partial = isEml(shared) && !shared.url_private_download && !shared.url_private;
    const file =
      hidden || partial
        ? ((await client.files.info({ file: shared.id })).file as SlackFile | undefined)
        : shared;
    if (!file) continue;
    if (file.filetype === 'email') {
      const read = readEmailFields(
        {
          subject: file.subject,
          from: emailPeople(file.from),
          to: emailPeople(file.to),
          cc: emailPeople(file.cc),
          plainText: file.plain_text ?? file.preview_plain_text,
          date: file.headers?.date,
          messageId: file.headers?.message_id,
        },
        limits,
      );
      return { read, file };
    }
    if (isEml(file)) {
      // Too large is known from the size Slack gives: no need to fetch it.
      if ((file.size ?? 0) > limits.maxBytes) return { read: { ok: false, problem: 'tooLarge' } };
      const url = file.url_private_download ?? file.url_private;
      // The bot token goes only to Slack's own file host (or the configured API's, in tests).
      const bytes =
        url && isSlackFileUrl(url, deps.slackApiUrl)
          ? await downloadEmailFile(url, limits.maxBytes, {
              authorization: `Bearer ${client.token}`,
            })
          : undefined;
      if (bytes === 'tooLarge') return { read: { ok: false, problem: 'tooLarge' } };
      return { read: bytes ? await readEml(bytes, limits) : { ok: false, problem: 'unreadable' } };
    }
  }
  return {};
}

const emailPeople = (list: SlackEmailPerson[] | undefined): EmailPerson[] =>
  (list ?? []).map((p) => ({ address: p.address, name: p.name }));

const isEml = (file: SlackFile) =>
  file.filetype === 'eml' ||
  file.mimetype === 'message/rfc822' ||
  Boolean(file.name?.toLowerCase().endsWith('.eml'));

function isSlackFileUrl(raw: string, apiUrl: string | undefined): boolean {
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url) return false;
  if (url.protocol === 'https:' && url.hostname === 'files.slack.com') return true;
  return apiUrl !== undefined && URL.canParse(apiUrl) && new URL(apiUrl).host === url.host;
}
