import type { TeamsFeature } from '../kit/feature';
import { emailVerbs, handleEmailInvoke } from './email-actions';

/** What Frontline offers under a forwarded email: record kudos, not a compliment, report it. */
export const forwardedEmail: TeamsFeature = {
  verbs: Object.fromEntries([...emailVerbs].map((verb) => [verb, handleEmailInvoke])),
};
