import type { ServerResponse } from 'node:http';
import { verifySlackRequest, type App, type Receiver } from '@slack/bolt';
import { json, RequestRefused, type Endpoint } from '../../http-server';
import type { Logger } from '../../log';
import { slackRequestBody } from './request-body';

/** Slack's requests are small; Bolt's own limit is 4 MB, Slack's largest payloads far below 1. */
export const SLACK_REQUEST_MAX_BYTES = 1024 * 1024;

/** A listener's own failure, as opposed to Bolt choking on a request it could not read. */
export class ListenerFailure extends Error {
  constructor(readonly failure: unknown) {
    super(`a Slack listener failed: ${(failure as Error)?.message ?? String(failure)}`);
  }
}

/**
 * Bolt's receiver for POST /slack/events behind Frontline's front door: the door has read
 * the body; here its signature is checked, its shape too, and Bolt gets only what Slack
 * would have sent. Every request is answered when Bolt is done with it.
 */
export class SlackReceiver implements Receiver {
  private app?: App;

  constructor(
    private readonly signingSecret: string,
    private readonly log: Logger,
  ) {}

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  readonly endpoint: Endpoint = {
    maxBytes: SLACK_REQUEST_MAX_BYTES,
    forms: true,
    serve: async (req, res, request, requestId) => {
      // Slack's certificate check comes unsigned and carries nothing to act on.
      if (request.form && request.fields.ssl_check === '1') return reply(res, undefined);
      this.verify(req.headers, request.raw);
      const body = slackRequestBody(request);
      if (body.type === 'url_verification') return json(res, 200, { challenge: body.challenge });
      if (body.type === 'app_rate_limited') {
        this.log.warn({ team: body.team_id }, 'Slack is holding back events: too many this minute');
        return reply(res, undefined);
      }
      await this.process(res, body, req.headers, requestId);
    },
  };

  private verify(headers: NodeJS.Dict<string | string[]>, raw: Buffer): void {
    const signature = headers['x-slack-signature'];
    const timestamp = headers['x-slack-request-timestamp'];
    try {
      if (typeof signature !== 'string' || typeof timestamp !== 'string') {
        throw new Error('the signature headers are missing');
      }
      verifySlackRequest({
        signingSecret: this.signingSecret,
        body: raw.toString('utf8'),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
      });
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'Slack request refused: bad signature');
      throw new RequestRefused(401, 'the Slack signature is missing, wrong or stale');
    }
  }

  private async process(
    res: ServerResponse,
    body: Record<string, unknown>,
    headers: NodeJS.Dict<string | string[]>,
    requestId: string,
  ): Promise<void> {
    let answered = false;
    const ack = async (response?: unknown) => {
      if (answered) return;
      answered = true;
      reply(res, response);
    };
    const retry = headers['x-slack-retry-num'];
    try {
      await this.app!.processEvent({
        body,
        ack,
        retryNum: typeof retry === 'string' ? Number.parseInt(retry, 10) : undefined,
        retryReason:
          typeof headers['x-slack-retry-reason'] === 'string'
            ? headers['x-slack-retry-reason']
            : undefined,
      });
    } catch (err) {
      if (err instanceof ListenerFailure) throw err.failure;
      // Bolt read a field our checks let through and choked on it: the request, not us.
      this.log.warn({ reqId: requestId, err }, 'Bolt could not read a Slack request');
      if (!answered) throw new RequestRefused(400, 'Frontline cannot read this Slack request');
      return;
    }
    if (!answered) {
      answered = true;
      throw new RequestRefused(404, 'nothing in Frontline answers this Slack request');
    }
  }
}

/** What Bolt's ack() gives: nothing, text, or a JSON answer. */
function reply(res: ServerResponse, response: unknown): void {
  if (res.headersSent) return;
  if (response === undefined || response === null || response === '') {
    res.writeHead(200);
    res.end();
  } else if (typeof response === 'string') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(response);
  } else {
    json(res, 200, response);
  }
}
