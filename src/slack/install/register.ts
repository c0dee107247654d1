import { safely, type FeatureSetup } from '../kit/listeners';
import type { OAuthInstalls } from './oauth-install';
import { rememberOrganisation } from './organisation';
import { appUninstalled } from './uninstalled';

/**
 * Removed from a workspace, or its token revoked: nothing more is sent there. Each workspace's
 * organisation is remembered, for an org-wide install's deliveries.
 */
export function registerInstall(installs: OAuthInstalls | undefined) {
  return ({ app, deps, log }: FeatureSetup): void => {
    app.use(rememberOrganisation(() => deps.core));
    const uninstalled = safely(
      log,
      appUninstalled(() => deps.core.db, installs?.installations),
    );
    app.event('app_uninstalled', uninstalled);
    app.event('tokens_revoked', uninstalled);
  };
}
