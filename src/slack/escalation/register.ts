import { CHECK_IN_ACTIONS, ESCALATE_FORM_ID, STEP_CLICKS, STEP_FORMS } from '../../core/escalation';
import { formSorry, guarded, noAnswer, privateSorry, type FeatureSetup } from '../kit/listeners';
import { checkInClicked } from './check-in';
import { escalateCommand } from './escalate-command';
import { REPORT_SHORTCUT, reportAbusiveClientShortcut } from './report-abusive-client';
import { escalateFormSubmitted, escalationClicked, escalationStepSubmitted } from './steps';

/** `/escalate` and its form, "Report abusive client", the manager's steps and check-ins. */
export function registerEscalation({ app, deps }: FeatureSetup): void {
  app.command('/escalate', guarded(deps, escalateCommand(deps), privateSorry));
  app.view(ESCALATE_FORM_ID, guarded(deps, escalateFormSubmitted(deps), formSorry('what')));
  app.shortcut(REPORT_SHORTCUT, guarded(deps, reportAbusiveClientShortcut(deps), noAnswer));
  for (const actionId of Object.keys(STEP_CLICKS)) {
    app.action(actionId, guarded(deps, escalationClicked(deps), noAnswer));
  }
  for (const formId of Object.keys(STEP_FORMS)) {
    app.view(formId, guarded(deps, escalationStepSubmitted(deps), formSorry('note')));
  }
  for (const actionId of Object.values(CHECK_IN_ACTIONS)) {
    app.action(actionId, guarded(deps, checkInClicked(deps), noAnswer));
  }
}
