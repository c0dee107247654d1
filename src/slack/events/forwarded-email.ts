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
} from '../../core/forwarded-email';
import { findOrCreateWorkspace, personWithEmail } from '../../core/people';
import { reactToForwardedEmail } from '../../core/react-to-forwarded-email';
import type { Person } from '../../db/schema';
import { messageBlocks } from '../message-blocks';
import { slackActor, type SlackDeps } from '../slack-context';
import { slackDirectory } from '../slack-directory';
import { unescapeSlack } from '../slack-text';

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
    if (message.bot_id || !message.user) return;
    if (message.subtype && message.subtype !== 'file_share') return;
    const teamId = (body as { team_id?: string }).team_id ?? '';
    await handleEmailMessage(deps, client, {
      teamId,
      channel: message.channel,
      direct: message.channel_type === 'im',
      message,
      reader: message.user,
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
    /** Who gets the private answer: the forwarder, or whoever asked Frontline to look. */
    reader: string;
    asked?: boolean;
  },
): Promise<void> {
  const { message, channel } = input;
  // Outside the inbox channels nothing is fetched or read.
  const inbox = findOrCreateWorkspace(deps.core, 'slack', input.teamId).emailInboxChannels;
  if (!input.direct && inbox.length > 0 && !inbox.includes(channel)) return;
  const read = await readSlackMessage(deps, client, message);
  if (!read || (!read.ok && read.problem === 'notForward' && !input.asked)) return;

  const { workspace, actor, person } = await slackActor(
    deps,
    client,
    { id: input.teamId },
    { id: message.user ?? input.reader },
  );

  const note = read.ok ? (read.email.note ?? '') : '';
  const mentionedIds = [...`${message.text ?? ''}\n${note}`.matchAll(MENTION)].map((m) => m[1]!);
  const mentioned = (await Promise.all([...new Set(mentionedIds)].map(person))).filter(
    (p): p is Person => p !== undefined,
  );
  const outcome = await reactToForwardedEmail(deps.core, {
    workspace,
    forwarder: actor,
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
  if (outcome.privately) {
    await client.chat.postEphemeral({
      channel,
      user: input.reader,
      ...messageBlocks(outcome.privately),
    });
  }
  if (outcome.row) deps.outbox.kick();
}

/** The email in a message: a Slack email file, an .eml file, or a pasted forward. */
export async function readSlackMessage(
  deps: EmailDeps,
  client: WebClient,
  message: SlackMessage,
): Promise<ReadEmail | undefined> {
  const files = message.files ?? [];
  const text = unescapeSlack(message.text ?? '');
  if (files.length === 0)
    return text.trim() ? readPastedForward(text, deps.emailLimits) : undefined;
  // Slack not answering, or a download cut short, is an email that could not be read: said so.
  return readSlackFiles(deps, client, files).catch((err: unknown) => {
    deps.core.log.warn({ err }, 'forwarded email file could not be fetched');
    return { ok: false, problem: 'unreadable' } as const;
  });
}

async function readSlackFiles(
  deps: EmailDeps,
  client: WebClient,
  files: SlackFile[],
): Promise<ReadEmail | undefined> {
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
      return readEmailFields(
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
    }
    if (isEml(file)) {
      // Too large is known from the size Slack gives: no need to fetch it.
      if ((file.size ?? 0) > limits.maxBytes) return { ok: false, problem: 'tooLarge' };
      const url = file.url_private_download ?? file.url_private;
      // The bot token goes only to Slack's own file host (or the configured API's, in tests).
      const bytes =
        url && isSlackFileUrl(url, deps.slackApiUrl)
          ? await downloadEmailFile(url, limits.maxBytes, {
              authorization: `Bearer ${client.token}`,
            })
          : undefined;
      if (bytes === 'tooLarge') return { ok: false, problem: 'tooLarge' };
      return bytes ? readEml(bytes, limits) : { ok: false, problem: 'unreadable' };
    }
  }
  return undefined;
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
