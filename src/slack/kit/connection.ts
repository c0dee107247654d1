import type { AuthorizeResult } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Readiness } from '../../http-server';
import type { Logger } from '../../log';

/** How often auth.test is tried again while Slack does not answer it: doubling up to a cap. */
export interface RetryPacing {
  firstMs: number;
  maxMs: number;
}

const PACING: RetryPacing = { firstMs: 1_000, maxMs: 60_000 };

/**
 * The bot's own identity, from auth.test: asked at start and again in the background until
 * Slack answers, so an unreachable Slack makes Frontline unready instead of broken for good.
 */
export class SlackConnection {
  private identity?: { botId?: string; botUserId?: string };
  private problem = 'Slack has not yet answered auth.test';
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly client: WebClient,
    private readonly token: string,
    private readonly log: Logger,
    private readonly pacing: RetryPacing = PACING,
  ) {}

  /** Asks now; on failure keeps asking in the background. Never rejects. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.ask(this.pacing.firstMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  readiness(): Readiness {
    return this.identity ? { ready: true } : { ready: false, reason: this.problem };
  }

  /**
   * Bolt's authorize: the token always, the bot's ids once known. Until then listeners still
   * run, and one that needs Slack's API answers that Slack cannot be reached.
   */
  readonly authorize = async (): Promise<AuthorizeResult> => ({
    botToken: this.token,
    ...this.identity,
  });

  private async ask(nextDelayMs: number): Promise<void> {
    try {
      const answer = await this.client.auth.test({ token: this.token });
      this.identity = { botId: answer.bot_id, botUserId: answer.user_id };
      this.log.info({ team: answer.team_id, bot: answer.user_id }, 'Slack answered auth.test');
    } catch (err) {
      this.problem = `Slack did not answer auth.test: ${(err as Error).message}`;
      if (this.stopped) return;
      this.log.warn({ retryInMs: nextDelayMs }, this.problem);
      this.timer = setTimeout(
        () => void this.ask(Math.min(nextDelayMs * 2, this.pacing.maxMs)),
        nextDelayMs,
      );
      this.timer.unref();
    }
  }
}
