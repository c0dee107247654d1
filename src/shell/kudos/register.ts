import { SEND_THANKS_ACTION } from '../../core/kudos';
import type { ShellFeature } from '../kit/shell';
import { kudosCommand } from './kudos-command';
import { react, unreact } from './reactions';
import { sendThanksClicked } from './send-thanks';

export const kudos: ShellFeature = {
  commands: { kudos: kudosCommand, react, unreact },
  buttons: { [SEND_THANKS_ACTION]: sendThanksClicked },
};
