import { eq } from 'drizzle-orm';
import { clients } from '../../../db/schema';
import type { CoreContext } from '../../shared';
import { enqueueDelivery } from '../../delivery';
import { recordEvent } from '../access';
import {
  clientBold,
  handlerMention,
  pendingFollowUp,
  say,
  tellReporter,
  updateReport,
  withReport,
  type StepInput,
  type StepOutcome,
} from './step';
import { localeOf, mentionOf } from '../../people';

/**
 * Step 3: the manager takes the account over — a visible act. The client's owner becomes the
 * manager (so later emails from this client concern them); the reporter and the account's
 * channel are told. The channel hears only who looks after the account, never why.
 */
export async function takeOverAccount(ctx: CoreContext, input: StepInput): Promise<StepOutcome> {
  return await withReport(ctx, input, async (ctx, report, locale) => {
    const done = say(locale, 'escalate.tookOver.you', {
      client: clientBold(report),
      reporter: [{ mention: mentionOf(report.reporter) }],
    });
    // A second click (or a retry) changes nothing and tells nobody twice.
    if (report.escalation.status === 'taken_over' && report.client.ownerId === input.actor.id) {
      return { ok: true, reply: done };
    }
    await ctx.db
      .update(clients)
      .set({ ownerId: input.actor.id })
      .where(eq(clients.id, report.client.id));
    await updateReport(ctx, report.escalation.id, {
      status: 'taken_over',
      acknowledgedAt: report.escalation.acknowledgedAt ?? ctx.now(),
      timerAt: pendingFollowUp(report.escalation, ctx.now()),
    });
    await recordEvent(ctx, report.escalation.id, input.actor.id, 'took_over');
    await tellReporter(ctx, input.workspace, report, 'took-over', 'escalate.tookOver.reporter', {
      handler: handlerMention(input.actor),
      client: clientBold(report),
    });
    if (report.client.channel) {
      const channelLocale = localeOf(undefined, input.workspace);
      await enqueueDelivery(
        ctx.db,
        {
          workspaceId: input.workspace.id,
          key: `${input.workspace.id}:escalation:${report.escalation.id}:account-channel`,
          to: { kind: 'channel', channel: report.client.channel },
          message: say(channelLocale, 'escalate.tookOver.channel', {
            handler: handlerMention(input.actor),
            client: clientBold(report),
          }),
        },
        ctx.now(),
      );
    }
    return { ok: true, reply: done };
  });
}
