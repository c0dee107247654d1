/** Activities as Teams sends them to a bot, for tests: channelId 'msteams', a local serviceUrl. */

import type { MockTeamsConnector } from './mock-teams-connector';

export const TENANT = 'tenant-1';
export const BOT = { id: '28:frontline-bot', name: 'Frontline' };
export const TEAM = '19:team-general@thread.tacv2';
export const CHANNEL = '19:service-desk@thread.tacv2';

export interface TeamsUser {
  id: string;
  name: string;
  aadObjectId?: string;
}

export type Activity = Record<string, unknown>;

let counter = 0;
/** A fresh activity id, like Teams' message ids. */
export const nextActivityId = () => `${Date.now()}${String(++counter).padStart(4, '0')}`;

const mention = (user: TeamsUser) => ({
  type: 'mention',
  text: `<at>${user.name}</at>`,
  mentioned: { id: user.id, name: user.name },
});

interface Common {
  serviceUrl: string;
  from: TeamsUser;
  id?: string;
  locale?: string;
  /** The organisation the activity comes from (a multi-tenant bot serves several). */
  tenant?: string;
}

function base(common: Common, conversation: Record<string, unknown>, channelData: Activity = {}) {
  return {
    id: common.id ?? nextActivityId(),
    channelId: 'msteams',
    serviceUrl: common.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: common.locale ?? 'en-US',
    from: { id: common.from.id, name: common.from.name, aadObjectId: common.from.aadObjectId },
    recipient: BOT,
    conversation: { tenantId: common.tenant ?? TENANT, ...conversation },
    channelData: { tenant: { id: common.tenant ?? TENANT }, ...channelData },
  };
}

export const personalConversation = (user: TeamsUser) => ({
  id: `a:personal-${user.id}`,
  conversationType: 'personal',
});

const channelConversation = (channel: string, thread: string) => ({
  id: `${channel};messageid=${thread}`,
  conversationType: 'channel',
  isGroup: true,
});

const channelData = (channel: string) => ({
  team: { id: TEAM, name: 'Service' },
  channel: { id: channel, name: 'service-desk' },
});

/**
 * A message in a channel addressed to the bot: `text` may name people as `<at>Name</at>`;
 * each of `mentions` gets its entity, and the bot's own mention is put first.
 */
export function channelMessage(
  common: Common & { text: string; mentions?: TeamsUser[]; channel?: string; thread?: string },
): Activity {
  const channel = common.channel ?? CHANNEL;
  const id = common.id ?? nextActivityId();
  return {
    ...base(
      { ...common, id },
      channelConversation(channel, common.thread ?? id),
      channelData(channel),
    ),
    type: 'message',
    textFormat: 'plain',
    text: `<at>${BOT.name}</at> ${common.text}`,
    entities: [mention(BOT), ...(common.mentions ?? []).map(mention)],
  };
}

/** A message in the person's 1:1 chat with the bot. */
export function personalMessage(
  common: Common & { text: string; mentions?: TeamsUser[] },
): Activity {
  return {
    ...base(common, personalConversation(common.from)),
    type: 'message',
    textFormat: 'plain',
    text: common.text,
    entities: (common.mentions ?? []).map(mention),
  };
}

/** A file sent to the bot in a personal chat, as Teams attaches it: a download link. */
export const fileAttachment = (name: string, downloadUrl: string) => ({
  contentType: 'application/vnd.microsoft.teams.file.download.info',
  name,
  content: { downloadUrl, uniqueId: `file-${name}`, fileType: name.split('.').pop() },
});

/** An Action.Execute from a card (Universal Actions), in the personal chat unless told. */
export function cardAction(
  common: Common & { verb: string; data: Record<string, unknown>; channel?: string },
): Activity {
  const conversation = common.channel
    ? channelConversation(common.channel, nextActivityId())
    : personalConversation(common.from);
  return {
    ...base(common, conversation, common.channel ? channelData(common.channel) : {}),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: {
      action: { type: 'Action.Execute', verb: common.verb, data: common.data },
      trigger: 'manual',
    },
  };
}

/** The app was installed for a person (personal scope) or added to a team. */
export function installationUpdate(common: Common & { team?: boolean }): Activity {
  const conversation = common.team
    ? { id: TEAM, conversationType: 'channel', isGroup: true }
    : personalConversation(common.from);
  return {
    ...base(common, conversation, common.team ? channelData(TEAM) : {}),
    type: 'installationUpdate',
    action: 'add',
  };
}

/** The bot was added to a conversation (Teams sends this beside installationUpdate). */
export function conversationUpdate(common: Common & { team?: boolean }): Activity {
  const conversation = common.team
    ? { id: TEAM, conversationType: 'channel', isGroup: true }
    : personalConversation(common.from);
  return {
    ...base(
      common,
      conversation,
      common.team ? { ...channelData(TEAM), eventType: 'teamMemberAdded' } : {},
    ),
    type: 'conversationUpdate',
    membersAdded: [BOT],
  };
}

/**
 * Installs the app for a person, as Teams does, and waits for the home card Frontline
 * answers with; the connector's record is then cleared, so a test sees only what follows.
 */
export async function installForPerson(
  baseUrl: string,
  connector: MockTeamsConnector,
  user: TeamsUser,
): Promise<void> {
  const { status } = await postActivity(
    baseUrl,
    installationUpdate({ serviceUrl: connector.url, from: user }),
  );
  if (status !== 200) throw new Error(`installationUpdate answered ${status}`);
  await connector.waitForPosts(1, personalConversation(user).id);
  connector.calls.length = 0;
}

/** Posts an activity to Frontline's /api/messages, as the Bot Framework would. */
export async function postActivity(
  baseUrl: string,
  activity: Activity | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: kept as text.
  }
  return { status: res.status, body };
}

/**
 * Waits until the outbox has tried everything due, including rows a kick already claimed
 * (which a drain() of its own would not see, and so not wait for).
 */
export async function outboxSettled(outbox: {
  drain(): Promise<void>;
  idle(): Promise<void>;
}): Promise<void> {
  await outbox.drain();
  await outbox.idle();
}
