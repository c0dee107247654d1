import { t, type Locale } from '../i18n';
import type { FormModel, FormValues } from './form';
import { WORDS_MAX } from './give-kudos';
import { parseValues, stripControls } from './kudos-command';

export const KUDOS_FORM_ID = 'kudos';

/** What a form opened on a message starts with: its author and its words, say. */
export interface KudosPrefill {
  recipients?: string[];
  words?: string;
  client?: string;
}

export function kudosForm(locale: Locale, prefill: KudosPrefill = {}): FormModel {
  return {
    id: KUDOS_FORM_ID,
    title: t(locale, 'form.kudos.title'),
    submit: t(locale, 'form.kudos.submit'),
    cancel: t(locale, 'form.kudos.cancel'),
    fields: [
      {
        id: 'recipients',
        kind: 'people',
        label: t(locale, 'form.kudos.recipients'),
        initial: prefill.recipients,
      },
      {
        id: 'client',
        kind: 'text',
        label: t(locale, 'form.kudos.client'),
        placeholder: t(locale, 'form.kudos.client.placeholder'),
        optional: true,
        maxLength: 200,
        initial: prefill.client,
      },
      {
        id: 'words',
        kind: 'longtext',
        label: t(locale, 'form.kudos.words'),
        hint: t(locale, 'form.kudos.words.hint'),
        maxLength: WORDS_MAX,
        initial: prefill.words?.slice(0, WORDS_MAX),
      },
      {
        id: 'values',
        kind: 'text',
        label: t(locale, 'form.kudos.values'),
        hint: t(locale, 'form.kudos.values.hint'),
        optional: true,
        maxLength: 200,
      },
    ],
  };
}

export interface KudosFormAnswers {
  recipients: string[];
  words: string;
  values: string[];
  client?: string;
}

export function readKudosForm(values: FormValues): KudosFormAnswers {
  const str = (v: string | string[] | undefined) =>
    typeof v === 'string' ? stripControls(v).trim() : '';
  const recipients = values.recipients;
  return {
    recipients: Array.isArray(recipients) ? recipients : recipients ? [recipients] : [],
    words: str(values.words),
    values: parseValues(str(values.values)),
    client: str(values.client).replace(/\s+/g, ' ') || undefined,
  };
}
