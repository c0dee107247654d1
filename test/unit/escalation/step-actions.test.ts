import {
  ESCALATION_ACTIONS,
  RESOLVE_FORM_ID,
  STEP_CLICKS,
  STEP_FORMS,
  SUPPORT_FORM_ID,
  TALK_FORM_ID,
} from '../../../src/core/escalation';
import { EMAIL_ACTIONS, emailDecisions } from '../../../src/core/forwarded-email';

test('every step button on a report card has its step, and no step lacks a button', () => {
  expect(Object.keys(STEP_CLICKS).sort()).toEqual(Object.values(ESCALATION_ACTIONS).sort());
});

test('every step form has what it shows and what submitting it does', () => {
  expect(Object.keys(STEP_FORMS).sort()).toEqual(
    [RESOLVE_FORM_ID, SUPPORT_FORM_ID, TALK_FORM_ID].sort(),
  );
  for (const step of Object.values(STEP_FORMS)) {
    expect(typeof step.form).toBe('function');
    expect(typeof step.submit).toBe('function');
  }
});

test('a forwarded email’s two decisions are declared once, by the ids of its buttons', () => {
  expect(Object.keys(emailDecisions()).sort()).toEqual(
    [EMAIL_ACTIONS.recordKudos, EMAIL_ACTIONS.notCompliment].sort(),
  );
});
