import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthorizeResult, AuthorizeSourceData } from '@slack/bolt';
import { InstallProvider } from '@slack/oauth';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import type { Readiness } from '../../http-server';
import type { Logger } from '../../log';
import { boltLogger } from '../kit/bolt-logger';
import { SlackInstallations, secretBoxOf } from './installations';
import { MANIFEST_PATH } from '../kit/manifest';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** The bot scopes the manifest asks for: an install asks for the same. */
function botScopes(): string[] {
  const manifest = JSON.parse(fs.readFileSync(MANIFEST_PATH, 'utf8')) as {
    oauth_config: { scopes: { bot: string[] } };
  };
  return manifest.oauth_config.scopes.bot;
}

/**
 * Installs in many workspaces: the "Add to Slack" page, Slack's redirect back (the state it
 * carries checked against the signed cookie set on the way out), and each request's token
 * from the install of the workspace it came from.
 */
export class OAuthInstalls {
  private readonly installer: InstallProvider;
  readonly installations: () => SlackInstallations;

  constructor(config: Config, db: () => Db, log: Logger) {
    const box = secretBoxOf(config);
    this.installations = () => new SlackInstallations(db(), box);
    this.installer = new InstallProvider({
      clientId: config.SLACK_CLIENT_ID!,
      clientSecret: config.SLACK_CLIENT_SECRET!,
      stateSecret: config.SLACK_STATE_SECRET!,
      installationStore: {
        storeInstallation: (i) => this.installations().storeInstallation(i),
        fetchInstallation: (q) => this.installations().fetchInstallation(q),
        deleteInstallation: (q) => this.installations().deleteInstallation(q),
      },
      installUrlOptions: { scopes: botScopes() },
      // Slack's own page would be fine, but ours says what Frontline is first.
      directInstall: false,
      logger: boltLogger(log),
      clientOptions: config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {},
    });
  }

  readonly authorize = (source: AuthorizeSourceData<boolean>): Promise<AuthorizeResult> =>
    this.installer.authorize(source);

  /** Serves the install pages; false for any other path. */
  async serve(path: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (path === INSTALL_PATH) await this.installer.handleInstallPath(req, res);
    else if (path === REDIRECT_PATH) await this.installer.handleCallback(req, res);
    else return false;
    return true;
  }

  /** What an older key sealed is sealed again with the current one. */
  async start(log: Logger): Promise<void> {
    const resealed = await this.installations().resealStale();
    if (resealed > 0) log.info({ resealed }, 'installs sealed again with the current key');
  }

  readiness(): Readiness {
    return { ready: true };
  }
}
