import type { Attachment } from 'botbuilder';
import type { FormField, FormModel, FormValues } from '../../core/shared';
import { adaptiveCard, escapeCardMarkdown, type CardElement } from './render-message';

export interface FormCardOptions {
  /** The Action.Execute verb the submission arrives with. */
  verb: string;
  /** Comes back with the submission, beside the inputs (e.g. the channel). */
  data?: Record<string, string>;
  /** Per field id, what is wrong with it: shown above the field. */
  errors?: Record<string, string>;
  /** What the person entered before: a form shown again keeps it. */
  values?: FormValues;
  /** Shown by Teams when a required field is left empty. */
  requiredMessage?: string;
  /** Task modules (message actions) take Action.Submit; everywhere else, Action.Execute. */
  submitAction?: 'Action.Execute' | 'Action.Submit';
}

/** Teams' people picker: a ChoiceSet filled from the organisation's directory. */
const PEOPLE_DATASET = { type: 'Data.Query', dataset: 'graph.microsoft.com/users' };

function input(field: FormField, value: string | string[] | undefined): CardElement {
  const single = Array.isArray(value) ? value.join(',') : value;
  const prefilled = single ? { value: single } : {};
  switch (field.kind) {
    case 'people':
      return {
        type: 'Input.ChoiceSet',
        // A prefilled person needs a choice of their own, or the picker shows a bare id.
        choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })),
        'choices.data': PEOPLE_DATASET,
        isMultiSelect: true,
        ...prefilled,
      };
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        style: 'compact',
        choices: (field.options ?? []).map((o) => ({ title: o.label, value: o.value })),
        ...prefilled,
      };
    case 'date':
      return { type: 'Input.Date', ...prefilled };
    default:
      return {
        type: 'Input.Text',
        isMultiline: field.kind === 'longtext',
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(field.placeholder ? { placeholder: field.placeholder } : {}),
        ...prefilled,
      };
  }
}

function fieldElements(field: FormField, options: FormCardOptions): CardElement[] {
  const error = options.errors?.[field.id];
  const value = options.values?.[field.id] ?? field.initial;
  const required = !field.optional;
  const elements: CardElement[] = [];
  if (error) {
    elements.push({
      type: 'TextBlock',
      text: escapeCardMarkdown(error),
      color: 'Attention',
      wrap: true,
      spacing: 'Medium',
    });
  }
  elements.push({
    ...input(field, value),
    id: field.id,
    label: field.label,
    isRequired: required,
    ...(required && (error ?? options.requiredMessage)
      ? { errorMessage: error ?? options.requiredMessage }
      : {}),
  });
  if (field.hint) {
    elements.push({
      type: 'TextBlock',
      text: escapeCardMarkdown(field.hint),
      isSubtle: true,
      size: 'Small',
      wrap: true,
      spacing: 'Small',
    });
  }
  return elements;
}

/** A form as an Adaptive Card; its submit is an Action.Execute that names the form. */
export function formCard(form: FormModel, options: FormCardOptions): Attachment {
  const body: CardElement[] = [
    {
      type: 'TextBlock',
      text: escapeCardMarkdown(form.title),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    ...form.fields.flatMap((field) => fieldElements(field, options)),
  ];
  const submit: CardElement = {
    type: options.submitAction ?? 'Action.Execute',
    title: form.submit,
    verb: options.verb,
    style: 'positive',
    data: { form: form.id, ...options.data },
  };
  return adaptiveCard(body, [submit], [], form.title);
}

/** The inputs of a submitted form card, as the core reads any form. */
export function readFormCard(form: FormModel, data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    const raw = data[field.id];
    if (typeof raw !== 'string' && !Array.isArray(raw)) continue;
    if (field.kind === 'people') {
      // The people picker answers with comma-separated directory (AAD) object ids.
      const ids = (Array.isArray(raw) ? raw.map(String) : raw.split(','))
        .map((id) => id.trim())
        .filter((id) => id.length > 0);
      values[field.id] = [...new Set(ids)];
      continue;
    }
    const text = (Array.isArray(raw) ? raw.join(',') : raw).trim();
    if (text) values[field.id] = text;
  }
  return values;
}
