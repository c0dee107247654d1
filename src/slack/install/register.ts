import { safely, type FeatureSetup } from '../kit/listeners';
import type { OAuthInstalls } from './oauth-install';
import { appUninstalled } from './uninstalled';

/** Removed from a workspace, or its token revoked: nothing more is sent there. */
export function registerInstall(installs: OAuthInstalls | undefined) {
  return ({ app, deps, log }: FeatureSetup): void => {
    const uninstalled = safely(
      log,
      appUninstalled(() => deps.core.db, installs?.installations),
    );
    app.event('app_uninstalled', uninstalled);
    app.event('tokens_revoked', uninstalled);
  };
}
