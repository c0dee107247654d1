import { first, unclaimedWhere } from '../db/query';
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNull, lte, notInArray, or, sql } from 'drizzle-orm';
import { isOpen } from '../db/database';
import { prepared } from '../db/prepared';
import { outbox, outboxWorkers, workspaces, type OutboxRow, type Workspace } from '../db/schema';
import type { CoreContext, MessageModel } from '../core/shared';
import type { PlatformTarget } from '../core/delivery';
import { personById, type Platform } from '../core/people';

export interface Sender {
  /** `key` is the outbox row's unique key: the platform keeps it with the message. */
  send(workspace: Workspace, to: PlatformTarget, message: MessageModel, key: string): Promise<void>;
  /**
   * The keys of the messages sent to `to` since `since`, as the platform has them: after a
   * crash, tells deliveries that arrived from those that did not. Absent when it cannot tell.
   * May wait on the platform's rate limits; `signal` ends the wait when the worker stops.
   */
  deliveredKeys?(
    workspace: Workspace,
    to: PlatformTarget,
    since: Date,
    signal?: AbortSignal,
  ): Promise<ReadonlySet<string>>;
  /** How long looking up these conversations takes at the platform's pace, at least. */
  lookupTimeMs?(targets: PlatformTarget[]): number;
}

/** A sender throws this to say when to try again, or that trying again is pointless. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly options: { retryAfterMs?: number; permanent?: boolean } = {},
  ) {
    super(message);
  }
}

export interface OutboxOptions {
  maxAttempts?: number;
  pollMs?: number;
  /**
   * Messages started per second in one workspace. Slack asks for about one chat.postMessage
   * per second per channel and enforces an unpublished workspace-wide limit; a batch of
   * digests goes to as many DM channels as managers, so the workspace-wide pace is what
   * binds: 20/s, at most PARALLEL in flight, and a 429 still says exactly how long to wait.
   */
  perSecond?: number;
  /** Told of each attempt's result (counted on /metrics). */
  onDelivery?: (outcome: DeliveryOutcome) => void;
}

/** One attempt's result; `retryAfterMs` when a platform's rate limit said to wait. */
export interface DeliveryOutcome {
  platform: Platform;
  /** The platform's id of the workspace. */
  workspace: string;
  result: 'sent' | 'retry' | 'failed';
  retryAfterMs?: number;
}

const BATCH = 50;
const PARALLEL = 4;
const PER_SECOND = 20;

const dueRows = prepared((db) =>
  db
    .select({ row: outbox, workspace: workspaces })
    .from(outbox)
    .innerJoin(workspaces, eq(outbox.workspaceId, workspaces.id))
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, sql.placeholder('now')),
        // Another process (the shell, say) may share the database: leave others' rows alone.
        sql`${sql.placeholder('platforms')} LIKE '%,' || ${workspaces.platform} || ',%'`,
      ),
    )
    // Due the longest first, in the order of the due index: with thousands of digests pending,
    // sorting them by id read every one of them (messages and all) to send fifty.
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(BATCH)
    .prepare(),
);

/** Claims one row just before it is sent, so a crash strands at most what was in flight. */
const claimRow = prepared((db) =>
  db
    .update(outbox)
    .set({
      status: 'sending',
      attempts: sql`${outbox.attempts} + 1`,
      claimedAt: sql`${sql.placeholder('now')}`,
      claimedBy: sql`${sql.placeholder('worker')}`,
    })
    .where(
      unclaimedWhere(
        db,
        outbox,
        and(
          eq(outbox.id, sql.placeholder('id')),
          eq(outbox.status, 'pending'),
          // Another drain may have tried it meanwhile and been told to wait.
          lte(outbox.nextAttemptAt, sql.placeholder('now')),
        )!,
      ),
    )
    .returning()
    .prepare(),
);

const markSent = prepared((db) =>
  db
    .update(outbox)
    .set({ status: 'sent', sentAt: sql`${sql.placeholder('sentAt')}`, lastError: null })
    .where(eq(outbox.id, sql.placeholder('id')))
    .prepare(),
);

/**
 * Every worker says it is alive each second (real time: this is about processes, not the
 * clock a test moves); one not heard of for five is gone, and a row it was sending is
 * settled by another, as after a crash. A live worker's rows are left alone.
 */
const HEARTBEAT_MS = 1000;
const GONE_AFTER_MS = 5000;

/** How long a kick waits, so a burst of commands is delivered as one batch. */
const COALESCE_MS = 20;

type Due = { row: OutboxRow; workspace: Workspace };

/** One conversation's stranded rows, read back from the platform in one look-up. */
interface Lookup {
  workspace: Workspace;
  to: PlatformTarget | undefined;
  /** The earliest claim among the rows: the look-up reads everything since. */
  since: Date;
  rows: Due[];
}

/** Stranded rows by the conversation they went to; one without a target stands alone. */
function conversationsOf(
  stranded: Due[],
  targetOf: (row: OutboxRow) => PlatformTarget | undefined,
): Lookup[] {
  const lookups = new Map<string, Lookup>();
  for (const due of stranded) {
    const to = targetOf(due.row);
    // Rows claimed before claimedAt existed: anything since the row was written.
    const since = due.row.claimedAt ?? due.row.createdAt;
    const id = to ? `${due.workspace.id}|${JSON.stringify(to)}` : `row|${due.row.id}`;
    const lookup = lookups.get(id);
    if (!lookup) lookups.set(id, { workspace: due.workspace, to, since, rows: [due] });
    else {
      lookup.rows.push(due);
      if (since < lookup.since) lookup.since = since;
    }
  }
  return [...lookups.values()];
}

/**
 * Delivers what the core recorded in the outbox: rows are claimed, sent and marked,
 * so a row is never sent by two workers and a failure is retried later with backoff.
 */
export class OutboxWorker {
  private running: Promise<void> | undefined;
  private starting: Promise<void> | undefined;
  private scheduled: NodeJS.Timeout | undefined;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  /** Rows this worker is sending now: not stranded, whatever their status says. */
  private readonly inFlight = new Set<number>();
  /** Per workspace, the earliest real time (ms) the next message may start. */
  private readonly nextSlot = new Map<number, number>();
  private readonly stopping = new AbortController();
  /** This worker, to the others on the same database. */
  readonly id = randomUUID();
  private heartbeat: NodeJS.Timeout | undefined;
  /** Drains running now; a worker only asked to drain (the command line's) beats during them. */
  private draining = 0;
  private started = false;
  /** Settling rows stranded by a worker that is gone: one look-up at a time. */
  private settling: Promise<void> | undefined;

  constructor(
    private readonly ctx: CoreContext,
    private readonly senders: Partial<Record<Platform, Sender>>,
    private readonly options: OutboxOptions = {},
  ) {}

  /**
   * Polls for due rows, and settles the rows a crash left in 'sending' beside that (at the
   * platform's pace it may take minutes); resolves when they are settled.
   */
  async start(): Promise<void> {
    this.started = true;
    // Set at once, so a stop() that comes before the first batch still waits for it.
    this.starting = this.begin();
    await this.starting;
  }

  private async begin(): Promise<void> {
    await this.beating();
    const reconciling = this.reconcile(await this.strandedRows());
    this.settling = reconciling.finally(() => (this.settling = undefined));
    if (!this.stopped) {
      this.timer = setInterval(() => this.kick(), this.options.pollMs ?? 5000);
      this.timer.unref();
    }
    this.run();
    await reconciling;
  }

  /**
   * Stops polling after one last batch of what is due; a paced backlog beyond it stays
   * pending for the next start rather than holding up shutdown.
   */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.stopped = true;
    // Rows not yet looked up stay 'sending', for the next start to settle.
    this.stopping.abort();
    await this.starting;
    await this.settling;
    if (this.scheduled) this.run();
    while (this.running) await this.running;
    await this.quiet();
  }

  /** Says this worker is alive, now and every second until it stops or its drain ends. */
  private async beating(): Promise<void> {
    if (this.heartbeat) return;
    await this.beat();
    this.heartbeat = setInterval(() => void this.beatAndSettle(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private async beatAndSettle(): Promise<void> {
    try {
      await this.beat();
      if (this.started && !this.stopped) await this.settleStranded();
    } catch (err) {
      // A busy database is tried again next second; a closed one is the end.
      if (!isOpen(this.ctx.db)) clearInterval(this.heartbeat);
      this.ctx.log.warn({ err }, 'outbox heartbeat missed');
    }
  }

  /** Stops saying it is alive and says it is gone: what it left is another's to settle. */
  private async quiet(): Promise<void> {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
    await this.ctx.db.delete(outboxWorkers).where(eq(outboxWorkers.id, this.id));
  }

  private async beat(): Promise<void> {
    const seenAt = new Date();
    await this.ctx.db
      .insert(outboxWorkers)
      .values({ id: this.id, seenAt })
      .onConflictDoUpdate({ target: outboxWorkers.id, set: { seenAt } });
  }

  /** Rows a worker gone quiet left in 'sending', settled as a restart settles its own. */
  private async settleStranded(): Promise<void> {
    if (this.settling) return;
    const stranded = await this.strandedRows();
    if (stranded.length === 0) return;
    this.settling = this.reconcile(stranded)
      .catch((err: unknown) => this.ctx.log.error({ err }, 'stranded deliveries not settled'))
      .finally(() => (this.settling = undefined));
  }

  /** Starts a drain shortly, or asks the running one to look again when it ends. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.scheduled ??= setTimeout(() => this.run(), COALESCE_MS);
  }

  /**
   * Resolves once nothing is being sent: the running drain (and any kick waiting to start one)
   * has ended and no row is in flight. What a kick set going is then done, sent or rescheduled.
   */
  async idle(): Promise<void> {
    while (this.scheduled || this.running || this.inFlight.size > 0) {
      // A kick waiting out its coalescing delay starts now rather than being waited for.
      if (this.scheduled) this.run();
      if (this.running) await this.running;
      // Rows sent by a drain() called directly: nothing to await but their end.
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  private run(): void {
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: unknown) => this.ctx.log.error({ err }, 'outbox drain failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Sends every row that is due now; resolves when they have all been tried. */
  async drain(): Promise<void> {
    this.draining++;
    await this.beating();
    try {
      for (;;) {
        const due = await dueRows(this.ctx.db).execute({
          now: this.ctx.now().getTime(),
          platforms: `,${this.platforms().join(',')},`,
        });
        if (due.length === 0) return;
        await this.deliver(due);
        if (due.length < BATCH || this.stopped) return;
      }
    } finally {
      if (--this.draining === 0 && !this.started && isOpen(this.ctx.db)) await this.quiet();
    }
  }

  /** PARALLEL lanes take rows as they free up, so one slow recipient holds up only its own lane. */
  private async deliver(due: Due[]): Promise<void> {
    const waiting = [...due];
    const lane = async () => {
      while (waiting.length > 0) {
        // The workspace that may send soonest goes first: a busy workspace does not hold up a quiet one.
        let pick = 0;
        for (let i = 1; i < waiting.length; i++) {
          if (this.slotOf(waiting[i]!.workspace.id) < this.slotOf(waiting[pick]!.workspace.id)) {
            pick = i;
          }
        }
        const { row, workspace } = waiting.splice(pick, 1)[0]!;
        await this.pace(workspace.id);
        const claimed = await first(
          claimRow(this.ctx.db).execute({
            id: row.id,
            now: this.ctx.now().getTime(),
            worker: this.id,
          }),
        );
        if (claimed) await this.attempt(claimed, workspace);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, due.length) }, lane));
  }

  private slotOf(workspaceId: number): number {
    return this.nextSlot.get(workspaceId) ?? 0;
  }

  /** Waits for the workspace's next sending slot and books the one after it. */
  private async pace(workspaceId: number): Promise<void> {
    // Real time, not ctx.now(): the pace is about the platform's clock, which a test cannot move.
    const now = Date.now();
    const at = Math.max(now, this.slotOf(workspaceId));
    this.nextSlot.set(workspaceId, at + 1000 / (this.options.perSecond ?? PER_SECOND));
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }

  private async attempt(row: OutboxRow, workspace: Workspace): Promise<void> {
    this.inFlight.add(row.id);
    try {
      const error = await this.send(row, workspace).then(
        () => undefined,
        (err: unknown) => err ?? new Error('unknown error'),
      );
      if (error === undefined) {
        await markSent(this.ctx.db).execute({ id: row.id, sentAt: this.ctx.now().getTime() });
        this.report(workspace, 'sent');
      } else await this.failed(row, workspace, error);
    } finally {
      this.inFlight.delete(row.id);
    }
  }

  private platforms(): Platform[] {
    return Object.keys(this.senders) as Platform[];
  }

  /** Rows a crash left in 'sending': not this worker's own in flight, nor a live worker's. */
  private async strandedRows(): Promise<Due[]> {
    const alive = this.ctx.db
      .select({ id: outboxWorkers.id })
      .from(outboxWorkers)
      .where(gte(outboxWorkers.seenAt, new Date(Date.now() - GONE_AFTER_MS)));
    return (
      await this.ctx.db
        .select({ row: outbox, workspace: workspaces })
        .from(outbox)
        .innerJoin(workspaces, eq(outbox.workspaceId, workspaces.id))
        .where(
          and(
            eq(outbox.status, 'sending'),
            inArray(workspaces.platform, this.platforms()),
            or(
              isNull(outbox.claimedBy),
              eq(outbox.claimedBy, this.id),
              notInArray(outbox.claimedBy, alive),
            ),
          ),
        )
        .orderBy(asc(outbox.id))
    ).filter(({ row }) => !this.inFlight.has(row.id));
  }

  /**
   * A row left in 'sending' may or may not have reached the platform. Ask the platform, one
   * look-up per conversation; when it cannot tell, give the row up: a lost message is
   * logged, a duplicate is not undone.
   */
  private async reconcile(stranded: Due[]): Promise<void> {
    if (stranded.length === 0) return;
    const targets = new Map<number, PlatformTarget | undefined>();
    for (const { row } of stranded) targets.set(row.id, await this.targetOrNothing(row));
    const lookups = conversationsOf(stranded, (row) => targets.get(row.id));
    this.logLookupTime(
      stranded.length,
      lookups.filter(({ to }) => to?.kind !== 'home'),
    );
    for (const lookup of lookups) {
      // A home is replaced, never added to: publishing it again cannot show anything twice.
      const keys =
        lookup.to?.kind === 'home' ? new Set<string>() : await this.deliveredKeys(lookup);
      // Stopped while waiting on the platform: the rest is settled at the next start.
      if (this.stopped) return;
      for (const { row } of lookup.rows) {
        await this.settle(row, keys === undefined ? undefined : keys.has(row.key));
      }
    }
  }

  private logLookupTime(rows: number, lookups: Lookup[]): void {
    const bySender = new Map<Sender, PlatformTarget[]>();
    for (const { workspace, to } of lookups) {
      const sender = this.senders[workspace.platform];
      if (sender?.lookupTimeMs && to) bySender.set(sender, [...(bySender.get(sender) ?? []), to]);
    }
    const ms = Math.max(0, ...[...bySender].map(([sender, tos]) => sender.lookupTimeMs!(tos)));
    this.ctx.log.info(
      { interrupted: rows, lookups: lookups.length, seconds: Math.ceil(ms / 1000) },
      `checking ${rows} interrupted deliveries: ${lookups.length} look-ups at the platform's ` +
        `pace, about ${Math.ceil(ms / 60_000)} min`,
    );
  }

  private async settle(row: OutboxRow, delivered: boolean | undefined): Promise<void> {
    // The claim that was looked up, and no later one: two workers settling the same row (a
    // restart and a survivor, say) act on it once.
    const stillSending = and(
      eq(outbox.id, row.id),
      eq(outbox.status, 'sending'),
      eq(outbox.attempts, row.attempts),
      row.claimedBy === null ? isNull(outbox.claimedBy) : eq(outbox.claimedBy, row.claimedBy),
    );
    const log = { outbox: row.id, key: row.key, attempts: row.attempts };
    if (delivered === true) {
      await this.ctx.db
        .update(outbox)
        .set({ status: 'sent', sentAt: this.ctx.now(), lastError: null })
        .where(stillSending);
      this.ctx.log.info(log, 'interrupted delivery had arrived: marked sent');
    } else if (delivered === false) {
      await this.ctx.db.update(outbox).set({ status: 'pending' }).where(stillSending);
      this.ctx.log.info(log, 'interrupted delivery had not arrived: will send again');
      this.kick();
    } else {
      const reason =
        'interrupted while sending and the platform cannot tell whether it arrived: ' +
        'not sent again, to avoid a duplicate';
      await this.ctx.db
        .update(outbox)
        .set({ status: 'failed', lastError: reason })
        .where(stillSending);
      this.ctx.log.error({ ...log, reason }, 'delivery given up');
    }
  }

  /** The platform's answer for one conversation, or undefined when it has none. */
  private async deliveredKeys(lookup: Lookup): Promise<ReadonlySet<string> | undefined> {
    const sender = this.senders[lookup.workspace.platform];
    if (!sender?.deliveredKeys || !lookup.to) return undefined;
    try {
      return await sender.deliveredKeys(
        lookup.workspace,
        lookup.to,
        lookup.since,
        this.stopping.signal,
      );
    } catch (err) {
      if (!this.stopped) {
        const rows = lookup.rows.map(({ row }) => row.id);
        this.ctx.log.warn({ err, outbox: rows }, 'could not check whether deliveries arrived');
      }
      return undefined;
    }
  }

  private async targetOrNothing(row: OutboxRow): Promise<PlatformTarget | undefined> {
    try {
      return await this.platformTarget(row);
    } catch {
      return undefined;
    }
  }

  private async send(row: OutboxRow, workspace: Workspace): Promise<void> {
    const sender = this.senders[workspace.platform];
    if (!sender) throw new DeliveryError(`no sender for ${workspace.platform}`);
    await sender.send(
      workspace,
      await this.platformTarget(row),
      row.message as MessageModel,
      row.key,
    );
  }

  private async platformTarget(row: OutboxRow): Promise<PlatformTarget> {
    if (row.targetKind === 'channel') {
      return {
        kind: 'channel',
        channel: row.target,
        ...(row.thread ? { thread: row.thread } : {}),
      };
    }
    const person = await personById(this.ctx, Number(row.target));
    if (!person?.platformUserId) {
      throw new DeliveryError(`person ${row.target} has no platform account`, { permanent: true });
    }
    return { kind: row.targetKind === 'home' ? 'home' : 'person', userId: person.platformUserId };
  }

  private report(workspace: Workspace, result: DeliveryOutcome['result'], retryAfterMs?: number) {
    const { platform, externalId } = workspace;
    this.options.onDelivery?.({ platform, workspace: externalId, result, retryAfterMs });
  }

  /** `row.attempts` already counts the attempt that failed. */
  private async failed(row: OutboxRow, workspace: Workspace, err: unknown): Promise<void> {
    const attempts = row.attempts;
    const options = err instanceof DeliveryError ? err.options : {};
    const reason = err instanceof Error ? err.message : String(err);
    const giveUp = options.permanent || attempts >= (this.options.maxAttempts ?? 8);
    // 2s, 4s, 8s … capped at 10 minutes, unless the platform said how long to wait.
    const backoffMs = options.retryAfterMs ?? Math.min(2 ** attempts * 1000, 600_000);
    await this.ctx.db
      .update(outbox)
      .set({
        status: giveUp ? 'failed' : 'pending',
        lastError: reason,
        nextAttemptAt: new Date(this.ctx.now().getTime() + backoffMs),
      })
      .where(eq(outbox.id, row.id));
    this.report(workspace, giveUp ? 'failed' : 'retry', options.retryAfterMs);
    const log = { outbox: row.id, key: row.key, attempts, reason };
    if (giveUp) this.ctx.log.error(log, 'delivery given up');
    else this.ctx.log.warn({ ...log, retryInMs: backoffMs }, 'delivery failed, will retry');
  }
}
