#!/usr/bin/env node
import { first } from './db/query';
import fs from 'node:fs';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { ConfigError, databaseLabel, databaseTarget, loadConfig, type Config } from './config';
import { type CoreContext, plainText } from './core/shared';
import { exportKudos, kudosCsv } from './core/kudos';
import {
  importPeople,
  type PlatformUserIds,
  findOrCreateWorkspace,
  type Platform,
} from './core/people';
import { SLACK_USER_IDS } from './slack/kit/user-ids';
import { SHELL_USER_IDS } from './shell/kit/user-ids';
import { importScores } from './core/scores';
import {
  buildManagerDigest,
  queueDueDigests,
  queueSummaryNow,
  buildWeeklySummary,
} from './core/digests';
import { describeTriage, readAnyEmail } from './core/forwarded-email';
import { OutboxWorker } from './jobs/outbox';
import { workspaceClients } from './slack/install/installations';
import { slackSender } from './slack/kit/send-message';
import {
  checkHost,
  MANIFEST_PATH as SLACK_MANIFEST_PATH,
  slackManifest,
} from './slack/kit/manifest';
import { connectDatabase, type Database } from './db/database';
import { outbox, people, workspaces, type Person, type Workspace } from './db/schema';
import { createLogger } from './log';

const USAGE = `Usage: frontline <command>

  migrate                                   apply database migrations
  backup FILE.db                            copy the database to a new file while Frontline
                                            runs (SQLite's online backup)
  import people FILE.csv [--workspace ID [--create]]
                                            add or update people and their managers
                                            columns: person (Slack id, shell handle or email),
                                            name, manager (the same), team, timezone, locale
  import scores FILE.csv [--workspace ID]    add clients' own measures: columns client, date
                                            (YYYY-MM-DD), score, kind (NPS, CSAT or rating),
                                            comment and person served (optional)
  export kudos --format csv|json [--since YYYY-MM-DD] [--workspace ID]
                                            print kudos to stdout
  digest preview --manager ID               print a manager's digest as it would be sent now
                                            (ID: Slack user id or email)
  digest send [--now]                       queue the digests that are due (--now: every
                                            manager's, whatever their schedule) and send them
  summary preview | send                    print the weekly summary / post it now
  manifest slack --host HOST | --socket-mode
                                            print the Slack app manifest, ready to paste
  triage [FILE|-]                           print, as JSON, what Frontline makes of one email
                                            (.eml, a pasted forward or a client's text)
  triage --jsonl [FILE|-]                   one {"text": …} or {"eml": …} per line in,
                                            one result per line out

  --workspace ID   the Slack team id (T…); needed when the database has several workspaces
  --create         with import: a --workspace the database does not know yet is created
  --platform NAME  slack, teams or shell: the workspace to choose (default: the Slack or Teams
                   one; the shell's when there is no other)

The database is DATABASE_PATH (default ./data/frontline.db).`;

class UsageError extends Error {}

/** What each command needs after it; alone, or with anything else, it says so. */
const SUBCOMMANDS: Record<string, string[]> = {
  import: ['people', 'scores'],
  export: ['kudos'],
  digest: ['preview', 'send'],
  summary: ['preview', 'send'],
  manifest: ['slack'],
};

/**
 * How each platform's user ids look in an imported file. Teams files have so far been read with
 * Slack's ids too; they keep that until they have their own.
 */
const USER_IDS: Record<Platform, PlatformUserIds> = {
  slack: SLACK_USER_IDS,
  teams: SLACK_USER_IDS,
  shell: SHELL_USER_IDS,
};

/** The usage lines of one command, e.g. those of `summary`. */
function usageOf(command: string): string {
  const lines = USAGE.split('\n');
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.startsWith(`  ${command} `)) continue;
    out.push(line);
    // Continuation lines are indented past the command column.
    for (let j = i + 1; lines[j]?.startsWith('            '); j++) out.push(lines[j]!);
  }
  return out.join('\n');
}

/** `frontline summary` alone: which subcommands it takes, and only its own usage. */
class SubcommandError extends Error {
  constructor(command: string, given: string | undefined) {
    const names = SUBCOMMANDS[command]!.join(' or ');
    const what = given ? `does not take "${given}"` : 'needs a subcommand';
    super(`frontline ${command} ${what}: ${names}\n\n${usageOf(command)}`);
  }
}

/** `manifest slack`: the manifest with Frontline's host in every URL, on standard output. */
function manifestCommand(
  values: { host?: string; 'socket-mode'?: boolean },
  io: { out: (s: string) => void },
): number {
  const template = fs.readFileSync(SLACK_MANIFEST_PATH, 'utf8');
  if (values['socket-mode']) {
    io.out(slackManifest(template, { socketMode: true }));
    return 0;
  }
  if (!values.host) {
    throw new UsageError(
      'give the public host: frontline manifest slack --host frontline.acme.com (or --socket-mode)',
    );
  }
  const problem = checkHost(values.host);
  if (problem) throw new UsageError(problem);
  io.out(slackManifest(template, { host: values.host }));
  return 0;
}

/** `triage FILE|-` and `triage --jsonl`: needs no database, reads what it is given. */
async function triageCommand(
  file: string | undefined,
  jsonl: boolean,
  config: Config,
  io: { out: (s: string) => void; err: (s: string) => void },
  input: NodeJS.ReadableStream,
): Promise<number> {
  const limits = { maxBytes: config.EMAIL_MAX_BYTES, maxChars: config.EMAIL_MAX_CHARS };
  if (file && file !== '-' && !fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const source = file && file !== '-' ? fs.createReadStream(file) : input;
  if (!jsonl) {
    const chunks: Buffer[] = [];
    for await (const chunk of source) chunks.push(Buffer.from(chunk as Buffer));
    const bytes = Buffer.concat(chunks);
    const read = file?.toLowerCase().endsWith('.eml')
      ? await readAnyEmail({ eml: bytes }, limits)
      : await readAnyEmail({ bytes }, limits);
    io.out(`${JSON.stringify(describeTriage(read), null, 2)}\n`);
    return 0;
  }
  let line = 0;
  let bad = 0;
  for await (const raw of readline.createInterface({ input: source, crlfDelay: Infinity })) {
    line++;
    if (!raw.trim()) continue;
    let item: { text?: unknown; eml?: unknown };
    try {
      item = JSON.parse(raw) as typeof item;
    } catch {
      bad++;
      io.err(`line ${line}: not JSON\n`);
      io.out(`${JSON.stringify({ line, problem: 'notJson' })}\n`);
      continue;
    }
    const text = typeof item.text === 'string' ? item.text : undefined;
    const eml = typeof item.eml === 'string' ? item.eml : undefined;
    const read = await readAnyEmail(eml !== undefined ? { eml } : { text: text ?? '' }, limits);
    io.out(`${JSON.stringify({ line, ...describeTriage(read) })}\n`);
  }
  return bad > 0 ? 1 : 0;
}

type Io = { out: (s: string) => void; err: (s: string) => void };

const readArgs = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      since: { type: 'string' },
      workspace: { type: 'string' },
      platform: { type: 'string' },
      create: { type: 'boolean' },
      host: { type: 'string' },
      'socket-mode': { type: 'boolean' },
      manager: { type: 'string' },
      now: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });

/** A command that works on the database, with what it was given. */
interface DatabaseCommand {
  ctx: CoreContext;
  database: Database;
  config: Config;
  io: Io;
  values: ReturnType<typeof readArgs>['values'];
  platform: Platform | undefined;
  subject?: string;
  file?: string;
}

/** Runs one command; resolves to the process exit code. Output goes to the given streams. */
export async function runCli(
  argv: string[],
  io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  },
  input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  let database: Database | undefined;
  try {
    const { values, positionals } = readArgs(argv);
    const [command, subject, file] = positionals;
    if (values.help || !command) {
      io.out(`${USAGE}\n`);
      return command || values.help ? 0 : 2;
    }
    if (SUBCOMMANDS[command] && !SUBCOMMANDS[command].includes(subject ?? '')) {
      throw new SubcommandError(command, subject);
    }
    if (command === 'manifest') return manifestCommand(values, io);
    const config = loadConfig();
    if (command === 'triage') {
      return await triageCommand(subject, values.jsonl ?? false, config, io, input);
    }
    const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL, {
      destination: process.stderr,
    });
    database = await connectDatabase(databaseTarget(config));
    const ctx: CoreContext = { db: database.db, now: () => new Date(), log };
    const platform = values.platform as Platform | undefined;
    if (platform && !['slack', 'teams', 'shell'].includes(platform)) {
      throw new UsageError('--platform is slack, teams or shell');
    }
    const run: DatabaseCommand = { ctx, database, config, io, values, platform, subject, file };
    const exit = await runDatabaseCommand(command, run);
    if (exit === undefined) throw new UsageError(`unknown command: ${positionals.join(' ')}`);
    return exit;
  } catch (err) {
    reportFailure(err, io);
    return 2;
  } finally {
    await database?.close();
  }
}

/** The exit code of a database command; undefined when there is no such command. */
async function runDatabaseCommand(
  command: string,
  run: DatabaseCommand,
): Promise<number | undefined> {
  const { subject } = run;
  if (command === 'migrate') {
    run.io.out(`Database ${databaseLabel(run.config)} is migrated.\n`);
    return 0;
  }
  if (command === 'backup') return backupCommand(run);
  if (command === 'import' && subject === 'people') return await importPeopleCommand(run);
  if (command === 'import' && subject === 'scores') return await importScoresCommand(run);
  if (command === 'export' && subject === 'kudos') return await exportKudosCommand(run);
  if (command === 'digest' && subject === 'preview') return await previewDigestCommand(run);
  if (command === 'digest' && subject === 'send') {
    const queued = await queueDueDigests(run.ctx, { force: run.values.now ?? false });
    run.io.out(`${queued} digests queued.\n`);
    await deliver(run.ctx, run.config, run.io, await platformsWithDeliveries(run.ctx));
    return 0;
  }
  if (command === 'summary' && (subject === 'preview' || subject === 'send')) {
    return summaryCommand(run, subject);
  }
  return undefined;
}

function reportFailure(err: unknown, io: Io): void {
  if (err instanceof ConfigError) io.err(`${err.message}\n`);
  else if (err instanceof SubcommandError) io.err(`${err.message}\n`);
  else if (
    err instanceof UsageError ||
    (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    io.err(`frontline: ${(err as Error).message}\n\n${USAGE}\n`);
  } else io.err(`frontline: ${(err as Error).message}\n`);
}

/** A consistent copy of the live database, page by page, without stopping anyone's writes. */
async function backupCommand({ database, config, io, subject }: DatabaseCommand): Promise<number> {
  if (!subject) throw new UsageError('name the file to write: frontline backup FILE.db');
  if (fs.existsSync(subject)) throw new UsageError(`${subject} exists already: name a new file`);
  if (!database.sqlite) throw new UsageError('on PostgreSQL, back up with pg_dump');
  const { totalPages } = await database.sqlite.backup(subject);
  io.out(`Database ${config.DATABASE_PATH} backed up to ${subject} (${totalPages} pages).\n`);
  return 0;
}

async function importScoresCommand({
  ctx,
  io,
  values,
  platform,
  file,
}: DatabaseCommand): Promise<number> {
  if (!file) throw new UsageError('name the CSV file: frontline import scores FILE.csv');
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const workspace = (await pickWorkspace(ctx, platform, values.workspace, false))!;
  const report = await importScores(ctx, workspace, fs.readFileSync(file, 'utf8'));
  io.out(
    `Scores imported into ${workspace.platform} workspace ${workspace.externalId}: ` +
      `${report.imported} new, ${report.alreadyThere} imported before.\n`,
  );
  for (const p of report.problems) io.err(`row ${p.row}: ${p.reason}\n`);
  return report.problems.length > 0 ? 1 : 0;
}

async function importPeopleCommand({
  ctx,
  io,
  values,
  platform,
  file,
}: DatabaseCommand): Promise<number> {
  if (!file) throw new UsageError('name the CSV file: frontline import people FILE.csv');
  if (!fs.existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const workspace = (await pickWorkspace(ctx, platform, values.workspace, values.create ?? false))!;
  const csv = fs.readFileSync(file, 'utf8');
  const report = await importPeople(ctx, workspace, csv, USER_IDS[workspace.platform]);
  io.out(
    `Imported into ${workspace.platform} workspace ${workspace.externalId}: ` +
      `${report.created} created, ${report.updated} updated, ${report.managersSet} managers set.\n`,
  );
  for (const p of report.problems) io.err(`row ${p.row}: ${p.reason}\n`);
  return report.problems.length > 0 ? 1 : 0;
}

async function exportKudosCommand({ ctx, io, values, platform }: DatabaseCommand): Promise<number> {
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
    ? await pickWorkspace(ctx, platform, values.workspace, false)
    : undefined;
  const rows = await exportKudos(ctx, { workspaceId: workspace?.id, since });
  io.out(format === 'csv' ? kudosCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`);
  return 0;
}

async function previewDigestCommand({
  ctx,
  io,
  values,
  platform,
}: DatabaseCommand): Promise<number> {
  if (!values.manager) throw new UsageError('name the manager: --manager U123 or an email');
  const workspace = (await pickWorkspace(ctx, platform, values.workspace, false))!;
  const manager = await findPerson(ctx, workspace.id, values.manager);
  if (!manager) throw new UsageError(`no person ${values.manager} in ${workspace.externalId}`);
  const now = ctx.now();
  const since = manager.digestSentThrough ?? new Date(now.getTime() - 7 * 24 * 3_600_000);
  const digest = await buildManagerDigest(ctx, workspace, manager, since, now);
  io.out(digest ? `${plainText(digest)}\n` : 'Nothing to send: the digest would be empty.\n');
  return 0;
}

async function summaryCommand(
  { ctx, config, io, values, platform }: DatabaseCommand,
  subject: 'preview' | 'send',
): Promise<number> {
  const workspace = (await pickWorkspace(ctx, platform, values.workspace, false))!;
  if (subject === 'preview') {
    const summary = await buildWeeklySummary(ctx, workspace, ctx.now());
    io.out(summary ? `${plainText(summary.message)}\n` : 'No kudos in the last seven days.\n');
    return 0;
  }
  if (!workspace.summaryChannel) {
    throw new UsageError('no summary channel: an admin sets it with /kudos summary here');
  }
  io.out(
    (await queueSummaryNow(ctx, workspace))
      ? 'Summary queued.\n'
      : 'No kudos in the last seven days.\n',
  );
  await deliver(ctx, config, io, [workspace.platform]);
  return 0;
}

/** Where each platform's queued deliveries go from here: sent now, or by whom and when. */
const LATER: Record<Platform, string> = {
  slack:
    'Slack is not configured here (no SLACK_BOT_TOKEN): the running Frontline sends them to Slack within seconds.\n',
  teams: 'The running Frontline sends them to Teams within seconds.\n',
  shell:
    'They wait for the shell: start it (npm start with no Slack or Teams credentials) and it shows them.\n',
};

/** Sends what is queued for Slack when Slack is configured here; says who sends the rest. */
async function deliver(
  ctx: CoreContext,
  config: Config,
  io: { out: (s: string) => void },
  platforms: Platform[],
) {
  for (const platform of platforms) {
    if (platform !== 'slack' || !config.slack) {
      io.out(LATER[platform]);
      continue;
    }
    const clients = workspaceClients(config, () => ctx.db, {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    });
    await new OutboxWorker(ctx, { slack: slackSender(clients) }).drain();
    io.out('Sent.\n');
  }
}

/** The platforms with deliveries waiting, so `digest send` speaks only of those. */
async function platformsWithDeliveries(ctx: CoreContext): Promise<Platform[]> {
  return (
    await ctx.db
      .selectDistinct({ platform: workspaces.platform })
      .from(outbox)
      .innerJoin(workspaces, eq(workspaces.id, outbox.workspaceId))
      .where(eq(outbox.status, 'pending'))
  ).map((r) => r.platform);
}

async function findPerson(
  ctx: CoreContext,
  workspaceId: number,
  id: string,
): Promise<Person | undefined> {
  return await first(
    ctx.db
      .select()
      .from(people)
      .where(
        and(
          eq(people.workspaceId, workspaceId),
          id.includes('@') ? eq(people.email, id.toLowerCase()) : eq(people.platformUserId, id),
        ),
      ),
  );
}

const known = (all: Workspace[]) =>
  all.length === 0
    ? 'the database has no workspace yet'
    : `known: ${all.map((w) => `${w.externalId} (${w.platform})`).join(', ')}`;

/**
 * The workspace a command is about: named, or the only one there is (of `platform`, when given;
 * else the only Slack or Teams one, or the shell's when there is nothing else).
 * A name the database does not know is a typo unless `create` says otherwise.
 */
async function pickWorkspace(
  ctx: CoreContext,
  platform: Platform | undefined,
  externalId: string | undefined,
  create: boolean,
): Promise<Workspace | undefined> {
  const all = (await ctx.db.select().from(workspaces)).filter(
    (w) => !platform || w.platform === platform,
  );
  if (externalId) {
    const found = all.find((w) => w.externalId === externalId);
    if (found) return found;
    if (create) return await findOrCreateWorkspace(ctx, platform ?? 'slack', externalId);
    throw new UsageError(
      `no workspace ${externalId} (${known(all)}); check the id, or add --create to start a new one`,
    );
  }
  // The shell has one workspace, ready before the shell first opens: people can come first.
  if (platform === 'shell' && !externalId && all.length === 0) {
    return await findOrCreateWorkspace(ctx, 'shell', 'local', 'shell');
  }
  // The shell's trial workspace is chosen only when there is no real one.
  const real = all.filter((w) => w.platform !== 'shell');
  const candidates = platform || real.length === 0 ? all : real;
  if (candidates.length === 1) return candidates[0];
  throw new UsageError(
    candidates.length === 0
      ? 'no workspace yet: one is recorded when Frontline is first used in Slack, Teams or the shell (to import people before that, give --workspace T… with --create)'
      : `several workspaces: give --workspace (${known(candidates)})`,
  );
}

if (require.main === module) {
  void runCli(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
