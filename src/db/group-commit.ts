import type BetterSqlite3 from 'better-sqlite3';

/**
 * Requests arriving together are committed together. A commit is the dearest part of a
 * request's writes; so the first request of an event-loop turn opens one transaction, every
 * write until the loop turns again joins it (a transaction inside it is a savepoint), and a
 * single COMMIT makes them all durable. A request answers only once `committed()` resolves:
 * persisted before acknowledged still holds.
 *
 * Anything else the process writes in that turn joins too and is durable only at that COMMIT,
 * a moment later; a handler that answers without awaiting `committed()` answers that moment
 * early, and a crash in it loses a write already acknowledged.
 */
/** How a request waits for its writes to be durable. */
export interface Writes {
  /** What is written next, until the event loop turns, joins one transaction. */
  join(): void;
  /** Resolves when what was written so far is durable. */
  committed(): Promise<void>;
  /** Commits what is open now. */
  commit(): void;
}

export class GroupCommit implements Writes {
  private waiting: { resolve: () => void; reject: (err: unknown) => void }[] | undefined;

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  /** Opens the turn's transaction unless one is open; what is written next joins it. */
  join(): void {
    if (this.waiting || this.sqlite.inTransaction) return;
    this.sqlite.prepare('BEGIN IMMEDIATE').run();
    this.waiting = [];
    setImmediate(() => this.commit());
  }

  /** Resolves when what was written so far is durable: at once, or at the open group's commit. */
  committed(): Promise<void> {
    const waiting = this.waiting;
    if (!waiting) return Promise.resolve();
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  }

  /** Commits the open group now (on close, so nothing written is left behind). */
  commit(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    try {
      this.sqlite.prepare('COMMIT').run();
    } catch (err) {
      if (this.sqlite.inTransaction) this.sqlite.prepare('ROLLBACK').run();
      for (const w of waiting) w.reject(err);
      return;
    }
    for (const w of waiting) w.resolve();
  }
}
