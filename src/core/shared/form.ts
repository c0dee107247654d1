/** A form the user fills in, before a platform renders it (Slack modal, Adaptive Card). */
export interface FormModel {
  /** Names the form, so the submission comes back to the right handler. */
  id: string;
  title: string;
  submit: string;
  cancel: string;
  fields: FormField[];
}

export interface FormField {
  id: string;
  kind: 'people' | 'text' | 'longtext' | 'choice' | 'date';
  /** For 'choice': the options, each a value and what the person reads. */
  options?: { value: string; label: string }[];
  label: string;
  hint?: string;
  placeholder?: string;
  optional?: boolean;
  maxLength?: number;
  initial?: string | string[];
}

/** What came back: text, choices and dates (YYYY-MM-DD) as strings; people as platform ids. */
export type FormValues = Record<string, string | string[] | undefined>;
