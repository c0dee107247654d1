import type { Person, Workspace } from '../../../db/schema';
import type { CoreContext, MessageModel } from '../../shared';
import { localeOf } from '../../people';
import { reportToActOn } from '../access';
import { reportCard } from '../report-card';

/** A report with the manager's steps as buttons, for someone who may act on it; else why not. */
export async function reportSteps(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  escalationId: number,
): Promise<MessageModel> {
  const found = await reportToActOn(ctx, workspace, actor, escalationId);
  if (!found.ok) return found.reply;
  const { escalation, reporter, client } = found.report;
  return reportCard(localeOf(actor, workspace), escalation, reporter, client);
}
