import type { CoreContext } from '../shared';
import { enqueueDeliveries, type Delivery } from '../delivery';

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
  await enqueueDeliveries(ctx.db, homeRefreshes(ctx, workspaceId, personIds), ctx.now());
}

/** The deliveries that refresh these people's homes, for a caller that queues them with others. */
export function homeRefreshes(
  ctx: CoreContext,
  workspaceId: number,
  personIds: (number | null | undefined)[],
): Delivery[] {
  const window = Math.floor(ctx.now().getTime() / HOME_REFRESH_MS);
  return [...new Set(personIds)]
    .filter((personId): personId is number => Boolean(personId))
    .map((personId) => ({
      workspaceId,
      key: `${workspaceId}:home:${personId}:${window}`,
      to: { kind: 'home', personId },
      message: { parts: [] },
      notBefore: new Date((window + 1) * HOME_REFRESH_MS),
    }));
}
