import type {
  AdaptiveCardInvokeResponse,
  Attachment,
  InvokeResponse,
  TurnContext,
} from 'botbuilder';
import { claimRequest, type MessageModel } from '../../core/shared';
import { messageCard } from './render-message';
import type { TeamsDeps } from './deps';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** A short answer shown where the card was clicked; the card itself stays as it is. */
export const invokeMessage = (message: string): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: message as unknown as Record<string, unknown>,
});

/** An Action.Execute answer: the card that takes the clicked card's place. */
export const cardAnswer = (card: Attachment): AdaptiveCardInvokeResponse => ({
  statusCode: 200,
  type: ADAPTIVE_CARD,
  value: card.content as Record<string, unknown>,
});

/** What Frontline says, in place of the clicked card. */
export const messageAnswer = (message: MessageModel): AdaptiveCardInvokeResponse =>
  cardAnswer(messageCard(message));

/**
 * False when Teams sends an invoke again (a retry keeps its id): what the first one sent,
 * beside its answer, is not sent twice. The key is apart from the core's own request keys.
 */
export async function firstInvoke(
  deps: TeamsDeps,
  workspaceId: number,
  context: TurnContext,
): Promise<boolean> {
  const id = context.activity.id;
  return !id || (await claimRequest(deps.core.db, `${workspaceId}:teams:invoke:${id}:sent`));
}

/** An invoke answered with an error, in the shape Universal Actions define for one. */
export function invokeError(status: number, code: string, message: string): InvokeResponse {
  const body: AdaptiveCardInvokeResponse = {
    statusCode: status,
    type: 'application/vnd.microsoft.error',
    value: { code, message },
  };
  return { status, body };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The invokes Frontline acts on, and what their value must hold before botbuilder reads it. */
const INVOKE_VALUES: Record<string, (value: Record<string, unknown>) => boolean> = {
  'adaptiveCard/action': (value) => isObject(value.action) && typeof value.action.type === 'string',
  'composeExtension/fetchTask': (value) => typeof value.commandId === 'string',
  'composeExtension/submitAction': (value) => typeof value.commandId === 'string',
};

/** Why an invoke Frontline handles cannot be read (botbuilder would throw on it), if it cannot. */
export function malformedInvoke(activity: { name?: string; value?: unknown }): string | undefined {
  const check = activity.name ? INVOKE_VALUES[activity.name] : undefined;
  if (!check) return undefined;
  if (!isObject(activity.value)) return `${activity.name} needs an object as its value`;
  return check(activity.value) ? undefined : `${activity.name} has no action to run`;
}
