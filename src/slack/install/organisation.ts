import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import { findOrCreateWorkspace } from '../../core/people';
import type { CoreContext } from '../../core/shared';
import { workspaces } from '../../db/schema';

/** The workspace's domain, where the request names it (a command, an interaction). */
const domainOf = (body: unknown) =>
  (body as { team_domain?: string }).team_domain ??
  (body as { team?: { domain?: string } | null }).team?.domain;

/**
 * Remembers which Enterprise Grid organisation each workspace belongs to, from the requests
 * Slack sends: an org-wide install then delivers to the workspace too. Written before the
 * listeners run, so what they queue for a workspace new to Frontline already finds its token;
 * once a workspace is written, a request costs a lookup in memory.
 */
export function rememberOrganisation(core: () => CoreContext): Middleware<AnyMiddlewareArgs> {
  const known = new Set<string>();
  return async ({ context, body, next }) => {
    const { teamId, enterpriseId } = context;
    if (teamId && enterpriseId && !known.has(teamId)) {
      const workspace = await findOrCreateWorkspace(core(), 'slack', teamId, domainOf(body));
      if (workspace.enterpriseId !== enterpriseId) {
        await core()
          .db.update(workspaces)
          .set({ enterpriseId })
          .where(eq(workspaces.id, workspace.id));
      }
      known.add(teamId);
    }
    await next();
  };
}
