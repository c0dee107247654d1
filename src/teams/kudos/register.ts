import { SEND_THANKS_ACTION } from '../../core/kudos';
import type { TeamsFeature } from '../kit/feature';
import { KUDOS_FORM_VERB, kudosCommand, kudosFormSubmitted } from './kudos-command';
import { sendThanksClicked, thanksSubmitted, THANKS_FORM_VERB } from './send-thanks';

/** `kudos …`, its card, and thanks from a digest. */
export const kudos: TeamsFeature = {
  commands: { kudos: kudosCommand },
  verbs: {
    [KUDOS_FORM_VERB]: (deps, context, who, _verb, data) =>
      kudosFormSubmitted(deps, context, who, data),
    [SEND_THANKS_ACTION]: (deps, context, who, _verb, data) =>
      sendThanksClicked(deps, context, who, data),
    [THANKS_FORM_VERB]: (deps, context, who, _verb, data) =>
      thanksSubmitted(deps, context, who, data),
  },
};
