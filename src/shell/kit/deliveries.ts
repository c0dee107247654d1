import type { MessageModel } from '../../core/shared';
import type { Sender } from '../../jobs/outbox';
import { t } from '../../i18n';
import type { Shell } from './shell';

/**
 * Deliveries as the shell shows them, the moment they are sent: channel posts for everyone;
 * a DM only to the person it is for, so a report's words reach nobody else at the terminal.
 * DMs for others wait until `/as` makes you them.
 */
export class ShellDeliveries {
  private readonly waiting = new Map<string, MessageModel[]>();

  constructor(private readonly shell: () => Shell) {}

  readonly sender: Sender = {
    send: async (_workspace, to, message) => {
      const shell = this.shell();
      // The shell has no home view to refresh: /home prints it when asked.
      if (to.kind === 'home') return;
      if (to.kind === 'channel') {
        shell.screen.show({ kind: 'channel', channel: to.channel, thread: to.thread }, message);
        return;
      }
      if (to.userId === shell.me().platformUserId) {
        shell.screen.show({ kind: 'dm', to: to.userId }, message);
        return;
      }
      this.waiting.set(to.userId, [...(this.waiting.get(to.userId) ?? []), message]);
      shell.screen.say(t(shell.locale(), 'shell.dm.waiting', { name: to.userId }));
    },
  };

  /** The DMs that came for this person while someone else was typing. */
  showWaiting(userId: string): void {
    const waiting = this.waiting.get(userId) ?? [];
    this.waiting.delete(userId);
    for (const message of waiting) this.shell().screen.show({ kind: 'dm', to: userId }, message);
  }
}
