import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type Middleware, type AnyMiddlewareArgs } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Endpoint, Readiness } from '../http-server';
import type { Config } from '../config';
import { localeOf, personByPlatformId, workspaceByPlatformId } from '../core/people';
import { t } from '../i18n';
import type { Logger } from '../log';
import { boltLogger } from './kit/bolt-logger';
import { SlackConnection, type RetryPacing } from './kit/connection';
import { workspaceClients } from './install/installations';
import { OAuthInstalls } from './install/oauth-install';
import { appUninstalled } from './install/uninstalled';
import { slackUnreachable } from './kit/unreachable';
import { ListenerFailure, SlackReceiver } from './kit/receiver';
import { kudosCommand, ephemeral } from './kudos/kudos-command';
import { KUDOS_FORM_ID, SEND_THANKS_ACTION, THANKS_FORM_ID } from '../core/kudos';
import { text } from '../core/shared';
import type { SlackDeps } from './kit/context';
import { slackSender } from './kit/send-message';
import { kudosFormSubmitted } from './kudos/kudos-form';
import { escalateCommand } from './escalation/escalate-command';
import { REPORT_SHORTCUT, reportAbusiveClientShortcut } from './escalation/report-abusive-client';
import {
  escalateFormSubmitted,
  escalationClicked,
  escalationStepSubmitted,
} from './escalation/steps';
import { ESCALATE_FORM_ID, CHECK_IN_ACTIONS, STEP_CLICKS, STEP_FORMS } from '../core/escalation';
import { checkInClicked } from './escalation/check-in';
import { sendThanksClicked, thanksSubmitted } from './kudos/send-thanks';
import {
  EMAIL_CLICKS,
  emailDecisionClicked,
  emailReportClicked,
  messageReportClicked,
} from './forwarded-email/email-actions';
import { forwardedEmailMessage } from './forwarded-email/forwarded-email';
import { frontlineMentioned } from './forwarded-email/frontline-mentioned';
import { reactionWasAdded, reactionWasRemoved } from './kudos/reactions';
import { GIVE_KUDOS_SHORTCUT, giveKudosForThisShortcut } from './kudos/give-kudos-for-this';
import { appHomeOpened } from './home/app-home-opened';
import { homeButtonClicked, homeSettingSubmitted } from './home/home-actions';
import { HOME_SETTING_FORM_ID, HOME_ACTION_PREFIX, homeFor } from '../core/home';
import { homeView } from './home/home-view';

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
    ...(receiver
      ? { receiver }
      : {
          socketMode: true,
          appToken: config.SLACK_APP_TOKEN,
          signingSecret: config.SLACK_SIGNING_SECRET,
        }),
  });
  // Deliveries get their own clients: the outbox retries and reconciles, so a silent retry
  // here could post twice, and a hung request must not hold a delivery lane forever.
  const sender = slackSender(
    workspaceClients(config, db, {
      ...clientOptions,
      retryConfig: { retries: 0 },
      timeout: 10_000,
      logger,
    }),
    {
      historyPerMinute: config.SLACK_HISTORY_PER_MINUTE,
      // A queued home refresh shows the home as it is when it is sent, not when it was queued.
      homeViewOf: (workspace, userId) => {
        const person = personByPlatformId(listenerDeps.core, workspace.id, userId);
        return person && homeView(homeFor(listenerDeps.core, workspace, person));
      },
    },
  );
  const listenerDeps = deps(sender);

  app.use(logRequest(log));
  app.command(
    '/kudos',
    guarded(listenerDeps, kudosCommand(listenerDeps), (sorry) =>
      ephemeral({ parts: [text(sorry)] }),
    ),
  );
  app.view(
    KUDOS_FORM_ID,
    guarded(listenerDeps, kudosFormSubmitted(listenerDeps), (sorry) => ({
      response_action: 'errors',
      errors: { words: sorry },
    })),
  );
  app.action(
    SEND_THANKS_ACTION,
    guarded(listenerDeps, sendThanksClicked(listenerDeps), () => undefined),
  );
  app.view(
    THANKS_FORM_ID,
    guarded(listenerDeps, thanksSubmitted(listenerDeps), (sorry) => ({
      response_action: 'errors',
      errors: { note: sorry },
    })),
  );
  app.command(
    '/escalate',
    guarded(listenerDeps, escalateCommand(listenerDeps), (sorry) =>
      ephemeral({ parts: [text(sorry)] }),
    ),
  );
  app.view(
    ESCALATE_FORM_ID,
    guarded(listenerDeps, escalateFormSubmitted(listenerDeps), (sorry) => ({
      response_action: 'errors',
      errors: { what: sorry },
    })),
  );
  for (const actionId of Object.keys(STEP_CLICKS)) {
    app.action(
      actionId,
      guarded(listenerDeps, escalationClicked(listenerDeps), () => undefined),
    );
  }
  for (const formId of Object.keys(STEP_FORMS)) {
    app.view(
      formId,
      guarded(listenerDeps, escalationStepSubmitted(listenerDeps), (sorry) => ({
        response_action: 'errors',
        errors: { note: sorry },
      })),
    );
  }
  for (const actionId of Object.values(CHECK_IN_ACTIONS)) {
    app.action(
      actionId,
      guarded(listenerDeps, checkInClicked(listenerDeps), () => undefined),
    );
  }
  app.shortcut(
    REPORT_SHORTCUT,
    guarded(listenerDeps, reportAbusiveClientShortcut(listenerDeps), () => undefined),
  );
  app.shortcut(
    GIVE_KUDOS_SHORTCUT,
    guarded(listenerDeps, giveKudosForThisShortcut(listenerDeps), () => undefined),
  );

  // Forwarded emails and reactions.
  const emailDeps = {
    ...listenerDeps,
    emailLimits: { maxBytes: config.EMAIL_MAX_BYTES, maxChars: config.EMAIL_MAX_CHARS },
    slackApiUrl: config.SLACK_API_URL,
  };
  app.event('message', safely(log, forwardedEmailMessage(emailDeps)));
  app.event('app_mention', safely(log, frontlineMentioned(emailDeps)));
  app.event('reaction_added', safely(log, reactionWasAdded(listenerDeps)));
  app.event('reaction_removed', safely(log, reactionWasRemoved(listenerDeps)));
  for (const actionId of EMAIL_CLICKS.decisions) {
    app.action(
      actionId,
      guarded(listenerDeps, emailDecisionClicked(listenerDeps), () => undefined),
    );
  }
  app.action(
    EMAIL_CLICKS.report,
    guarded(listenerDeps, emailReportClicked(listenerDeps), () => undefined),
  );
  app.action(
    EMAIL_CLICKS.reportMessage,
    guarded(listenerDeps, messageReportClicked(listenerDeps), () => undefined),
  );
  const uninstalled = safely(log, appUninstalled(db, installs?.installations));
  app.event('app_uninstalled', uninstalled);
  app.event('tokens_revoked', uninstalled);
  app.event('app_home_opened', safely(log, appHomeOpened(listenerDeps)));
  app.action(
    new RegExp(`^${HOME_ACTION_PREFIX}`),
    guarded(listenerDeps, homeButtonClicked(listenerDeps), () => undefined),
  );
  app.view(
    HOME_SETTING_FORM_ID,
    guarded(listenerDeps, homeSettingSubmitted(listenerDeps), (sorry) => ({
      response_action: 'errors',
      errors: { value: sorry },
    })),
  );
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
      if (installs) installs.start(log);
      else await connection!.start();
      if (socket) await app.start();
    },
    stop: async () => {
      connection?.stop();
      if (socket) await app.stop();
    },
  };
}

/** Events have no one waiting for an answer: a failure is logged, and Slack's retry is harmless. */
function safely<A>(log: Logger, listener: (args: A) => Promise<void>) {
  return async (args: A): Promise<void> => {
    try {
      await listener(args);
    } catch (err) {
      log.error({ err }, 'slack event listener failed');
    }
  };
}

function logRequest(log: Logger): Middleware<AnyMiddlewareArgs> {
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
function guarded<A extends { ack: (r?: never) => Promise<void>; body: unknown }>(
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
      const workspace = teamId ? workspaceByPlatformId(deps.core, 'slack', teamId) : undefined;
      const person =
        workspace && userId ? personByPlatformId(deps.core, workspace.id, userId) : undefined;
      const locale = workspace ? localeOf(person, workspace) : 'en';
      const sorry = t(locale, unreachable ? 'error.slackUnreachable' : 'error.generic');
      await ack(failureReply(sorry) as never).catch(() => undefined);
    }
  };
}
