/** The clock a pace waits on: real time, unless a test says otherwise. */
export interface PaceClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const realClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('stopped'));
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(new Error('stopped'));
        },
        { once: true },
      );
    }),
};

/**
 * Spaces calls to one Slack method by its rate-limit tier (Slack counts per method, per
 * workspace, per app), and honours a 429's Retry-After for the calls after it.
 */
export class MethodPace {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly perMinute: (method: string) => number,
    private readonly clock: PaceClock = realClock,
  ) {}

  private gapMs(method: string): number {
    return 60_000 / this.perMinute(method);
  }

  /** Waits for the method's next slot and books the one after it. */
  async turn(method: string, signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const at = Math.max(now, this.next.get(method) ?? 0);
    this.next.set(method, at + this.gapMs(method));
    if (at > now) await this.clock.sleep(at - now, signal);
  }

  /** Slack said to wait: no call of this method before then. */
  hold(method: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.next.set(method, Math.max(this.next.get(method) ?? 0, until));
  }

  /** How long `calls` more calls of the method take from now, at least. */
  estimateMs(method: string, calls: number): number {
    if (calls <= 0) return 0;
    const first = Math.max(0, (this.next.get(method) ?? 0) - this.clock.now());
    return first + (calls - 1) * this.gapMs(method);
  }
}
