import type { Person, Workspace } from '../../db/schema';
import { setCheckInDays } from './check-in';
import { clientAccountCommand, parseClientCommand } from '../clients';
import type { CoreContext, MessageModel } from '../shared';
import { reportStatus } from './status';
import { escalateHelp } from '../kudos';
import { localeOf } from '../people';

export interface EscalateCommandInput {
  workspace: Workspace;
  actor: Person;
  /** The text after `/escalate`, platform markup already simplified. */
  text: string;
  /** The channel it was typed in; none in a direct message, which is no account's channel. */
  channel?: string;
}

/**
 * `/escalate help`, `status`, `checkin N` or `client …`, the same on every platform. Null when
 * the text is a report (or nothing): the adapter opens the private report form.
 */
export async function escalateAnswer(
  ctx: CoreContext,
  input: EscalateCommandInput,
): Promise<MessageModel | null> {
  const { workspace, actor, channel } = input;
  const text = input.text.trim();
  const word = text.toLowerCase();
  if (word === 'help') return escalateHelp(localeOf(actor, workspace), workspace.platform);
  if (word === 'status') return await reportStatus(ctx, workspace, actor);
  const checkIn = /^checkin\s+(\S+)$/i.exec(text);
  if (checkIn) return await setCheckInDays(ctx, workspace, actor, checkIn[1]!);
  const command = parseClientCommand(text);
  if (command) return await clientAccountCommand(ctx, { workspace, actor, command, channel });
  return null;
}
