import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../log';

/** Teams activities are small; a card submission with long text stays far below this. */
export const ACTIVITY_MAX_BYTES = 256 * 1024;

class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // The rest is read and dropped, so the 413 still reaches the sender.
      if (size > ACTIVITY_MAX_BYTES) {
        chunks.length = 0;
        reject(new BadRequest(413, `an activity is at most ${ACTIVITY_MAX_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** What an activity needs before botbuilder sees it: the rest is checked where it is used. */
function readActivity(raw: Buffer): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BadRequest(400, 'the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequest(400, 'an activity is a JSON object');
  }
  const activity = body as Record<string, unknown>;
  const id = (v: unknown) => typeof (v as { id?: unknown } | undefined)?.id === 'string';
  if (typeof activity.type !== 'string' || !activity.type) {
    throw new BadRequest(400, 'the activity has no type');
  }
  if (typeof activity.serviceUrl !== 'string' || !id(activity.conversation) || !id(activity.from)) {
    throw new BadRequest(400, 'the activity needs serviceUrl, conversation.id and from.id');
  }
  return activity;
}

/** This machine itself: 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(?:::ffff:)?127\.\d+\.\d+\.\d+$/i.test(address);
}

/**
 * POST /api/messages: reads the activity (botbuilder wants it parsed) and hands it to the
 * adapter, which checks the Bot Framework token and answers the HTTP request. With
 * `loopbackOnly` (authentication off) only this machine may post: nothing checks who it is.
 */
export function messagesEndpoint(
  adapter: CloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
  log: Logger,
  options: { loopbackOnly?: boolean } = {},
): RequestListener {
  return (req, res) => {
    void (async () => {
      if (req.method !== 'POST') return send(res, 405, { error: 'use POST' });
      if (options.loopbackOnly && !isLoopback(req.socket.remoteAddress)) {
        log.warn(
          { from: req.socket.remoteAddress },
          'Teams request refused: authentication is off',
        );
        req.resume();
        return send(res, 403, { error: 'authentication is off: only this machine may post' });
      }
      let body: Record<string, unknown>;
      try {
        body = readActivity(await readBody(req));
      } catch (err) {
        const status = err instanceof BadRequest ? err.status : 400;
        log.warn({ err: (err as Error).message }, 'bad Teams request');
        return send(res, status, { error: (err as Error).message });
      }
      await adapter.process(
        { body, headers: req.headers, method: req.method },
        responseShim(res),
        logic,
      );
    })().catch((err: unknown) => {
      log.error({ err }, 'Teams request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.end();
    });
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** The Express-like response botbuilder writes to, over Node's own. */
function responseShim(res: ServerResponse) {
  let status = 200;
  let body: unknown;
  return {
    socket: res.socket,
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return this;
    },
    send(payload: unknown) {
      body = payload;
      return this;
    },
    end() {
      if (res.writableEnded) return this;
      if (body === undefined) {
        res.writeHead(status);
        res.end();
      } else if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(body);
      } else {
        send(res, status, body);
      }
      return this;
    },
  };
}
