import type { WebClient } from '@slack/web-api';
import type { CoreContext, MessageModel } from '../../core/shared';
import { ensurePerson, findOrCreateWorkspace, type Directory } from '../../core/people';
import type { Writes } from '../../db/group-commit';
import type { Person, Workspace } from '../../db/schema';
import type { OutboxWorker } from '../../jobs/outbox';
import { messageBlocks } from './render-message';
import { slackDirectory } from './directory';
import { slackUnreachable } from './unreachable';

/** What every Slack listener needs besides Bolt's own arguments. */
export interface SlackDeps {
  core: CoreContext;
  outbox: OutboxWorker;
  /** Commits requests arriving together at once; without it each write commits by itself. */
  writes?: Writes;
}

/** The workspace, the person acting, and a way to look up the people they name. */
export async function slackActor(
  deps: SlackDeps,
  client: WebClient,
  team: { id: string; domain?: string },
  user: { id: string; name?: string },
): Promise<{
  workspace: Workspace;
  actor: Person;
  person: (id: string) => Promise<Person | undefined>;
}> {
  const workspace = await findOrCreateWorkspace(deps.core, 'slack', team.id, team.domain);
  // A lookup that failed because Slack is down is remembered: someone then unknown is not
  // "nobody", and the person is told that Slack cannot be reached instead.
  let unreachable: unknown;
  const slack = slackDirectory(client);
  const directory: Directory = {
    ...slack,
    lookup: (id) =>
      slack.lookup(id).catch((err: unknown) => {
        if (slackUnreachable(err)) unreachable = err;
        throw err;
      }),
  };
  const actor = await ensurePerson(
    deps.core,
    workspace.id,
    user.id,
    directory,
    user.name ?? user.id,
  );
  return {
    workspace,
    actor: actor!,
    person: async (id) => {
      const person = await ensurePerson(deps.core, workspace.id, id, directory);
      if (!person && unreachable) throw unreachable;
      return person;
    },
  };
}

/** The workspace of an interaction: Slack puts it on the team, or on the user in some payloads. */
export const teamOf = (body: { team?: { id: string } | null; user: { team_id?: string } }) =>
  body.team?.id ?? body.user.team_id ?? '';

/** The workspace and person behind an interaction: a click, a form, a shortcut. */
export function interactionActor(
  deps: SlackDeps,
  client: WebClient,
  body: {
    team?: { id: string; domain?: string } | null;
    user: { id: string; name?: string; team_id?: string };
  },
) {
  return slackActor(
    deps,
    client,
    { id: teamOf(body), domain: body.team?.domain },
    { id: body.user.id, name: body.user.name },
  );
}

/** Answers a click only to the person who clicked, in the conversation they clicked in. */
export async function answerClick(
  client: WebClient,
  body: { channel?: { id: string }; user: { id: string } },
  message: MessageModel,
): Promise<void> {
  if (!body.channel?.id) return;
  await client.chat.postEphemeral({
    channel: body.channel.id,
    user: body.user.id,
    ...messageBlocks(message),
  });
}
