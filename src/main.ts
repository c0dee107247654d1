import { ConfigError, databaseTarget, loadConfig, type Config } from './config';
import { loadTriageModel } from './core/forwarded-email';
import { connectDatabase } from './db/database';
import { createLogger } from './log';
import { startFrontline } from './server';
import { runShell } from './shell/shell';

const NO_PLATFORM =
  'Frontline cannot start: no chat platform is configured; set SLACK_BOT_TOKEN with ' +
  'SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN) for Slack, or MicrosoftAppId with ' +
  'MicrosoftAppPassword and MicrosoftAppTenantId for Teams (the shell opens only outside production).';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
  const pretty = config.NODE_ENV !== 'production' && process.stdout.isTTY;

  if (!config.slack && !config.teams && config.NODE_ENV === 'production') {
    // A container started without its tokens must not look healthy while serving nobody.
    console.error(NO_PLATFORM);
    process.exit(1);
  }
  if (!config.slack && !config.teams) {
    // No workspace to talk to: the shell, on the same database, logging to stderr.
    const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, {
      destination: process.stderr,
    });
    const database = await connectDatabase(databaseTarget(config));
    const ctx = { db: database.db, now: () => new Date(), log };
    // Typed at a terminal, a paste arrives at once: lines after a pause are a new message.
    await runShell(ctx, process.stdin, process.stdout, {
      quietMs: process.stdin.isTTY ? 300 : undefined,
    });
    await database.close();
    return;
  }

  const log = createLogger(config.LOG_LEVEL, { pretty });
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
  // Read once now, not on the first email: a missing or broken model file stops the start.
  const triage = loadTriageModel();
  log.info(
    { milliseconds: Math.round(triage.milliseconds), bytes: triage.bytes },
    'triage model loaded',
  );
  let frontline: Awaited<ReturnType<typeof startFrontline>>;
  try {
    frontline = await startFrontline(config, log);
  } catch (err) {
    // A port in use or an unreadable database: say so in one line and stop.
    console.error(`Frontline cannot start: ${(err as Error).message}`);
    process.exit(1);
  }
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    frontline.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

void main();
