import type { TeamsFeature } from '../kit/feature';
import { escalateCommand } from './escalate-command';
import { escalationVerbs, handleEscalationInvoke } from './steps';

/** `escalate …`, the report card, the manager's steps and the check-in. */
export const escalation: TeamsFeature = {
  commands: {
    escalate: (deps, context, who, _message, rest) => escalateCommand(deps, context, who, rest),
  },
  verbs: Object.fromEntries([...escalationVerbs].map((verb) => [verb, handleEscalationInvoke])),
};
