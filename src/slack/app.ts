import type { IncomingMessage, ServerResponse } from 'node:http';
import { App } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Config } from '../config';
import { homeFor } from '../core/home';
import type { CoreContext } from '../core/shared';
import { personByPlatformId } from '../core/people';
import type { Endpoint, Readiness } from '../http-server';
import type { Logger } from '../log';
import { registerEscalation } from './escalation/register';
import { registerForwardedEmail } from './forwarded-email/register';
import { homeView } from './home/home-view';
import { registerHome } from './home/register';
import { workspaceClients } from './install/installations';
import { OAuthInstalls } from './install/oauth-install';
import { registerInstall } from './install/register';
import { boltLogger } from './kit/bolt-logger';
import { SlackConnection, type RetryPacing } from './kit/connection';
import type { SlackDeps } from './kit/context';
import { logRequest } from './kit/listeners';
import { ListenerFailure, SlackReceiver } from './kit/receiver';
import { slackSender } from './kit/send-message';
import { registerKudos } from './kudos/register';

export interface SlackAdapter {
  app: App;
  /** Set in HTTP mode: serves POST /slack/events, signatures checked. */
  endpoint?: Endpoint;
  sender: ReturnType<typeof slackSender>;
  /** Installed by OAuth: serves GET /slack/install and /slack/oauth_redirect. */
  installPages?: (path: string, req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Ready once Slack has answered auth.test. */
  readiness(): Readiness;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Deliveries get their own clients: the outbox retries and reconciles, so a silent retry
 * here could post twice, and a hung request must not hold a delivery lane forever.
 */
function deliverySender(
  config: Config,
  logger: ReturnType<typeof boltLogger>,
  clientOptions: WebClientOptions,
  core: () => CoreContext,
) {
  const clients = workspaceClients(config, () => core().db, {
    ...clientOptions,
    retryConfig: { retries: 0 },
    timeout: 10_000,
    logger,
  });
  return slackSender(clients, {
    historyPerMinute: config.SLACK_HISTORY_PER_MINUTE,
    // A queued home refresh shows the home as it is when it is sent, not when it was queued.
    homeViewOf: async (workspace, userId) => {
      const person = await personByPlatformId(core(), workspace.id, userId);
      return person && homeView(await homeFor(core(), workspace, person));
    },
  });
}

export function createSlackAdapter(
  config: Config,
  log: Logger,
  deps: (sender: ReturnType<typeof slackSender>) => SlackDeps,
  pacing?: RetryPacing,
): SlackAdapter {
  const logger = boltLogger(log);
  const clientOptions = {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    // A listener must answer within Slack's 3 seconds: a slow lookup gives up and the
    // person known from the database (or their name from the request) is used instead.
    retryConfig: { retries: 1, minTimeout: 100, maxTimeout: 500 },
    timeout: 1_000,
    rejectRateLimitedCalls: true,
  };
  const socket = config.slack?.mode === 'socket';
  const receiver = socket ? undefined : new SlackReceiver(config.SLACK_SIGNING_SECRET!, log);
  const db = () => listenerDeps.core.db;
  // Installed by OAuth, each request's token is its workspace's install's. Otherwise one
  // token: Bolt's own auth.test at construction would fail for good (and unhandled) if Slack
  // were down at that moment, so this one is asked again until Slack answers.
  const installs = config.slack?.oauth ? new OAuthInstalls(config, db, log) : undefined;
  const connection = installs
    ? undefined
    : new SlackConnection(
        new WebClient(undefined, { ...clientOptions, logger }),
        config.SLACK_BOT_TOKEN!,
        log,
        pacing,
      );
  const app = new App({
    authorize: installs?.authorize ?? connection!.authorize,
    logger,
    clientOptions,
    // Frontline keeps no conversation state in Bolt: its middleware and store need not run.
    convoStore: false,
    ...(receiver
      ? { receiver }
      : {
          socketMode: true,
          appToken: config.SLACK_APP_TOKEN,
          signingSecret: config.SLACK_SIGNING_SECRET,
        }),
  });
  const sender = deliverySender(config, logger, clientOptions, () => listenerDeps.core);
  const listenerDeps = deps(sender);

  app.use(logRequest(log));
  const features = [registerKudos, registerEscalation, registerForwardedEmail, registerHome];
  for (const register of [...features, registerInstall(installs)]) {
    register({ app, deps: listenerDeps, config, log });
  }
  app.error(async (err) => {
    // Over HTTP the receiver answers and logs it with the request's id.
    if (receiver) throw new ListenerFailure(err.original ?? err);
    log.error({ err }, 'unhandled Slack listener error');
  });

  return {
    app,
    endpoint: receiver?.endpoint,
    sender,
    installPages: installs && ((path, req, res) => installs.serve(path, req, res)),
    readiness: () => (installs ?? connection!).readiness(),
    start: async () => {
      if (installs) await installs.start(log);
      else await connection!.start();
      if (socket) await app.start();
    },
    stop: async () => {
      connection?.stop();
      if (socket) await app.stop();
    },
  };
}
