import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { slackActor, type SlackDeps } from '../kit/context';
import { publishHome } from './publish-home';

type Args = SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs;

/** The person opened Frontline's Home tab: show them their home as it is now. */
export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, body, client }: Args): Promise<void> => {
    // The Messages tab is where emails are forwarded: nothing to publish there.
    if (event.tab !== 'home') return;
    const { workspace, actor } = await slackActor(
      deps,
      client,
      { id: body.team_id },
      { id: event.user },
    );
    await publishHome(deps.core, client, workspace, actor);
  };
}
