import type { CoreContext } from '../shared';
import { EMAIL_ACTIONS } from './react';
import {
  notACompliment,
  recordKudosFromEmail,
  type EmailClickInput,
  type EmailClickOutcome,
} from './record-kudos';

type Decision = (ctx: CoreContext, input: EmailClickInput) => Promise<EmailClickOutcome>;

/**
 * "Record kudos" / "Not a compliment" under a forwarded email, declared once for every
 * platform: a button's id is Slack's action id and Teams' verb alike. Built when asked, as
 * the features it names may still be loading when this file is.
 */
export function emailDecisions(): Readonly<Record<string, Decision>> {
  return {
    [EMAIL_ACTIONS.recordKudos]: recordKudosFromEmail,
    [EMAIL_ACTIONS.notCompliment]: notACompliment,
  };
}
