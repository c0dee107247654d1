import type { Attachment } from 'botbuilder';
import type { FormModel } from '../../../src/core/shared/form';
import { kudosForm } from '../../../src/core/kudos/kudos-form';
import { text, type MessageModel } from '../../../src/core/shared/message';
import { formCard, readFormCard } from '../../../src/teams/kit/render-form';
import { escapeCardMarkdown, messageCard } from '../../../src/teams/kit/render-message';

interface Card {
  type: string;
  version: string;
  $schema: string;
  body: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  msteams?: { entities?: unknown[] };
}

const cardOf = (attachment: Attachment) => {
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment.content as Card;
};

const ana = { platformUserId: '29:ana', name: 'Ana' };

describe('messageCard', () => {
  it('is an Adaptive Card 1.5', () => {
    const card = cardOf(messageCard({ parts: [text('Hello')] }));
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.$schema).toMatch(/adaptive-card\.json$/);
    expect(card.body).toEqual([{ type: 'TextBlock', text: 'Hello', wrap: true }]);
  });

  it('renders a heading bold and large, context subtle and small', () => {
    const card = cardOf(
      messageCard({
        parts: [
          { type: 'heading', text: 'Praise' },
          { type: 'context', content: ['Values: #ownership'] },
        ],
      }),
    );
    expect(card.body[0]).toMatchObject({ text: 'Praise', weight: 'Bolder', size: 'Large' });
    expect(card.body[1]).toMatchObject({ isSubtle: true, size: 'Small', wrap: true });
  });

  it('turns a mention into <at>Name</at> with its entity, and bold into **', () => {
    const card = cardOf(
      messageCard({ parts: [text({ mention: ana }, ' helped ', { bold: 'ACME' })] }),
    );
    expect(card.body[0]!.text).toBe('<at>Ana</at> helped **ACME**');
    expect(card.msteams?.entities).toEqual([
      { type: 'mention', text: '<at>Ana</at>', mentioned: { id: '29:ana', name: 'Ana' } },
    ]);
  });

  it('shows a person without a Teams id in bold, with no entity', () => {
    const card = cardOf(
      messageCard({ parts: [text({ mention: { platformUserId: null, name: 'Ivy' } })] }),
    );
    expect(card.body[0]!.text).toBe('**Ivy**');
    expect(card.msteams?.entities).toBeUndefined();
  });

  it('adds one entity for a person mentioned twice', () => {
    const card = cardOf(messageCard({ parts: [text({ mention: ana }, ' ', { mention: ana })] }));
    expect(card.msteams?.entities).toHaveLength(1);
  });

  it('escapes what people wrote so it cannot become formatting', () => {
    const card = cardOf(
      messageCard({ parts: [text('*great* work_on [link](http://x)\n- not a list\n1. nor this')] }),
    );
    const rendered = card.body[0]!.text as string;
    expect(rendered).toContain('\\*great\\*');
    expect(rendered).toContain('work\\_on');
    expect(rendered).toContain('\\[link\\]');
    expect(rendered).toContain('\n\\- not a list');
    expect(rendered).toContain('\n1\\. nor this');
  });

  it('escapes a backslash before what follows it', () => {
    expect(escapeCardMarkdown('a\\*b')).toBe('a\\\\\\*b');
  });

  it('renders a quote in an emphasis container with its attribution', () => {
    const card = cardOf(
      messageCard({ parts: [{ type: 'quote', text: 'You are *the* best', attribution: 'ACME' }] }),
    );
    const container = card.body[0] as { type: string; style: string; items: { text: string }[] };
    expect(container.type).toBe('Container');
    expect(container.style).toBe('emphasis');
    expect(container.items[0]!.text).toBe('You are \\*the\\* best');
    expect(container.items[1]!.text).toBe('— ACME');
  });

  it('draws a divider as a separator on the next element', () => {
    const card = cardOf(messageCard({ parts: [text('one'), { type: 'divider' }, text('two')] }));
    expect(card.body).toHaveLength(2);
    expect(card.body[0]!.separator).toBeUndefined();
    expect(card.body[1]!.separator).toBe(true);
  });

  it('makes buttons Universal Actions with the verb and value', () => {
    const message: MessageModel = {
      parts: [
        text('Ana was praised'),
        {
          type: 'buttons',
          buttons: [{ action: 'send_thanks', label: 'Send thanks', value: '42', primary: true }],
        },
      ],
    };
    const card = cardOf(messageCard(message));
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Send thanks',
        verb: 'send_thanks',
        data: { value: '42' },
        style: 'positive',
      },
    ]);
  });
});

const form: FormModel = {
  id: 'demo',
  title: 'Demo',
  submit: 'Send',
  cancel: 'Cancel',
  fields: [
    { id: 'who', kind: 'people', label: 'Who' },
    { id: 'client', kind: 'text', label: 'Client', optional: true, maxLength: 200 },
    { id: 'words', kind: 'longtext', label: 'Words', initial: 'hello' },
    {
      id: 'severity',
      kind: 'choice',
      label: 'How serious',
      options: [
        { value: 'low', label: 'Low' },
        { value: 'high', label: 'High' },
      ],
    },
    { id: 'follow', kind: 'date', label: 'Follow up', optional: true },
  ],
};

const inputOf = (card: Card, id: string) => {
  const found = card.body.find((e) => e.id === id);
  if (!found) throw new Error(`no input ${id}`);
  return found;
};

describe('formCard', () => {
  it('renders each field kind as its Adaptive Card input', () => {
    const card = cardOf(formCard(form, { verb: 'demo_submit' }));
    expect(inputOf(card, 'who')).toMatchObject({
      type: 'Input.ChoiceSet',
      isMultiSelect: true,
      'choices.data': { type: 'Data.Query', dataset: 'graph.microsoft.com/users' },
      label: 'Who',
      isRequired: true,
    });
    expect(inputOf(card, 'client')).toMatchObject({
      type: 'Input.Text',
      isMultiline: false,
      maxLength: 200,
      isRequired: false,
    });
    expect(inputOf(card, 'words')).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      value: 'hello',
    });
    expect(inputOf(card, 'severity')).toMatchObject({
      type: 'Input.ChoiceSet',
      choices: [
        { title: 'Low', value: 'low' },
        { title: 'High', value: 'high' },
      ],
    });
    expect(inputOf(card, 'follow')).toMatchObject({ type: 'Input.Date' });
  });

  it('submits with the verb and the form id beside the extra data', () => {
    const card = cardOf(formCard(form, { verb: 'demo_submit', data: { channel: '19:abc' } }));
    expect(card.actions).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        title: 'Send',
        verb: 'demo_submit',
        data: { form: 'demo', channel: '19:abc' },
      }),
    ]);
  });

  it('shows an error above its field, in the attention colour, and keeps the values', () => {
    const card = cardOf(
      formCard(form, {
        verb: 'demo_submit',
        errors: { words: 'Too short' },
        values: { words: 'hi', who: ['aad-1', 'aad-2'] },
      }),
    );
    const at = card.body.findIndex((e) => e.id === 'words');
    expect(card.body[at - 1]).toMatchObject({
      type: 'TextBlock',
      text: 'Too short',
      color: 'Attention',
    });
    expect(card.body[at]).toMatchObject({ value: 'hi', errorMessage: 'Too short' });
    expect(inputOf(card, 'who').value).toBe('aad-1,aad-2');
  });

  it('renders the kudos form with every field it has', () => {
    const card = cardOf(formCard(kudosForm('ru'), { verb: 'kudos_form' }));
    for (const id of ['recipients', 'client', 'words', 'values']) inputOf(card, id);
    expect(card.body[0]!.text).toBe(escapeCardMarkdown(kudosForm('ru').title));
  });
});

describe('readFormCard', () => {
  it('splits people into ids and trims text', () => {
    expect(
      readFormCard(form, {
        who: 'aad-1, aad-2,,aad-1',
        client: '  ACME  ',
        words: ' thanks ',
        severity: 'high',
        follow: '2025-03-01',
        form: 'demo',
      }),
    ).toEqual({
      who: ['aad-1', 'aad-2'],
      client: 'ACME',
      words: 'thanks',
      severity: 'high',
      follow: '2025-03-01',
    });
  });

  it('leaves out empty and missing answers', () => {
    expect(readFormCard(form, { client: '   ', words: 42 })).toEqual({});
  });
});
