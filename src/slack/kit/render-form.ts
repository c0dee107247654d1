import type { InputBlock, ModalView } from '@slack/types';
import type { FormField, FormModel, FormValues, MessageModel } from '../../core/shared';
import { messageBlocks } from './render-message';

/** Slack's limits on modal titles and button labels. */
const TITLE_LIMIT = 24;
const plain = (text: string, limit = 150) => ({
  type: 'plain_text' as const,
  text: text.slice(0, limit),
  emoji: true,
});

function fieldElement(field: FormField): InputBlock['element'] {
  const action_id = field.id;
  const initial = typeof field.initial === 'string' ? field.initial : undefined;
  switch (field.kind) {
    case 'people':
      return {
        type: 'multi_users_select',
        action_id,
        ...(Array.isArray(field.initial) ? { initial_users: field.initial } : {}),
      };
    case 'choice': {
      const options = (field.options ?? []).map((o) => ({
        text: plain(o.label, 75),
        value: o.value,
      }));
      const chosen = options.find((o) => o.value === initial);
      return {
        type: 'static_select',
        action_id,
        options,
        ...(chosen ? { initial_option: chosen } : {}),
      };
    }
    case 'date':
      return { type: 'datepicker', action_id, ...(initial ? { initial_date: initial } : {}) };
    default:
      return {
        type: 'plain_text_input',
        action_id,
        multiline: field.kind === 'longtext',
        ...(field.maxLength ? { max_length: field.maxLength } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder) } : {}),
        ...(initial ? { initial_value: initial } : {}),
      };
  }
}

function fieldBlock(field: FormField): InputBlock {
  const element = fieldElement(field);
  return {
    type: 'input',
    block_id: field.id,
    label: plain(field.label, 2000),
    optional: field.optional ?? false,
    element,
    ...(field.hint ? { hint: plain(field.hint, 2000) } : {}),
  };
}

/** A modal for `form`; `metadata` comes back with the submission (e.g. the channel). */
export function formModal(form: FormModel, metadata: Record<string, string> = {}): ModalView {
  return {
    type: 'modal',
    callback_id: form.id,
    private_metadata: JSON.stringify(metadata),
    title: plain(form.title, TITLE_LIMIT),
    submit: plain(form.submit, TITLE_LIMIT),
    close: plain(form.cancel, TITLE_LIMIT),
    blocks: form.fields.map(fieldBlock),
  };
}

/** What a form turns into once submitted: the outcome, and a button to close it. */
export function doneModal(title: string, message: MessageModel, close: string): ModalView {
  return {
    type: 'modal',
    title: plain(title, TITLE_LIMIT),
    close: plain(close, TITLE_LIMIT),
    blocks: messageBlocks(message).blocks,
  };
}

/** What `formModal` put in private_metadata; anything unreadable reads as nothing. */
export function readMetadata(raw: string | undefined): Record<string, string | undefined> {
  try {
    const value: unknown = JSON.parse(raw || '{}');
    return typeof value === 'object' && value !== null ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The state Slack sends on view_submission, keyed by block id then action id. */
export type ViewState = Record<
  string,
  Record<
    string,
    {
      type: string;
      value?: string | null;
      selected_users?: string[];
      selected_option?: { value: string } | null;
      selected_date?: string | null;
    }
  >
>;

export function readFormState(state: ViewState): FormValues {
  const values: FormValues = {};
  for (const [blockId, actions] of Object.entries(state)) {
    for (const action of Object.values(actions)) {
      values[blockId] =
        action.selected_users ??
        action.selected_option?.value ??
        action.selected_date ??
        action.value ??
        undefined;
    }
  }
  return values;
}
