import readline from 'node:readline';
import type { Readable } from 'node:stream';

/**
 * The shell's input, a line at a time, in order, with a look ahead: a forward pasted at the
 * prompt is many lines that make one message.
 */
export class LineReader {
  private readonly queued: string[] = [];
  private waiting: ((line: string | null) => void) | undefined;
  private ended = false;
  private readonly rl: readline.Interface;

  constructor(input: Readable) {
    this.rl = readline.createInterface({ input, terminal: false });
    this.rl.on('line', (line) => this.arrive(line));
    this.rl.on('close', () => {
      this.ended = true;
      this.wake(null);
    });
  }

  /** The next line, or null at the end of the input. */
  next(): Promise<string | null> {
    const line = this.queued.shift();
    if (line !== undefined) return Promise.resolve(line);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /**
   * The next line if it comes within `quietMs`; null when the input went quiet or ended. A
   * paste arrives at once, so what is typed after a pause is not part of it.
   */
  async nextWithin(quietMs: number): Promise<string | null> {
    if (this.queued.length > 0 || this.ended) return this.next();
    let timer: NodeJS.Timeout | undefined;
    const quiet = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        this.waiting = undefined;
        resolve(null);
      }, quietMs);
    });
    const line = await Promise.race([this.next(), quiet]);
    clearTimeout(timer);
    return line;
  }

  /** Puts a line back, to be read next (the command that ended a pasted message). */
  unread(line: string): void {
    this.queued.unshift(line);
  }

  close(): void {
    this.rl.close();
  }

  private arrive(line: string): void {
    if (this.waiting) this.wake(line);
    else this.queued.push(line);
  }

  private wake(line: string | null): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(line);
  }
}
