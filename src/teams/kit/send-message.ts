import {
  CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { MessageModel } from '../../core/shared';
import { personByPlatformId } from '../../core/people';
import type { Workspace } from '../../db/schema';
import { DeliveryError, type Sender } from '../../jobs/outbox';
import type { PlatformTarget } from '../../core/delivery';
import {
  forgetConversation,
  kindOf,
  latestReference,
  personalReference,
  referenceToConversation,
  saveConversationReference,
} from './conversation-references';
import { modelMessage } from './private-reply';
import { continueConversation } from './proactive-turn';
import type { TeamsDeps } from './deps';

/** When Teams throttles without saying for how long. */
const DEFAULT_RETRY_AFTER_MS = 5_000;

/** Statuses after which sending the same message again cannot succeed. */
const PERMANENT = new Set([400, 401, 403, 404, 405, 413]);

interface ConnectorError {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } };
}

/** Statuses that say a stored personal chat can no longer be posted to. */
const STALE = new Set([403, 404]);

const statusOf = (err: unknown) => (err as ConnectorError | undefined)?.statusCode;

/** Retry-After as seconds or as an HTTP date. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A connector failure in the outbox's terms: when to try again, or that it is pointless. */
export function deliveryError(raw: unknown): DeliveryError {
  if (raw instanceof DeliveryError) return raw;
  const err = (raw ?? {}) as ConnectorError;
  const status = err.statusCode;
  const reason = status
    ? `Teams answered ${status}: ${err.message ?? ''}`.trim()
    : (err.message ?? String(raw));
  if (status === 429) {
    const wait = retryAfterMs(err.response?.headers?.get?.('retry-after'));
    return new DeliveryError(reason, { retryAfterMs: wait ?? DEFAULT_RETRY_AFTER_MS });
  }
  // 412, 5xx and network errors back off and try again.
  return new DeliveryError(reason, { permanent: status !== undefined && PERMANENT.has(status) });
}

/**
 * Sends from the outbox only once: the connector's own retries would repeat a message the
 * outbox already records, and would wait out a throttle inside a delivery lane.
 */
function withoutRetries(context: TurnContext): void {
  const adapter = context.adapter as CloudAdapter;
  const client = context.turnState.get(adapter.ConnectorClientKey) as
    { client?: { pipeline?: { removePolicy(options: { phase: 'Retry' }): unknown } } } | undefined;
  client?.client?.pipeline?.removePolicy({ phase: 'Retry' });
}

/** Delivers outbox messages to Teams people and channels, proactively. */
export function teamsSender(deps: TeamsDeps): Sender {
  return {
    async send(workspace, to, message) {
      try {
        // The Teams home card refreshes itself when it is looked at: nothing to push.
        if (to.kind === 'home') return;
        if (to.kind === 'person') await sendToPerson(deps, workspace, to.userId, message);
        else await sendToChannel(deps, workspace, to, message);
      } catch (err) {
        throw deliveryError(err);
      }
    },
  };
}

async function post(
  deps: TeamsDeps,
  reference: Partial<ConversationReference>,
  message: MessageModel,
): Promise<void> {
  await continueConversation(deps.adapter, deps.appId, reference, async (context) => {
    withoutRetries(context);
    await context.sendActivity(modelMessage(message));
  });
}

/** To the person's 1:1 chat: the one Frontline knows, else a new one. */
async function sendToPerson(
  deps: TeamsDeps,
  workspace: Workspace,
  userId: string,
  message: MessageModel,
): Promise<void> {
  const { core } = deps;
  const person = await personByPlatformId(core, workspace.id, userId);
  const personal = person && (await personalReference(core, workspace.id, person.id));
  if (!personal)
    return startPersonalChat(deps, workspace, { userId, personId: person?.id }, message);
  try {
    return await post(deps, personal, message);
  } catch (err) {
    if (!STALE.has(statusOf(err) ?? 0)) throw err;
    // The chat is gone (the app was removed, say): forget it and start a new one, once.
    await forgetConversation(core, workspace.id, personal.conversation!.id);
    core.log.warn({ err, person: person.id }, 'personal chat refused: starting a new one');
    const chat = { userId, personId: person.id };
    return startPersonalChat(deps, workspace, chat, message, personal);
  }
}

/** A 1:1 chat with someone who never wrote to Frontline: started from the tenant's service URL. */
async function startPersonalChat(
  deps: TeamsDeps,
  workspace: Workspace,
  chat: { userId: string; personId: number | undefined },
  message: MessageModel,
  earlier?: Partial<ConversationReference>,
): Promise<void> {
  const known = earlier ?? (await latestReference(deps.core, workspace.id));
  if (!known?.serviceUrl || !known.bot) {
    throw new DeliveryError('no conversation with this person yet: install the app for them', {
      permanent: true,
    });
  }
  const conversationId = await createPersonalChat(deps, workspace, chat.userId, {
    ...known,
    serviceUrl: known.serviceUrl,
  });
  const reference: Partial<ConversationReference> = {
    channelId: known.channelId ?? 'msteams',
    serviceUrl: known.serviceUrl,
    bot: known.bot,
    user: { id: chat.userId, name: '' },
    conversation: {
      id: conversationId,
      conversationType: 'personal',
      tenantId: workspace.externalId,
      isGroup: false,
      name: '',
    },
  };
  await saveConversationReference(deps.core, {
    workspaceId: workspace.id,
    reference,
    kind: 'personal',
    personId: chat.personId,
  });
  await post(deps, reference, message);
}

/** The 1:1 chat's conversation id, as Teams answers createConversation. */
async function createPersonalChat(
  { adapter, appId }: TeamsDeps,
  workspace: Workspace,
  userId: string,
  known: Partial<ConversationReference> & { serviceUrl: string },
): Promise<string> {
  const parameters = {
    isGroup: false,
    bot: known.bot,
    members: [{ id: userId, name: '' }],
    tenantId: workspace.externalId,
    channelData: { tenant: { id: workspace.externalId } },
  } as unknown as ConversationParameters;
  // Teams answers with the existing chat when there is one: asking twice is harmless.
  let conversationId: string | undefined;
  await adapter.createConversationAsync(
    appId,
    known.channelId ?? 'msteams',
    known.serviceUrl,
    // None: botbuilder then uses its cloud's own audience for the connector.
    undefined as unknown as string,
    parameters,
    async (context) => {
      conversationId = context.activity.conversation?.id;
    },
  );
  if (!conversationId) throw new Error('Teams started no 1:1 chat');
  return conversationId;
}

/** To a channel or a chat, in a thread where the conversation has them. */
async function sendToChannel(
  deps: TeamsDeps,
  workspace: Workspace,
  to: Extract<PlatformTarget, { kind: 'channel' }>,
  message: MessageModel,
): Promise<void> {
  const { core } = deps;
  // A channel Frontline was never told about can still be posted to with the tenant's service URL.
  const known = await referenceToConversation(core, workspace.id, to.channel);
  const base = known ?? (await latestReference(core, workspace.id));
  if (!base) {
    throw new DeliveryError(`no conversation ${to.channel} known: add the app to it`, {
      permanent: true,
    });
  }
  // Only a channel has threads (its conversation id names the thread's first message); a
  // chat's answer is simply its next message.
  const inChannel = known ? kindOf(known.conversation?.conversationType) === 'channel' : true;
  const conversationId =
    to.thread && inChannel ? `${to.channel};messageid=${to.thread}` : to.channel;
  const reference: Partial<ConversationReference> = {
    ...base,
    conversation: {
      ...(known?.conversation ?? {
        conversationType: 'channel',
        tenantId: workspace.externalId,
        isGroup: true,
        name: '',
      }),
      id: conversationId,
    },
  };
  return post(deps, reference, message);
}
