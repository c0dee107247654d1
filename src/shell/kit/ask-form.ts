import type { FormField, FormModel, FormValues, MessageModel } from '../../core/shared';
import { t } from '../../i18n';
import type { Shell } from './shell';
import { handleOf } from './syntax';

/** Typed at any question: the form is left, nothing sent. */
const CANCEL = '/cancel';

/** What submitting answers led to: done, or what to fix before asking again. */
export type Submitted = { done: true } | { done: false; problem: MessageModel };

/**
 * A form as a terminal asks it: one question a field, the answers then submitted; on a problem
 * every question comes again, each answer kept unless retyped. With `skipFilled`, what the
 * person already gave (`/escalate ACME: …` gives two) is not asked the first time. False when
 * left.
 */
export async function fillIn(
  shell: Shell,
  form: FormModel,
  submit: (values: FormValues) => Promise<Submitted>,
  { skipFilled = false } = {},
): Promise<boolean> {
  let fields = form.fields;
  let askFilled = !skipFilled;
  for (;;) {
    shell.screen.say(t(shell.locale(), 'shell.form.start', { title: form.title.toUpperCase() }));
    const values = await askFields(shell, fields, askFilled);
    if (!values) {
      shell.screen.say(t(shell.locale(), 'shell.form.left', { title: form.title }));
      return false;
    }
    const outcome = await submit(values);
    if (outcome.done) return true;
    shell.reply(outcome.problem);
    fields = fields.map((f) => ({ ...f, initial: values[f.id] ?? f.initial }));
    askFilled = true;
  }
}

async function askFields(
  shell: Shell,
  fields: FormField[],
  askFilled: boolean,
): Promise<FormValues | null> {
  const values: FormValues = {};
  for (const field of fields) {
    const filled = field.initial !== undefined && field.initial.length > 0;
    const answer = filled && !askFilled ? field.initial : await askField(shell, field);
    if (answer === null) return null;
    values[field.id] = answer;
  }
  return values;
}

/** One question, asked until answered in a way the field takes. */
async function askField(
  shell: Shell,
  field: FormField,
): Promise<string | string[] | undefined | null> {
  const locale = shell.locale();
  shell.screen.say(question(shell, field));
  for (;;) {
    const line = await shell.lines.next();
    if (line === null || line.trim() === CANCEL) return null;
    const typed = line.trim();
    if (!typed) {
      if (field.initial !== undefined && field.initial !== '') return field.initial;
      if (field.optional) return undefined;
      shell.screen.say(t(locale, 'shell.form.required'));
      continue;
    }
    const read = await readAnswer(shell, field, typed);
    if (read !== undefined) return read;
    shell.screen.say(
      t(locale, field.kind === 'people' ? 'shell.form.people' : 'shell.form.choice'),
    );
  }
}

function question(shell: Shell, field: FormField): string {
  const locale = shell.locale();
  const lines = [field.label];
  if (field.hint) lines.push(`  ${field.hint}`);
  for (const [i, option] of (field.options ?? []).entries()) {
    lines.push(`  ${i + 1}. ${option.label}`);
  }
  const initial = Array.isArray(field.initial)
    ? field.initial.map((h) => `@${h}`).join(' ')
    : field.initial;
  const shown = clip(field.options?.find((o) => o.value === initial)?.label ?? initial);
  if (shown) lines.push(`  ${t(locale, 'shell.form.keep', { value: shown })}`);
  else if (field.optional) lines.push(`  ${t(locale, 'shell.form.skip')}`);
  return lines.join('\n');
}

/** The answer as the form's submission carries it; undefined when the field cannot take it. */
async function readAnswer(
  shell: Shell,
  field: FormField,
  typed: string,
): Promise<string | string[] | undefined> {
  if (field.kind === 'choice') {
    const options = field.options ?? [];
    const byNumber = options[Number(typed) - 1];
    const lower = typed.toLowerCase();
    return (
      byNumber ??
      options.find((o) => o.value.toLowerCase() === lower || o.label.toLowerCase() === lower)
    )?.value;
  }
  if (field.kind !== 'people') return typed;
  const handles = typed
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(handleOf);
  if (handles.some((h) => h === null)) return undefined;
  // Named, they exist: in the shell a person is created the first time they are named.
  for (const handle of handles) await shell.person(handle!);
  return handles as string[];
}

/** A long answer kept, as the question shows it: its start. */
const clip = (value: string | undefined) =>
  value && value.length > KEPT_SHOWN ? `${value.slice(0, KEPT_SHOWN - 1)}…` : value;

const KEPT_SHOWN = 60;
