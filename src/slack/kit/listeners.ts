import type { AnyMiddlewareArgs, App, Middleware } from '@slack/bolt';
import type { Config } from '../../config';
import { localeOf, personByPlatformId, workspaceByPlatformId } from '../../core/people';
import { text } from '../../core/shared';
import { t } from '../../i18n';
import type { Logger } from '../../log';
import { ephemeral } from './render-message';
import type { SlackDeps } from './context';
import { slackUnreachable } from './unreachable';

/** What a feature registers its listeners with. */
export interface FeatureSetup {
  app: App;
  deps: SlackDeps;
  config: Config;
  log: Logger;
}

/** A failed command is answered privately. */
export const privateSorry = (sorry: string) => ephemeral({ parts: [text(sorry)] });
/** A failed form keeps the person's entries, the reason under `field`. */
export const formSorry = (field: string) => (sorry: string) => ({
  response_action: 'errors',
  errors: { [field]: sorry },
});
/** A failed click has no answer of its own: the person can click again. */
export const noAnswer = () => undefined;

/** Events have no one waiting for an answer: a failure is logged, and Slack's retry is harmless. */
export function safely<A>(log: Logger, listener: (args: A) => Promise<void>) {
  return async (args: A): Promise<void> => {
    try {
      await listener(args);
    } catch (err) {
      log.error({ err }, 'slack event listener failed');
    }
  };
}

export function logRequest(log: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const b = body as { type?: string; command?: string; team_id?: string };
    log.debug({ type: b.type ?? 'command', command: b.command, team: b.team_id }, 'slack request');
    await next();
  };
}

/**
 * Runs a listener so that a failure still answers the user, in their language (saying so
 * when it is Slack that cannot be reached), and never takes the process down.
 */
export function guarded<A extends { ack: (r?: never) => Promise<void>; body: unknown }>(
  deps: SlackDeps,
  listener: (args: A) => Promise<void>,
  failureReply: (sorry: string) => unknown,
) {
  return async (args: A): Promise<void> => {
    let acked = false;
    const ack = args.ack;
    const wrapped = { ...args, ack: (r?: never) => ((acked = true), ack(r)) } as A;
    try {
      await listener(wrapped);
    } catch (err) {
      const unreachable = slackUnreachable(err);
      if (unreachable) deps.core.log.warn({ err }, 'slack listener could not reach Slack');
      else deps.core.log.error({ err }, 'slack listener failed');
      if (acked) return;
      const b = args.body as {
        team_id?: string;
        user_id?: string;
        team?: { id?: string } | null;
        user?: { id?: string };
      };
      const teamId = b.team_id ?? b.team?.id;
      const userId = b.user_id ?? b.user?.id;
      // Only read: a failed request leaves nothing behind.
      const workspace = teamId
        ? await workspaceByPlatformId(deps.core, 'slack', teamId)
        : undefined;
      const person =
        workspace && userId ? await personByPlatformId(deps.core, workspace.id, userId) : undefined;
      const locale = workspace ? localeOf(person, workspace) : 'en';
      const sorry = t(locale, unreachable ? 'error.slackUnreachable' : 'error.generic');
      await ack(failureReply(sorry) as never).catch(() => undefined);
    }
  };
}
