#!/usr/bin/env node
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { ConfigError, loadConfig } from './config';
import type { CoreContext } from './core/core';
import { exportKudos, kudosCsv } from './core/export-kudos';
import { importPeople } from './core/import-people';
import { findOrCreateWorkspace, type Platform } from './core/people';
import { openDatabase, type Database } from './db/database';
import { workspaces, type Workspace } from './db/schema';
import { createLogger } from './log';

const USAGE = `Usage: frontline <command>

  migrate                                   apply database migrations
  import people FILE.csv [--workspace ID]   add or update people and their managers
                                            columns: person (Slack id or email), name,
                                            manager (Slack id or email), team, timezone, locale
  export kudos --format csv|json [--since YYYY-MM-DD] [--workspace ID]
                                            print kudos to stdout

  --workspace ID   the Slack team id (T…); needed when the database has several workspaces
  --platform NAME  slack (default), teams or shell

The database is DATABASE_PATH (default ./data/frontline.db).`;

class UsageError extends Error {}

/** Runs one command; returns the process exit code. Output goes to the given streams. */
export function runCli(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void } = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  },
): number {
  let database: Database | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        since: { type: 'string' },
        workspace: { type: 'string' },
        platform: { type: 'string', default: 'slack' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, subject, file] = positionals;
    if (values.help || !command) {
      io.out(`${USAGE}\n`);
      return command || values.help ? 0 : 2;
    }
    const config = loadConfig();
    const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, {
      destination: process.stderr,
    });
    database = openDatabase(config.DATABASE_PATH);
    const ctx: CoreContext = { db: database.db, now: () => new Date(), log };
    const platform = values.platform as Platform;
    if (!['slack', 'teams', 'shell'].includes(platform)) {
      throw new UsageError('--platform is slack, teams or shell');
    }

    if (command === 'migrate') {
      io.out(`Database ${config.DATABASE_PATH} is migrated.\n`);
      return 0;
    }
    if (command === 'import' && subject === 'people') {
      if (!file) throw new UsageError('name the CSV file: frontline import people FILE.csv');
      if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
      const workspace = pickWorkspace(ctx, platform, values.workspace, true)!;
      const report = importPeople(ctx, workspace, fs.readFileSync(file, 'utf8'));
      io.out(
        `Imported into ${workspace.platform} workspace ${workspace.externalId}: ` +
          `${report.created} created, ${report.updated} updated, ${report.managersSet} managers set.\n`,
      );
      for (const p of report.problems) io.err(`row ${p.row}: ${p.reason}\n`);
      return report.problems.length > 0 ? 1 : 0;
    }
    if (command === 'export' && subject === 'kudos') {
      const format = values.format ?? 'json';
      if (format !== 'csv' && format !== 'json') throw new UsageError('--format is csv or json');
      let since: Date | undefined;
      if (values.since) {
        since = new Date(`${values.since}T00:00:00Z`);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(since.getTime())) {
          throw new UsageError('--since is a date like 2026-01-31');
        }
      }
      const workspace = values.workspace
        ? pickWorkspace(ctx, platform, values.workspace, false)
        : undefined;
      const rows = exportKudos(ctx, { workspaceId: workspace?.id, since });
      io.out(format === 'csv' ? kudosCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`);
      return 0;
    }
    throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  } catch (err) {
    if (err instanceof ConfigError) io.err(`${err.message}\n`);
    else if (
      err instanceof UsageError ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`frontline: ${(err as Error).message}\n\n${USAGE}\n`);
    } else io.err(`frontline: ${(err as Error).message}\n`);
    return 2;
  } finally {
    database?.close();
  }
}

/** The workspace a command is about: named, or the only one there is. */
function pickWorkspace(
  ctx: CoreContext,
  platform: Platform,
  externalId: string | undefined,
  create: boolean,
): Workspace | undefined {
  if (externalId) {
    if (create) return findOrCreateWorkspace(ctx, platform, externalId);
    const found = ctx.db
      .select()
      .from(workspaces)
      .where(eq(workspaces.externalId, externalId))
      .get();
    if (!found) throw new UsageError(`no workspace ${externalId}`);
    return found;
  }
  const all = ctx.db.select().from(workspaces).where(eq(workspaces.platform, platform)).all();
  if (all.length === 1) return all[0];
  throw new UsageError(
    all.length === 0
      ? 'no workspace yet: give --workspace with your Slack team id (T…)'
      : `several workspaces: give --workspace (${all.map((w) => w.externalId).join(', ')})`,
  );
}

if (require.main === module) process.exitCode = runCli(process.argv.slice(2));
