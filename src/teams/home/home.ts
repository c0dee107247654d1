import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import {
  changeSettingFromHome,
  homeClicked,
  HOME_SETTING_FORM_ID,
  homeFor,
  HOME_ACTION_PREFIX,
} from '../../core/home';
import { plainText, type MessageModel } from '../../core/shared';
import { personById, workspaceOf } from '../../core/people';
import type { Person, Workspace } from '../../db/schema';
import { t } from '../../i18n';
import { formCard } from '../kit/render-form';
import { HOME_REFRESH_VERB, homeCard } from './home-card';
import { cardAnswer, invokeMessage } from '../kit/invoke-answer';
import { answerPrivately, cardMessage } from '../kit/private-reply';
import type { TeamsActor } from '../kit/context';
import type { TeamsDeps } from '../kit/deps';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** Whether a card action is the home's own (paging, settings, the admin's setting form). */
export const isHomeVerb = (verb: string) =>
  verb.startsWith(HOME_ACTION_PREFIX) || verb === HOME_REFRESH_VERB;

/** The home card as it is now; `before` is said above it (what a click just did). */
async function currentHome(
  deps: TeamsDeps,
  workspace: Workspace,
  person: Person,
  page?: string,
  before?: MessageModel,
) {
  const home = await homeFor(deps.core, workspace, person, page);
  const model = before
    ? { parts: [...before.parts, { type: 'divider' as const }, ...home.parts] }
    : home;
  return homeCard(model, person.platformUserId ?? '', page);
}

/** `home`, or the app installed for a person: their home card in their personal chat. */
export async function sendHome(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
): Promise<void> {
  const home = await homeFor(deps.core, who.workspace, who.actor);
  await answerPrivately(
    deps,
    context,
    who,
    {
      card: await currentHome(deps, who.workspace, who.actor),
      summary: plainText(home).slice(0, 250),
      later: home,
    },
    // Never into a channel's thread: the home is the person's own.
    { fallback: 'none' },
  );
}

/** A click on the home card: the card is answered with itself, as it now is. */
export async function homeInvoked(
  deps: TeamsDeps,
  who: TeamsActor,
  verb: string,
  data: Record<string, unknown>,
): Promise<AdaptiveCardInvokeResponse> {
  const { workspace, actor } = who;
  const page = typeof data.page === 'string' ? data.page : undefined;
  if (verb === HOME_REFRESH_VERB)
    return cardAnswer(await currentHome(deps, workspace, actor, page));
  if (verb === HOME_SETTING_FORM_ID) {
    const value = typeof data.value === 'string' ? data.value : '';
    const reply = await changeSettingFromHome(
      deps.core,
      workspace,
      actor,
      String(data.setting ?? ''),
      value,
    );
    return cardAnswer(
      await currentHome(
        deps,
        (await workspaceOf(deps.core, workspace.id)) ?? workspace,
        actor,
        undefined,
        reply,
      ),
    );
  }
  const click = await homeClicked(deps.core, workspace, actor, verb, String(data.value ?? ''));
  switch (click.kind) {
    case 'page':
      return cardAnswer(await currentHome(deps, workspace, actor, click.page));
    case 'changed':
      return cardAnswer(
        await currentHome(
          deps,
          workspace,
          (await personById(deps.core, actor.id)) ?? actor,
          undefined,
          click.reply,
        ),
      );
    case 'form':
      return cardAnswer(
        formCard(click.form, {
          verb: HOME_SETTING_FORM_ID,
          data: { setting: click.setting, home: '1' },
          requiredMessage: t(who.locale, 'teams.form.required'),
        }),
      );
    case 'unknown':
      return invokeMessage(t(who.locale, 'error.generic'));
  }
}

/**
 * A thanks or a report step clicked on the home card: what its own handler answers goes to
 * the chat as a card of its own, and the home stays, refreshed, where it was.
 */
export async function answeredOnHome(
  deps: TeamsDeps,
  context: TurnContext,
  who: TeamsActor,
  answer: AdaptiveCardInvokeResponse,
): Promise<AdaptiveCardInvokeResponse> {
  if (answer.type === ADAPTIVE_CARD && answer.value) {
    await context.sendActivity(
      cardMessage(
        { contentType: ADAPTIVE_CARD, content: answer.value },
        t(who.locale, 'home.desk.title'),
      ),
    );
  }
  const actor = (await personById(deps.core, who.actor.id)) ?? who.actor;
  return cardAnswer(await currentHome(deps, who.workspace, actor));
}
