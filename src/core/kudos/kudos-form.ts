import type { Person, Workspace } from '../../db/schema';
import { t, type Locale } from '../../i18n';
import type { CoreContext, FormModel, FormValues } from '../shared';
import { giveKudos, WORDS_MAX, type GiveKudosInput, type GiveKudosResult } from './give-kudos';
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

export interface KudosFormInput {
  workspace: Workspace;
  giver: Person;
  /** The form's values, as the platform read them. */
  values: FormValues;
  /** The person behind a picked id, from the platform's directory; undefined if unknown. */
  person: (id: string) => Promise<Person | undefined>;
  requestKey: string;
  channel?: string;
  source?: GiveKudosInput['source'];
}

/** A submitted kudos form, recorded; with each picked id and whom it turned out to be. */
export async function giveKudosFromForm(
  ctx: CoreContext,
  input: KudosFormInput,
): Promise<{ result: GiveKudosResult; picked: { id: string; person?: Person }[] }> {
  const answers = readKudosForm(input.values);
  const found = await Promise.all(answers.recipients.map((id) => input.person(id)));
  const result = await giveKudos(ctx, {
    workspace: input.workspace,
    giver: input.giver,
    recipients: found.filter((p) => p !== undefined),
    unknown: answers.recipients.filter((_, i) => !found[i]).map((id) => `@${id}`),
    words: answers.words,
    values: answers.values,
    clientName: answers.client,
    source: input.source ?? 'form',
    requestKey: input.requestKey,
    channel: input.channel,
  });
  return { result, picked: answers.recipients.map((id, i) => ({ id, person: found[i] })) };
}
