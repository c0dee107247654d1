import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { TeamsActor } from './context';
import type { TeamsDeps } from './deps';
import type { TeamsText } from './text';

/** A word a message starts with (`kudos …`): `rest` is what follows it. */
export type TeamsCommand = (
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  message: TeamsText,
  rest: string,
) => Promise<void>;

/** An Action.Execute verb on one of the feature's cards. */
export type TeamsVerb = (
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  verb: string,
  data: Record<string, unknown>,
) => Promise<AdaptiveCardInvokeResponse>;

/** A feature as Teams offers it: its commands by first word, its card verbs. */
export interface TeamsFeature {
  commands?: Readonly<Record<string, TeamsCommand>>;
  verbs?: Readonly<Record<string, TeamsVerb>>;
}
