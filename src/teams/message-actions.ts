import type {
  Attachment,
  MessagingExtensionAction,
  MessagingExtensionActionResponse,
  TurnContext,
} from 'botbuilder';
import { type FormModel, type FormValues, plainText } from '../core/shared';
import { WORDS_MAX as KUDOS_WORDS_MAX, giveKudosFromForm, kudosForm } from '../core/kudos';
import { personByPlatformId } from '../core/people';
import { emailOfMessage } from '../core/forwarded-email';
import { escalateForm, reportAbuse, WORDS_MAX as REPORT_WORDS_MAX } from '../core/escalation';
import { t, type Locale } from '../i18n';
import { channelOf, kindOf } from './kit/conversation-references';
import { formCard, readFormCard } from './kit/render-form';
import type { TeamsActor } from './kit/context';
import type { TeamsDeps } from './kit/deps';
import { messageWords, TEAMS_SYNTAX } from './kit/text';

/** The message actions' command ids, as the Teams manifest names them. */
export const GIVE_KUDOS_COMMAND = 'giveKudosForThis';
export const REPORT_COMMAND = 'reportAbusiveClient';

/** The author of the message when a person wrote it (not a bot, not the actor). */
export function messageAuthor(
  action: MessagingExtensionAction,
  actorIds: (string | undefined)[],
): { id: string; name: string } | undefined {
  const from = action.messagePayload?.from;
  const user = from?.user;
  if (!user?.id || from?.application) return undefined;
  if (actorIds.includes(user.id)) return undefined;
  return { id: user.id, name: user.displayName || user.id };
}

/** A people field that starts with these people, named (the picker shows names, not ids). */
export function withPeople(
  form: FormModel,
  fieldId: string,
  people: { id: string; name: string }[],
): FormModel {
  if (people.length === 0) return form;
  return {
    ...form,
    fields: form.fields.map((field) =>
      field.id === fieldId
        ? {
            ...field,
            options: people.map((p) => ({ value: p.id, label: p.name })),
            initial: people.map((p) => p.id),
          }
        : field,
    ),
  };
}

/** The form in a task module: Action.Submit, since task modules take no Action.Execute. */
export function taskForm(
  form: FormModel,
  locale: Locale,
  command: string,
  shown: { errors?: Record<string, string>; values?: FormValues } = {},
): MessagingExtensionActionResponse {
  const card: Attachment = formCard(form, {
    verb: command,
    submitAction: 'Action.Submit',
    ...shown,
    requiredMessage: t(locale, 'teams.form.required'),
  });
  return {
    task: {
      type: 'continue',
      value: { title: form.title, card, width: 'medium', height: 'large' },
    },
  };
}

/** Closes the task module with a short note. */
export const taskDone = (message: string): MessagingExtensionActionResponse => ({
  task: { type: 'message', value: message },
});

/** The conversation the action was used in, when it is a channel (kudos are announced there). */
function actionChannel(context: TurnContext): string | undefined {
  const conversation = context.activity.conversation;
  return kindOf(conversation?.conversationType) === 'channel'
    ? channelOf(conversation.id)
    : undefined;
}

/**
 * "Give kudos for this" / "Report abusive client" on a message: the form, in a task module
 * only the person sees, with the message's words (and, for kudos, its author) filled in.
 */
export async function fetchMessageActionTask(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  action: MessagingExtensionAction,
): Promise<MessagingExtensionActionResponse> {
  const { locale, actor, workspace } = who;
  const words = messageWords(action.messagePayload?.body);
  // A forwarded email is given kudos or reported with its client and the client's own words.
  const email = await emailOfMessage(
    deps.core,
    workspace,
    channelOf(context.activity.conversation?.id ?? ''),
    action.messagePayload?.id ?? '',
  );
  if (email && action.commandId === GIVE_KUDOS_COMMAND) {
    const concerned = await Promise.all(
      email.recipients.map(async (id) => ({
        id,
        name: (await personByPlatformId(deps.core, workspace.id, id))?.name ?? id,
      })),
    );
    const form = withPeople(
      // An abusive email's words never become kudos.
      kudosForm(locale, {
        client: email.client,
        words: email.abusive ? '' : email.words.slice(0, KUDOS_WORDS_MAX),
      }),
      'recipients',
      concerned,
    );
    return taskForm(form, locale, GIVE_KUDOS_COMMAND);
  }
  if (email && action.commandId === REPORT_COMMAND) {
    const prefill = { client: email.client, words: email.words.slice(0, REPORT_WORDS_MAX) };
    return taskForm(escalateForm(locale, prefill), locale, REPORT_COMMAND);
  }
  if (action.commandId === GIVE_KUDOS_COMMAND) {
    const author = messageAuthor(action, [
      actor.platformUserId ?? undefined,
      context.activity.from?.aadObjectId,
      context.activity.from?.id,
    ]);
    const form = withPeople(
      kudosForm(locale, { words: words.slice(0, KUDOS_WORDS_MAX) }),
      'recipients',
      author ? [author] : [],
    );
    return taskForm(form, locale, GIVE_KUDOS_COMMAND);
  }
  if (action.commandId === REPORT_COMMAND) {
    const form = escalateForm(locale, { words: words.slice(0, REPORT_WORDS_MAX) });
    return taskForm(form, locale, REPORT_COMMAND);
  }
  return taskDone(t(locale, 'teams.messageAction.unknown'));
}

/** The task module's form was submitted: record it, or show it again with what to fix. */
export async function submitMessageAction(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  action: MessagingExtensionAction,
): Promise<MessagingExtensionActionResponse> {
  const { workspace, actor, locale } = who;
  const data = (action.data ?? {}) as Record<string, unknown>;
  // Teams sends a retried invoke with the same id.
  const requestKey = `teams:invoke:${context.activity.id}`;
  if (action.commandId === GIVE_KUDOS_COMMAND) {
    const form = kudosForm(locale);
    const values = readFormCard(form, data);
    const { result, picked } = await giveKudosFromForm(deps.core, {
      workspace,
      giver: actor,
      values,
      // The people picker answers with directory object ids: the roster maps them to Teams ids.
      person: (id) => who.person(id),
      requestKey,
      channel: actionChannel(context),
    });
    if (!result.ok) {
      const errors = { [result.error.field]: result.error.message };
      const chosen = picked.map(({ id, person }) => ({ id, name: person?.name ?? id }));
      const named = withPeople(form, 'recipients', chosen);
      return taskForm(named, locale, GIVE_KUDOS_COMMAND, { errors, values });
    }
    if (!result.duplicate) deps.outbox.kick();
    return taskDone(plainText(result.reply, TEAMS_SYNTAX));
  }
  if (action.commandId === REPORT_COMMAND) {
    const form = escalateForm(locale);
    const values = readFormCard(form, data);
    const result = await reportAbuse(deps.core, { workspace, reporter: actor, values, requestKey });
    if (!result.ok) {
      const errors = { [result.field]: plainText(result.reply, TEAMS_SYNTAX) };
      return taskForm(form, locale, REPORT_COMMAND, { errors, values });
    }
    if (!result.duplicate) deps.outbox.kick();
    return taskDone(plainText(result.reply, TEAMS_SYNTAX));
  }
  return taskDone(t(locale, 'teams.messageAction.unknown'));
}
