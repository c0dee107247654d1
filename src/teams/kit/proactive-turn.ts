import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';

/**
 * Makes what a turn sends a new message in its conversation rather than a reply to the
 * activity that started the turn: a proactive turn starts from an invented activity.
 */
export function sendAsNewMessages(context: TurnContext): void {
  context.onSendActivities(async (_context, activities, next) => {
    for (const activity of activities) delete activity.replyToId;
    return next();
  });
}

/**
 * A turn of Frontline's own in a stored conversation. It fails when `logic` fails: the
 * adapter would otherwise hand the error to onTurnError and report success.
 */
export async function continueConversation(
  adapter: CloudAdapter,
  appId: string,
  reference: Partial<ConversationReference>,
  logic: (context: TurnContext) => Promise<void>,
): Promise<void> {
  let failure: { err: unknown } | undefined;
  await adapter.continueConversationAsync(appId, reference, async (context) => {
    try {
      sendAsNewMessages(context);
      await logic(context);
    } catch (err) {
      failure = { err };
    }
  });
  if (failure) throw failure.err;
}
