import type { CoreContext, FormValues } from '../../shared';
import { ESCALATION_ACTIONS } from '../report-card';
import { acknowledgeReport } from './acknowledge';
import { RESOLVE_FORM_ID, resolveForm, resolveReport } from './resolve-report';
import type { StepInput, StepOutcome } from './step';
import { SUPPORT_FORM_ID, supportEmployee, supportForm } from './support-employee';
import { takeOverAccount } from './take-over-account';
import { deEscalationForm, recordDeEscalation, TALK_FORM_ID } from './talk-and-coach';

export type Step = (ctx: CoreContext, input: StepInput) => Promise<StepOutcome>;
export type StepSubmission = (
  ctx: CoreContext,
  input: StepInput & { values: FormValues },
) => Promise<StepOutcome>;

/**
 * The manager's steps, declared once for every platform: what each button on a report does
 * (act at once, or ask for the step's form). A button's id is Slack's action id and Teams'
 * verb alike.
 */
export const STEP_CLICKS: Readonly<Record<string, Step>> = {
  [ESCALATION_ACTIONS.acknowledge]: acknowledgeReport,
  [ESCALATION_ACTIONS.talk]: deEscalationForm,
  [ESCALATION_ACTIONS.takeOver]: takeOverAccount,
  [ESCALATION_ACTIONS.support]: supportForm,
  [ESCALATION_ACTIONS.resolve]: resolveForm,
};

/** Per step form: the form again (which re-checks the actor) and what submitting it does. */
export const STEP_FORMS: Readonly<Record<string, { form: Step; submit: StepSubmission }>> = {
  [TALK_FORM_ID]: { form: deEscalationForm, submit: recordDeEscalation },
  [SUPPORT_FORM_ID]: { form: supportForm, submit: supportEmployee },
  [RESOLVE_FORM_ID]: { form: resolveForm, submit: resolveReport },
};
