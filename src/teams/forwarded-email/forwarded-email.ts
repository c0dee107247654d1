import type { Activity, Mention, TurnContext } from 'botbuilder';
import {
  downloadEmailFile,
  readEml,
  readPastedForward,
  type EmailLimits,
  type ReadEmail,
  reactToForwardedEmail,
} from '../../core/forwarded-email';
import { personWithEmail } from '../../core/people';
import type { Person } from '../../db/schema';
import { channelOf, isPersonalChat } from '../kit/conversation-references';
import { answerPrivately } from '../kit/private-reply';
import { messageWords } from '../kit/text';
import type { TeamsActor } from '../kit/context';
import type { TeamsDeps } from '../kit/deps';

/** How Teams hands a bot a file sent in a personal chat: a short-lived download link. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** Addresses asked of the Teams roster per email: each may cost a few connector calls. */
const ROSTER_LOOKUPS_MAX = 3;

interface FileDownloadInfo {
  downloadUrl?: string;
  fileType?: string;
}

/** Tags Teams puts in a message's HTML; anything else in angle brackets is text. */
const HTML_TAG =
  /<\/?(?:p|div|br|span|b|i|u|s|strong|em|a|ul|ol|li|blockquote|pre|code|h\d|table|tr|td|img)(?:\s[^>]*)?\/?>/i;

/**
 * A Teams message as the plain text a pasted forward is read from: the bot's mention gone,
 * other mentions as `@Name`, HTML (the message's own, or its text/html copy) as lines.
 */
export function forwardText(activity: Partial<Activity>): string {
  const html = activity.attachments?.find(
    (a) => a.contentType === 'text/html' && typeof a.content === 'string',
  )?.content as string | undefined;
  const raw = (html ?? activity.text ?? '').replace(/\r/g, '');
  const botNames = new Set(
    (activity.entities ?? [])
      .filter((e) => e.type === 'mention')
      .map((e) => (e as unknown as Mention).mentioned)
      .filter((m) => m?.id && m.id === activity.recipient?.id)
      .map((m) => m.name),
  );
  if (activity.recipient?.name) botNames.add(activity.recipient.name);
  const mentionsDone = raw.replace(/<at\b[^>]*>([\s\S]*?)<\/at>/gi, (_whole, name: string) =>
    botNames.has(messageWords({ content: name })) ? '' : `@${name}`,
  );
  const isHtml =
    html !== undefined ||
    activity.textFormat === 'xml' ||
    (activity.textFormat as string | undefined) === 'html' ||
    HTML_TAG.test(mentionsDone);
  // Plain text is escaped into HTML so one reader serves both: "<ana@acme.com>" stays text.
  const content = isHtml
    ? mentionsDone
    : mentionsDone.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
  return messageWords({ content, contentType: 'html' });
}

const isEmlFile = (name: string | undefined, info: FileDownloadInfo | undefined) =>
  Boolean(name?.toLowerCase().endsWith('.eml')) || info?.fileType?.toLowerCase() === 'eml';

/** The email in a Teams message: an .eml file sent to the bot, or a forward pasted as text. */
export async function readTeamsEmail(
  activity: Partial<Activity>,
  limits: EmailLimits,
): Promise<ReadEmail | undefined> {
  for (const attachment of activity.attachments ?? []) {
    if (attachment.contentType !== FILE_DOWNLOAD_INFO) continue;
    const info = attachment.content as FileDownloadInfo | undefined;
    if (!isEmlFile(attachment.name, info) || !info?.downloadUrl) continue;
    const bytes = /^https?:\/\//i.test(info.downloadUrl)
      ? await downloadEmailFile(info.downloadUrl, limits.maxBytes)
      : undefined;
    if (bytes === 'tooLarge') return { ok: false, problem: 'tooLarge' };
    return bytes ? readEml(bytes, limits) : { ok: false, problem: 'unreadable' };
  }
  const text = forwardText(activity);
  return text ? readPastedForward(text, limits) : undefined;
}

/** The people named in the message besides the bot, who may be whom the email concerns. */
async function mentionedPeople(activity: Partial<Activity>, who: TeamsActor): Promise<Person[]> {
  const named = new Map<string, string>();
  for (const entity of activity.entities ?? []) {
    const mentioned = (entity as unknown as Mention).mentioned;
    if (entity.type !== 'mention' || !mentioned?.id) continue;
    if (mentioned.id === activity.recipient?.id) continue;
    named.set(mentioned.id, mentioned.name);
  }
  const found = await Promise.all([...named].map(([id, name]) => who.person(id, name)));
  return found.filter((p) => p !== undefined);
}

/** Our person with this address: from an import or a profile, else the Teams roster (by UPN). */
function personByEmail(deps: TeamsDeps, who: TeamsActor) {
  let asked = 0;
  // The roster is asked about a few addresses at most: a client may write to a whole department.
  const roster = {
    lookup: who.directory.lookup,
    lookupByEmail: (address: string) =>
      asked++ < ROSTER_LOOKUPS_MAX ? who.directory.lookup(address) : Promise.resolve(null),
  };
  return (address: string) => personWithEmail(deps.core, who.workspace.id, address, roster);
}

/**
 * The thread a channel message belongs to: the root named in its conversation id
 * (`19:…;messageid=<root>`), which a reply inside a thread is not; else the message itself.
 */
export function threadRootOf(activity: Partial<Activity>): string | undefined {
  const root = /;messageid=([^;]+)/.exec(activity.conversation?.id ?? '')?.[1];
  return root ?? activity.id;
}

/**
 * A message that holds a forwarded client email: read, triaged and answered as on Slack.
 * False when it holds none, so the message is read as a command instead. Teams bots cannot
 * react to a message, so the core's reaction has no Teams form; everything private goes to
 * the forwarder's personal chat.
 */
export async function forwardedEmailMessage(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
): Promise<boolean> {
  const { activity } = context;
  const read = await readTeamsEmail(activity, deps.emailLimits);
  if (!read || (!read.ok && read.problem === 'notForward')) return false;
  const { workspace, actor } = who;
  // A channel's messages are stored without their thread, as emailOfMessage looks them up.
  const conversation = channelOf(activity.conversation.id);
  const inbox = workspace.emailInboxChannels;
  const personal = isPersonalChat(activity.conversation);
  if (!personal && inbox.length > 0 && !inbox.includes(conversation)) return false;

  const outcome = await reactToForwardedEmail(deps.core, {
    workspace,
    forwarder: actor,
    channel: conversation,
    messageTs: activity.id ?? '',
    // A forward posted as a reply inside a thread is answered in that thread.
    thread: personal ? undefined : threadRootOf(activity),
    read,
    mentioned: await mentionedPeople(activity, who),
    personByEmail: personByEmail(deps, who),
    // A bot in Teams only hears messages addressed to it: every forward is a question.
    asked: true,
  });
  if (outcome.privately) {
    // Only the forwarder may see it: never the channel the email came from.
    await answerPrivately(deps, context, who, outcome.privately, { fallback: 'none' });
  }
  if (outcome.row) deps.outbox.kick();
  return true;
}
