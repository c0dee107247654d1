import type { WebClient } from '@slack/web-api';
import type { CoreContext } from '../../core/shared';
import { homeFor } from '../../core/home';
import type { Person, Workspace } from '../../db/schema';
import { homeView } from './home-view';

/** Builds the person's home as it is now and publishes it to their Home tab. */
export async function publishHome(
  core: CoreContext,
  client: WebClient,
  workspace: Workspace,
  person: Person,
  page?: string,
): Promise<void> {
  if (!person.platformUserId) return;
  await client.views.publish({
    user_id: person.platformUserId,
    view: homeView(await homeFor(core, workspace, person, page), page),
  });
}
