import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type TurnContext,
} from 'botbuilder';
import { claimRequest } from '../core/shared';
import { localeOf, personByPlatformId } from '../core/people';
import { t, type Locale } from '../i18n';
import { isPersonalChat } from './kit/conversation-references';
import { answeredOnHome, homeInvoked, isHomeVerb, sendHome } from './home/home';
import { forwardedEmailMessage } from './forwarded-email/forwarded-email';
import { teamsHelp } from './kudos/kudos-command';
import type { TeamsCommand, TeamsFeature, TeamsVerb } from './kit/feature';
import { kudos } from './kudos/register';
import { escalation } from './escalation/register';
import { forwardedEmail } from './forwarded-email/register';
import { home } from './home/register';
import { invokeError, invokeMessage, malformedInvoke } from './kit/invoke-answer';
import { fetchMessageActionTask, submitMessageAction, taskDone } from './message-actions';
import { answerPrivately } from './kit/private-reply';
import {
  activityLocale,
  rememberConversation,
  teamsActor,
  teamsWorkspace,
  type TeamsActor,
} from './kit/context';
import type { TeamsDeps } from './kit/deps';
import { commandOf, readTeamsText } from './kit/text';

const FEATURES: readonly TeamsFeature[] = [kudos, escalation, forwardedEmail, home];
const COMMANDS: Readonly<Record<string, TeamsCommand>> = Object.assign(
  {},
  ...FEATURES.map((f) => f.commands ?? {}),
);
const VERBS: Readonly<Record<string, TeamsVerb>> = Object.assign(
  {},
  ...FEATURES.map((f) => f.verbs ?? {}),
);

/** The language to answer in when the turn failed, perhaps before the person was known. */
export async function turnLocale(deps: TeamsDeps, context: TurnContext): Promise<Locale> {
  const fromActivity = activityLocale(context.activity);
  try {
    const workspace = await teamsWorkspace(deps, context.activity);
    const from = context.activity.from?.id;
    const person =
      workspace && from ? await personByPlatformId(deps.core, workspace.id, from) : undefined;
    if (workspace && (person?.locale || !fromActivity)) return localeOf(person, workspace);
  } catch {
    // The database may be what failed: the activity's own language will do.
  }
  return fromActivity ?? 'en';
}

/** Frontline in Teams: messages, card actions and message actions, each to its feature. */
export class FrontlineBot extends TeamsActivityHandler {
  /** The person acting, looked up once per turn. */
  private readonly actors = new WeakMap<TurnContext, Promise<TeamsActor>>();

  constructor(private readonly deps: TeamsDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.message(context);
      await next();
    });
    // Installed for a person: their home is the first thing they see.
    this.onInstallationUpdateAdd(async (context, next) => {
      if (isPersonalChat(context.activity.conversation)) {
        await sendHome(this.deps, context, await this.actor(context));
      }
      await next();
    });
  }

  /** Every activity, whatever it is, refreshes where its conversation can be reached. */
  override async run(context: TurnContext): Promise<void> {
    try {
      await rememberConversation(this.deps, context, await this.actorOrNothing(context));
    } catch (err) {
      this.deps.core.log.warn({ err }, 'could not store the Teams conversation reference');
    }
    await super.run(context);
  }

  private actor(context: TurnContext): Promise<TeamsActor> {
    let actor = this.actors.get(context);
    if (!actor) {
      actor = teamsActor(this.deps, context);
      this.actors.set(context, actor);
    }
    return actor;
  }

  /** Activities about the bot itself (it was added somewhere) may come from nobody in particular. */
  private async actorOrNothing(context: TurnContext): Promise<TeamsActor | undefined> {
    const { from, type } = context.activity;
    if (!from?.id || from.id === context.activity.recipient?.id) return undefined;
    if (type !== 'message' && type !== 'invoke' && type !== 'installationUpdate') {
      return this.actor(context).catch(() => undefined);
    }
    return this.actor(context);
  }

  private async message(context: TurnContext): Promise<void> {
    const { activity } = context;
    const who = await this.actor(context);
    const key = `${who.workspace.id}:teams:activity:${activity.conversation.id}:${activity.id}`;
    // Teams redelivers an activity it got no answer for in time: act on it once.
    if (activity.id && !(await claimRequest(this.deps.core.db, key))) {
      this.deps.core.log.info({ activity: activity.id }, 'Teams activity seen before: ignored');
      return;
    }
    // A forwarded client email is triaged; anything else is a command.
    if (await forwardedEmailMessage(this.deps, context, who)) return;
    const text = readTeamsText(activity);
    const { command, rest } = commandOf(text.text);
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (run) await run(this.deps, context, who, text, rest);
    else {
      await answerPrivately(this.deps, context, who, teamsHelp(who.locale), {
        fallback: 'thread',
      });
    }
  }

  /**
   * Every invoke gets an answer with a body: a value botbuilder could not read is a 400
   * (it would throw on it), an invoke Frontline does not handle a 501 that says so.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name } = context.activity;
    const problem = malformedInvoke(context.activity);
    if (problem) {
      this.deps.core.log.warn({ name, problem }, 'malformed Teams invoke');
      const message = t(await turnLocale(this.deps, context), 'teams.invoke.malformed');
      return invokeError(400, 'BadRequest', message);
    }
    const response = await super.onInvokeActivity(context);
    if (response.body !== undefined || response.status < 400) return response;
    if (response.status === 501) {
      return invokeError(
        501,
        'NotImplemented',
        `Frontline does not handle ${name ?? 'this'} invokes`,
      );
    }
    return invokeError(
      response.status,
      'BadRequest',
      t(await turnLocale(this.deps, context), 'teams.invoke.malformed'),
    );
  }

  /** Action.Execute from any Frontline card (Universal Actions). */
  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb ?? '';
    const data = (invokeValue.action?.data ?? {}) as Record<string, unknown>;
    try {
      const who = await this.actor(context);
      if (isHomeVerb(verb)) return await homeInvoked(this.deps, who, verb, data);
      const answer = await this.cardAction(context, who, verb, data);
      // A thanks or a step clicked on the home card: the home stays, refreshed.
      return data.home === '1' ? await answeredOnHome(this.deps, context, who, answer) : answer;
    } catch (err) {
      // The person keeps their card, and may try again.
      this.deps.core.log.error({ err, verb }, 'Teams card action failed');
      return invokeMessage(t(await turnLocale(this.deps, context), 'error.generic'));
    }
  }

  private async cardAction(
    context: TurnContext,
    who: TeamsActor,
    verb: string,
    data: Record<string, unknown>,
  ): Promise<AdaptiveCardInvokeResponse> {
    const handle = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
    if (handle) return await handle(this.deps, context, who, verb, data);
    this.deps.core.log.warn({ verb }, 'Teams card action with an unknown verb');
    // Not our fault, and trying again will not help: a card of an older or another app.
    return invokeMessage(t(who.locale, 'teams.messageAction.unknown'));
  }

  /** "Give kudos for this" / "Report abusive client" on a message: the form to fill in. */
  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return this.messageAction(context, action, fetchMessageActionTask);
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return this.messageAction(context, action, submitMessageAction);
  }

  /** A message action's failure closes the task module with a word, as a card action's does. */
  private async messageAction(
    context: TurnContext,
    action: MessagingExtensionAction,
    handle: typeof fetchMessageActionTask,
  ): Promise<MessagingExtensionActionResponse> {
    try {
      return await handle(this.deps, context, await this.actor(context), action);
    } catch (err) {
      this.deps.core.log.error({ err, command: action.commandId }, 'Teams message action failed');
      return taskDone(t(await turnLocale(this.deps, context), 'error.generic'));
    }
  }
}
