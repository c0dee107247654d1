import type { AddressInfo } from 'node:net';
import { type Config, databaseLabel, databaseTarget } from './config';
import type { CoreContext } from './core/shared';
import { connectDatabase, type Database } from './db/database';
import { createHttpServer } from './http-server';
import { OutboxWorker } from './jobs/outbox';
import { createMetrics } from './metrics';
import { privacyPages } from './privacy-pages';
import { Scheduler } from './jobs/scheduler';
import type { Logger } from './log';
import { createSlackAdapter, type SlackAdapter } from './slack/app';
import type { RetryPacing } from './slack/kit/connection';
import { createTeamsAdapter, type TeamsAdapter } from './teams/app';

export interface Frontline {
  port: number;
  database: Database;
  outbox: OutboxWorker;
  scheduler: Scheduler;
  slack?: SlackAdapter;
  teams?: TeamsAdapter;
  close(): Promise<void>;
}

/** Opens the database, starts the platform adapters and serves HTTP. */
export async function startFrontline(
  config: Config,
  log: Logger,
  options: { now?: () => Date; slackRetry?: RetryPacing } = {},
): Promise<Frontline> {
  const database = await connectDatabase(databaseTarget(config));
  const core: CoreContext = { db: database.db, now: options.now ?? (() => new Date()), log };
  const senders: ConstructorParameters<typeof OutboxWorker>[1] = {};
  const metrics = createMetrics(database.db);
  const outbox = new OutboxWorker(core, senders, {
    onDelivery: (outcome) => metrics.delivered(outcome),
  });

  const slack = config.slack
    ? createSlackAdapter(
        config,
        log,
        (sender) => {
          senders.slack = sender;
          return { core, outbox, writes: database.writes };
        },
        options.slackRetry,
      )
    : undefined;

  const teams = config.teams ? createTeamsAdapter(config, log, { core, outbox }) : undefined;
  if (teams) senders.teams = teams.sender;

  const server = createHttpServer(
    {
      slack: slack?.endpoint,
      teams: teams?.endpoint,
      slackInstall: slack?.installPages,
      page: privacyPages(config),
      metrics,
      readiness: () =>
        !database.isOpen()
          ? { ready: false, reason: 'the database is not open' }
          : (slack?.readiness() ?? { ready: true }),
    },
    log,
    {
      headersMs: config.HTTP_HEADERS_TIMEOUT_MS,
      requestMs: config.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveMs: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  await slack?.start();
  // What a crash interrupted is checked at the platform's pace (minutes, on Slack): beside the rest.
  outbox.start().catch((err: unknown) => log.error({ err }, 'outbox failed to start'));
  const scheduler = new Scheduler(core, outbox, {
    onRound: (outcome, ms) => metrics.scheduled(outcome, ms),
  });
  scheduler.start();
  const port = (server.address() as AddressInfo).port;
  log.info(
    {
      port,
      slack: config.slack?.mode ?? 'off',
      teams: config.teams ? (config.teams.authenticated ? 'on' : 'unauthenticated') : 'off',
      database: databaseLabel(config),
    },
    'Frontline is up',
  );

  return {
    port,
    database,
    outbox,
    scheduler,
    slack,
    teams,
    async close() {
      scheduler.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold close() open until they time out.
      server.closeIdleConnections();
      await closed;
      await slack?.stop();
      // A round stops at its next batch and gives its lease up before the database closes.
      await scheduler.settled();
      await outbox.stop();
      await database.close();
    },
  };
}
