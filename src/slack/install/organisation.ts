import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { workspaces } from '../../db/schema';

/**
 * Remembers which Enterprise Grid organisation each workspace belongs to, from the requests
 * Slack sends: an org-wide install then delivers to the workspace too. Written after the
 * listener, which records a workspace new to Frontline (and before the outbox sends what it
 * queued); once a workspace is written, a request costs a lookup in memory.
 */
export function rememberOrganisation(db: () => Db): Middleware<AnyMiddlewareArgs> {
  const known = new Set<string>();
  const remember = (teamId: string, enterpriseId: string) => {
    const written = db()
      .update(workspaces)
      .set({ enterpriseId })
      .where(and(eq(workspaces.platform, 'slack'), eq(workspaces.externalId, teamId)))
      .returning({ id: workspaces.id })
      .all();
    if (written.length > 0) known.add(teamId);
  };
  return async ({ context, next }) => {
    try {
      await next();
    } finally {
      const { teamId, enterpriseId } = context;
      if (teamId && enterpriseId && !known.has(teamId)) remember(teamId, enterpriseId);
    }
  };
}
