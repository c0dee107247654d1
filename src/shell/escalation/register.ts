import type { ShellFeature } from '../kit/shell';
import { escalateCommand } from './report-abusive-client';
import { showSteps, stepButtons } from './steps';

export const escalation: ShellFeature = {
  commands: { escalate: escalateCommand, steps: showSteps },
  buttons: stepButtons,
};
