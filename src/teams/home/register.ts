import type { TeamsFeature } from '../kit/feature';
import { sendHome } from './home';

/** `home`: the home card (its own buttons are routed by their prefix, see `isHomeVerb`). */
export const home: TeamsFeature = {
  commands: { home: (deps, context, who) => sendHome(deps, context, who) },
};
