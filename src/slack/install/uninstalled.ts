import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Db } from '../../db/database';
import { markWorkspaceInstalled, type SlackInstallations } from './installations';

type Args = SlackEventMiddlewareArgs<'app_uninstalled' | 'tokens_revoked'> & AllMiddlewareArgs;

/**
 * Frontline removed from a workspace, or its bot token revoked: the install's tokens are
 * deleted and nothing more is sent or scheduled there, until it is installed again.
 */
export function appUninstalled(db: () => Db, installations?: () => SlackInstallations) {
  return async ({ event, body }: Args): Promise<void> => {
    // Revoking a person's own token leaves the bot's in place.
    if (event.type === 'tokens_revoked' && !event.tokens.bot?.length) return;
    const { team_id: teamId, enterprise_id: enterpriseId } = body as {
      team_id: string;
      enterprise_id?: string;
    };
    const isEnterpriseInstall = Boolean(
      (body as { is_enterprise_install?: boolean }).is_enterprise_install,
    );
    if (installations) {
      await installations().uninstalled({ teamId, enterpriseId, isEnterpriseInstall });
    } else await markWorkspaceInstalled(db(), teamId, new Date());
  };
}
