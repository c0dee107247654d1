import type { ServerResponse } from 'node:http';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import { isObject, RequestRefused, type Endpoint } from '../../http-server';
import type { Logger } from '../../log';

/** Teams activities are small; a card submission with long text stays far below this. */
export const ACTIVITY_MAX_BYTES = 256 * 1024;

/** What an activity needs before botbuilder sees it: the rest is checked where it is used. */
function readActivity(activity: Record<string, unknown>): Record<string, unknown> {
  const id = (v: unknown) => typeof (v as { id?: unknown } | undefined)?.id === 'string';
  if (typeof activity.type !== 'string' || !activity.type) {
    throw new RequestRefused(400, 'the activity has no type');
  }
  if (!isHttpUrl(activity.serviceUrl) || !id(activity.conversation) || !id(activity.from)) {
    throw new RequestRefused(400, 'the activity needs serviceUrl, conversation.id and from.id');
  }
  // botbuilder reads these without looking.
  if (activity.recipient !== undefined && !id(activity.recipient)) {
    throw new RequestRefused(400, "the activity's recipient has no id");
  }
  for (const name of ['timestamp', 'localTimestamp', 'expiration', 'channelId', 'locale']) {
    if (activity[name] !== undefined && typeof activity[name] !== 'string') {
      throw new RequestRefused(400, `the activity's ${name} is not text`);
    }
  }
  for (const name of ['entities', 'attachments', 'membersAdded', 'membersRemoved']) {
    const list = activity[name];
    if (list !== undefined && !(Array.isArray(list) && list.every(isObject))) {
      throw new RequestRefused(400, `the activity's ${name} is not a list of objects`);
    }
  }
  if (activity.channelData !== undefined && !isObject(activity.channelData)) {
    throw new RequestRefused(400, "the activity's channelData is not an object");
  }
  return activity;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** This machine itself: 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || /^(?:::ffff:)?127\.\d+\.\d+\.\d+$/i.test(address);
}

/**
 * POST /api/messages: the front door has read the activity (botbuilder wants it parsed); it
 * is checked and handed to the adapter, which checks the Bot Framework token and answers the
 * HTTP request. With `loopbackOnly` (authentication off) only this machine may post: nothing
 * checks who it is.
 */
export function messagesEndpoint(
  adapter: CloudAdapter,
  logic: (context: TurnContext) => Promise<void>,
  log: Logger,
  options: { loopbackOnly?: boolean } = {},
): Endpoint {
  return {
    maxBytes: ACTIVITY_MAX_BYTES,
    forms: false,
    serve: async (req, res, request) => {
      if (options.loopbackOnly && !isLoopback(req.socket.remoteAddress)) {
        log.warn(
          { from: req.socket.remoteAddress },
          'Teams request refused: authentication is off',
        );
        throw new RequestRefused(403, 'authentication is off: only this machine may post');
      }
      const body = readActivity(request.fields);
      await adapter.process(
        { body, headers: req.headers, method: req.method },
        responseShim(res),
        logic,
      );
    },
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
