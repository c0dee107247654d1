import { first } from '../../db/query';
import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { slackInstallations, workspaces, type Workspace } from '../../db/schema';
import { SecretBox } from '../../db/secret-box';
import { DeliveryError } from '../../jobs/outbox';

type AnyInstallation = Installation<'v1' | 'v2', boolean>;

/** Where an install lives: the organisation for an org-wide one, else the workspace. */
function installedIn(query: {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string;
  teamId?: string;
}) {
  return query.isEnterpriseInstall && query.enterpriseId ? query.enterpriseId : query.teamId;
}

/**
 * Bolt's installation store, in Frontline's database: each install sealed with the
 * encryption key, so a copy of the database alone gives no token away.
 */
export class SlackInstallations implements InstallationStore {
  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
    private readonly now: () => Date = () => new Date(),
  ) {}

  storeInstallation = async (installation: AnyInstallation): Promise<void> => {
    const key = installation.isEnterpriseInstall
      ? installation.enterprise?.id
      : installation.team?.id;
    if (!key) throw new Error('an installation names neither its workspace nor its organisation');
    const sealed = this.box.seal(JSON.stringify(installation));
    const updatedAt = this.now();
    await this.db
      .insert(slackInstallations)
      .values({ installedIn: key, sealed, updatedAt })
      .onConflictDoUpdate({ target: slackInstallations.installedIn, set: { sealed, updatedAt } });
    // Installed again: its deliveries and schedules resume (the organisation's, org-wide).
    if (installation.team?.id) await this.markInstalled(installation.team.id, null);
    else if (installation.enterprise?.id) {
      await markOrganisationInstalled(this.db, installation.enterprise.id, null);
    }
  };

  fetchInstallation = async (query: InstallationQuery<boolean>): Promise<AnyInstallation> => {
    const found = await this.rowFor(query);
    if (!found) throw new Error(`Frontline is not installed in ${installedIn(query) ?? 'it'}`);
    return JSON.parse(this.box.open(found.sealed)) as AnyInstallation;
  };

  deleteInstallation = async (query: InstallationQuery<boolean>): Promise<void> => {
    const key = installedIn(query);
    if (key)
      await this.db.delete(slackInstallations).where(eq(slackInstallations.installedIn, key));
  };

  /**
   * Uninstalled, or its tokens revoked: the install's tokens are deleted, nothing more sent to
   * its workspace — to every workspace of the organisation, for an org-wide one.
   */
  async uninstalled(query: InstallationQuery<boolean>): Promise<void> {
    await this.deleteInstallation(query);
    if (query.isEnterpriseInstall && query.enterpriseId) {
      await markOrganisationInstalled(this.db, query.enterpriseId, this.now());
    } else if (query.teamId) await this.markInstalled(query.teamId, this.now());
  }

  /**
   * The bot token to deliver to a workspace with: its own install's, else its organisation's
   * org-wide one; undefined when it is installed neither way.
   */
  async botToken(
    workspace: Pick<Workspace, 'externalId' | 'enterpriseId'>,
  ): Promise<string | undefined> {
    const installation = await this.fetchInstallation({
      teamId: workspace.externalId,
      enterpriseId: workspace.enterpriseId ?? undefined,
      isEnterpriseInstall: false,
    }).catch(() => undefined);
    return installation?.bot?.token;
  }

  /** Seals again, with the current key, what an older key sealed; how many it resealed. */
  async resealStale(): Promise<number> {
    const stale = (await this.db.select().from(slackInstallations)).filter((row) =>
      this.box.isStale(row.sealed),
    );
    for (const row of stale) {
      const sealed = this.box.seal(this.box.open(row.sealed));
      await this.db
        .update(slackInstallations)
        .set({ sealed, updatedAt: this.now() })
        .where(eq(slackInstallations.id, row.id));
    }
    return stale.length;
  }

  private async rowFor(query: InstallationQuery<boolean>) {
    const byKey = async (key: string) =>
      await first(
        this.db.select().from(slackInstallations).where(eq(slackInstallations.installedIn, key)),
      );
    const key = installedIn(query);
    const exact = key ? await byKey(key) : undefined;
    // A workspace of an organisation that installed Frontline org-wide: the org's install.
    if (!exact && !query.isEnterpriseInstall && query.enterpriseId)
      return await byKey(query.enterpriseId);
    return exact;
  }

  private async markInstalled(teamId: string, uninstalledAt: Date | null): Promise<void> {
    await markWorkspaceInstalled(this.db, teamId, uninstalledAt);
  }
}

/** A null `uninstalledAt` resumes the workspace's deliveries and schedules; a date stops them. */
export async function markWorkspaceInstalled(
  db: Db,
  teamId: string,
  uninstalledAt: Date | null,
): Promise<void> {
  await db
    .update(workspaces)
    .set({ uninstalledAt })
    .where(and(eq(workspaces.platform, 'slack'), eq(workspaces.externalId, teamId)));
}

/** The same for every workspace of an Enterprise Grid organisation (an org-wide install). */
async function markOrganisationInstalled(
  db: Db,
  enterpriseId: string,
  uninstalledAt: Date | null,
): Promise<void> {
  // A workspace with an install of its own is served by it, whatever the organisation's does.
  const ownInstalls = db
    .select({ teamId: slackInstallations.installedIn })
    .from(slackInstallations);
  await db
    .update(workspaces)
    .set({ uninstalledAt })
    .where(
      and(
        eq(workspaces.platform, 'slack'),
        eq(workspaces.enterpriseId, enterpriseId),
        notInArray(workspaces.externalId, ownInstalls),
      ),
    );
}

/** The seal for stored installs, from the configured keys. */
export function secretBoxOf(config: Config): SecretBox {
  return new SecretBox(config.FRONTLINE_ENCRYPTION_KEY!, config.FRONTLINE_OLD_ENCRYPTION_KEYS);
}

/**
 * Each workspace's Web API client for deliveries: the one bot token's, or, installed by
 * OAuth, the workspace's own install's (a workspace not installed gets nothing).
 */
export function workspaceClients(
  config: Config,
  db: () => Db,
  options: WebClientOptions,
): (workspace: Workspace) => Promise<WebClient> {
  if (!config.slack?.oauth) {
    const client = new WebClient(config.SLACK_BOT_TOKEN, options);
    return async () => client;
  }
  const box = secretBoxOf(config);
  const byToken = new Map<string, WebClient>();
  return async (workspace) => {
    const token = await new SlackInstallations(db(), box).botToken(workspace);
    if (!token) throw new DeliveryError('Frontline is not installed there', { permanent: true });
    let client = byToken.get(token);
    if (!client) byToken.set(token, (client = new WebClient(token, options)));
    return client;
  };
}
