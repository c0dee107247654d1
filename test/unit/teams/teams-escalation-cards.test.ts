import type { MessagingExtensionAction } from 'botbuilder';
import { kudosForm } from '../../../src/core/kudos/kudos-form';
import type { MessageModel } from '../../../src/core/shared/message';
import { ESCALATION_ACTIONS } from '../../../src/core/escalation/report';
import { TALK_FORM_ID } from '../../../src/core/escalation/steps/talk-and-coach';
import {
  checkInAfterAnswer,
  doneMessage,
  ESCALATION_VERBS,
  OPEN_REPORT_FORM_VERB,
  openFormMessage,
  REPORT_VERB,
  reportAfterStep,
  STEP_SUBMIT_VERBS,
  stepSubmitVerb,
  withCancel,
} from '../../../src/teams/escalation/escalation-cards';
import { cardAnswer, invokeMessage, messageAnswer } from '../../../src/teams/kit/invoke-answer';
import { messageAuthor, taskDone, taskForm, withPeople } from '../../../src/teams/message-actions';
import { messageWords } from '../../../src/teams/kit/text';

const report: MessageModel = {
  parts: [
    { type: 'heading', text: 'Report about ACME' },
    { type: 'quote', text: 'He shouted.' },
    {
      type: 'buttons',
      buttons: [{ action: ESCALATION_ACTIONS.acknowledge, label: 'Acknowledge', value: '7' }],
    },
  ],
};
const done: MessageModel = { parts: [{ type: 'text', content: ['Acknowledged.'] }] };

test('a step done keeps the report and its buttons, with what was done under the title', () => {
  const after = reportAfterStep(report, done, false);
  expect(after.parts.map((p) => p.type)).toEqual(['heading', 'text', 'quote', 'buttons']);
  expect(after.parts[1]).toEqual(done.parts[0]);
  // The input is not changed.
  expect(report.parts).toHaveLength(3);
});

test('a resolved report loses its buttons', () => {
  const after = reportAfterStep(report, done, true);
  expect(after.parts.some((p) => p.type === 'buttons')).toBe(false);
  expect(after.parts[1]).toEqual(done.parts[0]);
});

test('a step form verb differs from the button that opened the form', () => {
  const verb = stepSubmitVerb(TALK_FORM_ID);
  expect(verb).not.toBe(ESCALATION_ACTIONS.talk);
  expect(STEP_SUBMIT_VERBS[verb]).toBe(TALK_FORM_ID);
  for (const v of [verb, REPORT_VERB, ...Object.values(ESCALATION_ACTIONS)]) {
    expect(ESCALATION_VERBS.has(v)).toBe(true);
  }
  expect(ESCALATION_VERBS.has('kudos')).toBe(false);
});

test('an invoke answer carries the card itself as an Adaptive Card', () => {
  const content = { type: 'AdaptiveCard', version: '1.5', body: [] };
  const answer = cardAnswer({ contentType: 'application/vnd.microsoft.card.adaptive', content });
  expect(answer).toEqual({
    statusCode: 200,
    type: 'application/vnd.microsoft.card.adaptive',
    value: content,
  });
});

test('a message answer is the message as a card; a short answer is only text', () => {
  const answer = messageAnswer(done);
  expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(JSON.stringify(answer.value)).toContain('Acknowledged');
  expect(invokeMessage('Saved.')).toEqual({
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: 'Saved.',
  });
});

test('a form that must wait is its title and one button that opens it', () => {
  const message = openFormMessage('Report a client', 'Open the form', {
    action: OPEN_REPORT_FORM_VERB,
    value: 'ACME: he shouted',
  });
  expect(message.parts).toEqual([
    { type: 'heading', text: 'Report a client' },
    {
      type: 'buttons',
      buttons: [
        {
          action: OPEN_REPORT_FORM_VERB,
          label: 'Open the form',
          value: 'ACME: he shouted',
          primary: true,
        },
      ],
    },
  ]);
  expect(ESCALATION_VERBS.has(OPEN_REPORT_FORM_VERB)).toBe(true);
});

test('a done message is titled, then says what happened', () => {
  const message = doneMessage('Report a client', done);
  expect(message.parts[0]).toEqual({ type: 'heading', text: 'Report a client' });
  expect(message.parts.slice(1)).toEqual(done.parts);
});

test('a check-in answered keeps the question and its buttons below the reply', () => {
  const question: MessageModel = {
    parts: [
      { type: 'text', content: ['How are things?'] },
      { type: 'buttons', buttons: [{ action: 'better', label: 'Better', value: '1' }] },
    ],
  };
  const after = checkInAfterAnswer(question, done);
  expect(after.parts.map((p) => p.type)).toEqual(['text', 'divider', 'text', 'buttons']);
  expect(after.parts[0]).toEqual(done.parts[0]);
});

test('cancel sends no inputs, so empty required fields do not block it', () => {
  const card = {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', actions: [{ type: 'Action.Execute', verb: 'submit' }] },
  };
  const withIt = withCancel(card, 'Cancel', 'escalation-show', { value: '7' });
  const actions = (withIt.content as { actions: Record<string, unknown>[] }).actions;
  expect(actions).toHaveLength(2);
  expect(actions[1]).toMatchObject({
    type: 'Action.Execute',
    title: 'Cancel',
    verb: 'escalation-show',
    data: { value: '7' },
    associatedInputs: 'none',
  });
  expect(card.content.actions).toHaveLength(1);
});

describe('message action pieces', () => {
  test('a message body reads as plain text: tags gone, paragraphs as lines, entities decoded', () => {
    expect(
      messageWords({
        contentType: 'html',
        content:
          '<p>Thanks &amp; <at id="0">Ana</at>!</p><p>Line&nbsp;two<br/>three &#8212; &#x2764;</p>',
      }),
    ).toBe('Thanks & Ana!\nLine two\nthree — ❤');
    expect(messageWords({ contentType: 'text', content: '  <b> stays </b> ' })).toBe(
      '<b> stays </b>',
    );
    expect(messageWords({ contentType: 'html', content: 'a &bogus; b' })).toBe('a &bogus; b');
    expect(messageWords(undefined)).toBe('');
  });

  test('the author is a recipient only when a person other than the actor wrote it', () => {
    const action = (from: object) => ({ messagePayload: { from } }) as MessagingExtensionAction;
    const ana = { user: { id: 'aad-ana', displayName: 'Ana' } };
    expect(messageAuthor(action(ana), ['aad-gia'])).toEqual({ id: 'aad-ana', name: 'Ana' });
    expect(messageAuthor(action(ana), ['aad-ana'])).toBeUndefined();
    expect(messageAuthor(action({ application: { id: 'bot' } }), [])).toBeUndefined();
  });

  test('a people field starts with the people named, so the picker shows their names', () => {
    const form = withPeople(kudosForm('en'), 'recipients', [{ id: 'aad-ana', name: 'Ana' }]);
    const field = form.fields.find((f) => f.id === 'recipients')!;
    expect(field.initial).toEqual(['aad-ana']);
    expect(field.options).toEqual([{ value: 'aad-ana', label: 'Ana' }]);
    expect(withPeople(kudosForm('en'), 'recipients', []).fields[0]!.initial).toBeUndefined();
  });

  test('a task module form submits with Action.Submit and closes with a note', () => {
    const answer = taskForm(kudosForm('en'), 'en', 'giveKudosForThis');
    expect(answer.task!.type).toBe('continue');
    const value = answer.task!.value as { title: string; card: { content: { actions: object[] } } };
    expect(value.title).toBe('Give kudos');
    expect(value.card.content.actions[0]).toMatchObject({ type: 'Action.Submit' });
    expect(taskDone('Recorded.')).toEqual({ task: { type: 'message', value: 'Recorded.' } });
  });
});
