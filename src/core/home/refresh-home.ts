import type { CoreContext } from '../shared';
import { enqueueDelivery } from '../delivery';

/** Homes are refreshed at most once per person in this window: a busy day stays in limits. */
export const HOME_REFRESH_MS = 5_000;

/**
 * Queues a refresh of these people's homes. Changes within one window become one refresh,
 * sent when the window ends; the outbox paces it like any delivery.
 */
export async function refreshHomes(
  ctx: CoreContext,
  workspaceId: number,
  personIds: (number | null | undefined)[],
): Promise<void> {
  const now = ctx.now().getTime();
  const window = Math.floor(now / HOME_REFRESH_MS);
  for (const personId of new Set(personIds)) {
    if (!personId) continue;
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId,
        key: `${workspaceId}:home:${personId}:${window}`,
        to: { kind: 'home', personId },
        message: { parts: [] },
        notBefore: new Date((window + 1) * HOME_REFRESH_MS),
      },
      ctx.now(),
    );
  }
}
