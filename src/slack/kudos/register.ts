import { KUDOS_FORM_ID, SEND_THANKS_ACTION, THANKS_FORM_ID } from '../../core/kudos';
import {
  formSorry,
  guarded,
  noAnswer,
  privateSorry,
  safely,
  type FeatureSetup,
} from '../kit/listeners';
import { GIVE_KUDOS_SHORTCUT, giveKudosForThisShortcut } from './give-kudos-for-this';
import { kudosCommand } from './kudos-command';
import { kudosFormSubmitted } from './kudos-form';
import { reactionWasAdded, reactionWasRemoved } from './reactions';
import { sendThanksClicked, thanksSubmitted } from './send-thanks';

/** `/kudos`, its form, thanks, "Give kudos for this" and kudos by reaction. */
export function registerKudos({ app, deps, log }: FeatureSetup): void {
  app.command('/kudos', guarded(deps, kudosCommand(deps), privateSorry));
  app.view(KUDOS_FORM_ID, guarded(deps, kudosFormSubmitted(deps), formSorry('words')));
  app.action(SEND_THANKS_ACTION, guarded(deps, sendThanksClicked(deps), noAnswer));
  app.view(THANKS_FORM_ID, guarded(deps, thanksSubmitted(deps), formSorry('note')));
  app.shortcut(GIVE_KUDOS_SHORTCUT, guarded(deps, giveKudosForThisShortcut(deps), noAnswer));
  app.event('reaction_added', safely(log, reactionWasAdded(deps)));
  app.event('reaction_removed', safely(log, reactionWasRemoved(deps)));
}
