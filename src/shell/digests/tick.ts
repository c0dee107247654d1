import { managersIn, queueDueDigests, queueSummaryNow } from '../../core/digests';
import { t } from '../../i18n';
import type { ShellCommand } from '../kit/shell';

/**
 * `/tick`: the schedule runs now, as if every time had come: the digests of this workspace's
 * managers and the weekly summary are made at once, and reminders and check-ins that are due go.
 */
export const tick: ShellCommand = async (shell) => {
  const workspace = shell.workspace();
  const only = (await managersIn(shell.ctx.db, workspace.id)).map((m) => m.id);
  const digests = only.length > 0 ? await queueDueDigests(shell.ctx, { force: true, only }) : 0;
  if (workspace.summaryChannel !== null) await queueSummaryNow(shell.ctx, workspace);
  await shell.scheduler.tick();
  const locale = shell.locale();
  shell.screen.say(
    t(locale, 'shell.tick', { digests }) +
      (workspace.summaryChannel === null ? ` ${t(locale, 'shell.tick.noSummary')}` : ''),
  );
  await shell.delivered();
};
