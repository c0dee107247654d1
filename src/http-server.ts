import { randomUUID } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from './log';
import type { Metrics } from './metrics';

/** A request body the front door has read and checked: what an endpoint is handed. */
export interface RequestBody {
  /** The bytes as they came (signatures are computed over them). */
  raw: Buffer;
  /** The JSON object, or the form's fields. */
  fields: Record<string, unknown>;
  form: boolean;
}

/** A POST endpoint behind the front door. */
export interface Endpoint {
  /** Larger bodies get 413, announced ones before a byte of them is read. */
  maxBytes: number;
  /** Takes url-encoded forms as well as JSON objects (Slack's commands and interactivity). */
  forms: boolean;
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    body: RequestBody,
    requestId: string,
  ): Promise<void>;
}

export interface Readiness {
  ready: boolean;
  /** Why not, when not. */
  reason?: string;
}

export interface Routes {
  /** Slack's events, commands and interactivity. */
  slack?: Endpoint;
  /** Teams activities. */
  teams?: Endpoint;
  /** The plain pages at `/`, `/privacy` and `/terms`; true when it answered. */
  page?: (path: string, res: ServerResponse) => boolean;
  readiness: () => Readiness;
  /** Slack's install pages (OAuth): true when it answered the path. */
  slackInstall?: (path: string, req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** `GET /metrics`, Prometheus's text format; told of every answer. */
  metrics?: Metrics;
}

/** How long a client may take; a slow or silent one is cut off rather than held. */
export interface ClientTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

/** An answer the front door gives itself: a status and a short reason. */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** One HTTP server for every platform and for the health probes. */
export function createHttpServer(
  routes: Routes,
  log: Logger,
  timeouts: ClientTimeouts,
): http.Server {
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      // Node looks for overdue requests only this often (30 s unless told).
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(timeouts.headersMs / 4))),
    },
    (req, res) => {
      const id = randomUUID();
      const path = (req.url ?? '/').split('?')[0]!;
      logWhenAnswered(log, req, res, id, path, routes.metrics);
      res.setHeader('x-request-id', id);
      void answer(routes, req, res, id, path).catch((err: unknown) => {
        if (err instanceof RequestRefused) {
          log.warn({ reqId: id, path, reason: err.message }, 'request refused');
          return refuse(req, res, err.status, err.message);
        }
        log.error({ err, reqId: id, path }, 'request failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error', requestId: id });
        else res.end();
      });
    },
  );
  return server;
}

function logWhenAnswered(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  path: string,
  metrics: Metrics | undefined,
): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    metrics?.answered(path, res.statusCode, ms);
    const entry = { reqId: id, method: req.method, path, status: res.statusCode, ms };
    // Probes are frequent and dull; everything else is worth a line.
    if (path === '/healthz' || path === '/readyz') log.debug(entry, 'request');
    else log.info(entry, 'request');
  });
}

async function answer(
  routes: Routes,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  path: string,
): Promise<void> {
  if (req.method === 'GET' && path === '/healthz') return json(res, 200, { status: 'ok' });
  if (req.method === 'GET' && path === '/readyz') {
    const { ready, reason } = routes.readiness();
    return json(
      res,
      ready ? 200 : 503,
      ready ? { status: 'ready' } : { status: 'not ready', reason },
    );
  }
  if (req.method === 'GET' && path === '/metrics' && routes.metrics) {
    const { contentType, body } = await routes.metrics.render();
    res.writeHead(200, { 'content-type': contentType }).end(body);
    return;
  }
  if (req.method === 'GET' && (await routes.slackInstall?.(path, req, res))) return;
  if ((req.method === 'GET' || req.method === 'HEAD') && routes.page?.(path, res)) return;
  const endpoint =
    path === '/slack/events' ? routes.slack : path === '/api/messages' ? routes.teams : undefined;
  if (!endpoint) throw new RequestRefused(404, 'not found');
  if (req.method !== 'POST') throw new RequestRefused(405, 'use POST');
  const raw = await readBody(req, endpoint.maxBytes);
  await endpoint.serve(req, res, readFields(req, raw, endpoint.forms), id);
}

/** The whole body, refused with 413 once it is longer than `maxBytes` (or says it will be). */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new RequestRefused(413, `the body is larger than ${maxBytes} bytes`);
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      reject(tooLarge());
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // A client that hangs up (or is cut off by a timeout) is no fault of ours.
    const cutShort = () => reject(new RequestRefused(400, 'the request was cut short'));
    req.on('error', cutShort);
    req.on('close', () => (req.complete ? undefined : cutShort()));
  });
}

/** A JSON object, or a url-encoded form where `forms` allows one; anything else is refused. */
export function readFields(
  req: Pick<IncomingMessage, 'headers'>,
  raw: Buffer,
  forms: boolean,
): RequestBody {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (raw.length === 0) throw new RequestRefused(400, 'the body is empty');
  if (forms && type === 'application/x-www-form-urlencoded') {
    return { raw, fields: formFields(raw.toString('utf8')), form: true };
  }
  if (type !== 'application/json') {
    const accepted = forms
      ? 'application/json or application/x-www-form-urlencoded'
      : 'application/json';
    throw new RequestRefused(400, `the body must be ${accepted}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new RequestRefused(400, 'the body is not JSON');
  }
  if (!isObject(parsed)) throw new RequestRefused(400, 'the body is not a JSON object');
  return { raw, fields: parsed, form: false };
}

function formFields(text: string): Record<string, string> {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of new URLSearchParams(text)) {
    if (name in fields) throw new RequestRefused(400, `the form repeats the field "${name}"`);
    fields[name] = value;
  }
  if (Object.keys(fields).length === 0) throw new RequestRefused(400, 'the form has no fields');
  return fields;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Answers a refused request; a body not read to its end is not worth reading, so the connection closes. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, reason: string): void {
  if (res.headersSent) return void res.end();
  if (!req.complete) res.setHeader('connection', 'close');
  json(res, status, { error: reason });
  req.resume();
}

export function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
