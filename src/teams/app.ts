import type { Endpoint } from '../http-server';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config';
import type { CoreContext } from '../core/shared';
import { t } from '../i18n';
import type { OutboxWorker, Sender } from '../jobs/outbox';
import type { Logger } from '../log';
import { FrontlineBot, turnLocale } from './bot';
import { invokeError } from './kit/invoke-answer';
import { messagesEndpoint } from './kit/messages-endpoint';
import { teamsSender } from './kit/send-message';
import type { TeamsDeps } from './kit/deps';

export interface TeamsAdapter {
  adapter: CloudAdapter;
  bot: FrontlineBot;
  /** Serves POST /api/messages, Bot Framework tokens checked (unless authentication is off). */
  endpoint: Endpoint;
  sender: Sender;
}

/** botbuilder's own settings, from Frontline's config; none at all when authentication is off. */
export function teamsAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  const settings: ConfigurationBotFrameworkAuthenticationOptions = config.teams?.authenticated
    ? {
        MicrosoftAppId: config.MicrosoftAppId,
        MicrosoftAppPassword: config.MicrosoftAppPassword,
        MicrosoftAppType: config.MicrosoftAppType,
        MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      }
    : { MicrosoftAppType: 'MultiTenant' };
  return new ConfigurationBotFrameworkAuthentication(settings);
}

/** The Teams bot on a CloudAdapter: every failure is logged and answered, never fatal. */
export function createTeamsAdapter(
  config: Config,
  log: Logger,
  base: { core: CoreContext; outbox: OutboxWorker },
): TeamsAdapter {
  const adapter = new CloudAdapter(teamsAuthentication(config));
  const deps: TeamsDeps = {
    ...base,
    adapter,
    appId: config.teams?.authenticated ? config.MicrosoftAppId! : '',
    admins: new Set(config.TEAMS_ADMINS.map((a) => a.toLowerCase())),
    emailLimits: { maxBytes: config.EMAIL_MAX_BYTES, maxChars: config.EMAIL_MAX_CHARS },
  };
  const bot = new FrontlineBot(deps);
  adapter.onTurnError = async (context: TurnContext, err: Error) => {
    const { type, id } = context.activity;
    log.error({ err, type, activity: id }, 'Teams turn failed');
    const message = t(await turnLocale(deps, context), 'error.generic');
    // An invoke left unanswered would get botbuilder's bodiless 501: it gets our error instead.
    const answer =
      type === 'invoke'
        ? { type: 'invokeResponse', value: invokeError(500, 'InternalError', message) }
        : type === 'message'
          ? message
          : undefined;
    if (!answer) return;
    await context
      .sendActivity(answer)
      .catch((sendErr: unknown) => log.warn({ err: sendErr }, 'could not tell the person'));
  };
  if (!config.teams?.authenticated) {
    log.warn(
      'Teams authentication is OFF: POST /api/messages takes activities from this machine only, ' +
        'and whoever posts them can act as anyone. Set MicrosoftAppId (and its password and ' +
        'tenant) before real use.',
    );
  }
  return {
    adapter,
    bot,
    endpoint: messagesEndpoint(adapter, (context) => bot.run(context), log, {
      loopbackOnly: !config.teams?.authenticated,
    }),
    sender: teamsSender(deps),
  };
}
