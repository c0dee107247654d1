import type { CloudAdapter } from 'botbuilder';
import type { CoreContext } from '../../core/shared';
import type { EmailLimits } from '../../core/forwarded-email';
import type { OutboxWorker } from '../../jobs/outbox';

/** What every Teams handler needs besides the turn itself. */
export interface TeamsDeps {
  core: CoreContext;
  outbox: OutboxWorker;
  /** Sends outside a turn: proactive messages, the personal chat of the person acting. */
  adapter: CloudAdapter;
  /** The bot's Microsoft App id ('' when authentication is off). */
  appId: string;
  /** Emails and directory object ids of Frontline's admins in Teams, lower-cased. */
  admins: ReadonlySet<string>;
  /** How large a forwarded email may be before it is answered, not read. */
  emailLimits: EmailLimits;
}
