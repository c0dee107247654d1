import type { InputBlock, ModalView } from '@slack/types';
import type { FormModel } from '../../../src/core/shared/form';
import { KUDOS_FORM_ID, kudosForm, readKudosForm } from '../../../src/core/kudos/kudos-form';
import { t } from '../../../src/i18n';
import { formModal, readFormState, type ViewState } from '../../../src/slack/kit/render-form';

const form: FormModel = {
  id: 'test-form',
  title: 'A title that is far longer than Slack allows',
  submit: 'Send',
  cancel: 'Cancel',
  fields: [
    { id: 'who', kind: 'people', label: 'Who?', initial: ['U1', 'U2'] },
    {
      id: 'client',
      kind: 'text',
      label: 'Client',
      placeholder: 'ACME',
      optional: true,
      maxLength: 200,
    },
    { id: 'words', kind: 'longtext', label: 'Words', hint: 'What they did', initial: 'Thanks' },
  ],
};

function input(view: ModalView, blockId: string): InputBlock {
  const block = view.blocks.find((b) => b.block_id === blockId);
  if (block?.type !== 'input') throw new Error(`no input block ${blockId}`);
  return block as InputBlock;
}

describe('formModal', () => {
  it('makes a modal whose callback id names the form', () => {
    const view = formModal(form);
    expect(view.type).toBe('modal');
    expect(view.callback_id).toBe('test-form');
    expect(view.blocks.map((b) => b.block_id)).toEqual(['who', 'client', 'words']);
  });

  it('cuts the title and buttons to Slack’s 24 characters', () => {
    const view = formModal({ ...form, submit: 'S'.repeat(30), cancel: 'C'.repeat(30) });
    expect(view.title.text).toBe(form.title.slice(0, 24));
    expect(view.submit!.text).toHaveLength(24);
    expect(view.close!.text).toHaveLength(24);
    expect(formModal({ ...form, title: 'Short' }).title.text).toBe('Short');
  });

  it('renders a people field as a multi-user select with its initial users', () => {
    const block = input(formModal(form), 'who');
    expect(block.element).toEqual({
      type: 'multi_users_select',
      action_id: 'who',
      initial_users: ['U1', 'U2'],
    });
    expect(block.label.text).toBe('Who?');
    expect(block.optional).toBe(false);
  });

  it('renders a text field as a one-line input with placeholder, limit and optional flag', () => {
    const block = input(formModal(form), 'client');
    expect(block.optional).toBe(true);
    expect(block.element).toMatchObject({
      type: 'plain_text_input',
      action_id: 'client',
      multiline: false,
      max_length: 200,
      placeholder: { type: 'plain_text', text: 'ACME' },
    });
    expect(block.hint).toBeUndefined();
  });

  it('renders a long text field as a multi-line input with hint and initial value', () => {
    const block = input(formModal(form), 'words');
    expect(block.element).toMatchObject({
      type: 'plain_text_input',
      multiline: true,
      initial_value: 'Thanks',
    });
    expect(block.element).not.toHaveProperty('max_length');
    expect(block.hint?.text).toBe('What they did');
  });

  it('carries metadata that comes back as it went', () => {
    const metadata = { channel: 'C123', note: 'quotes " and ü' };
    expect(JSON.parse(formModal(form, metadata).private_metadata!)).toEqual(metadata);
    expect(JSON.parse(formModal(form).private_metadata!)).toEqual({});
  });

  it('renders the kudos form in the user’s language', () => {
    const view = formModal(kudosForm('ru'));
    expect(view.callback_id).toBe(KUDOS_FORM_ID);
    expect(view.title.text).toBe(t('ru', 'form.kudos.title').slice(0, 24));
    expect(input(view, 'recipients').element.type).toBe('multi_users_select');
    expect(input(view, 'words').element).toMatchObject({ multiline: true, max_length: 3000 });
    expect(input(view, 'recipients').label.text).toBe(t('ru', 'form.kudos.recipients'));
  });
});

describe('readFormState', () => {
  const state: ViewState = {
    recipients: { recipients: { type: 'multi_users_select', selected_users: ['U1', 'U2'] } },
    words: { words: { type: 'plain_text_input', value: '  Saved the renewal  ' } },
    client: { client: { type: 'plain_text_input', value: null } },
    values: { values: { type: 'plain_text_input', value: 'Care, #speed' } },
  };

  it('reads selected users and text values by block id', () => {
    expect(readFormState(state)).toEqual({
      recipients: ['U1', 'U2'],
      words: '  Saved the renewal  ',
      client: undefined,
      values: 'Care, #speed',
    });
  });

  it('reads an empty user selection as no one', () => {
    expect(
      readFormState({ who: { who: { type: 'multi_users_select', selected_users: [] } } }),
    ).toEqual({ who: [] });
  });

  it('gives the kudos form its answers', () => {
    expect(readKudosForm(readFormState(state))).toEqual({
      recipients: ['U1', 'U2'],
      words: 'Saved the renewal',
      values: ['care', 'speed'],
      client: undefined,
    });
  });
});
