import { randomUUID } from 'node:crypto';
import http, { type RequestListener } from 'node:http';
import type { Logger } from './log';

export interface Routes {
  /** Slack's events, commands and interactivity (signature checked by Bolt). */
  slack?: RequestListener;
  /** Teams activities (Bot Framework token checked by botbuilder); reads its own JSON body. */
  teams?: RequestListener;
  /** The plain pages at `/`, `/privacy` and `/terms`; true when it answered. */
  page?: (path: string, res: http.ServerResponse) => boolean;
  /** True when the database is open and migrated. */
  ready: () => boolean;
}

/** One HTTP server for every platform and for the health probes. */
export function createHttpServer(routes: Routes, log: Logger): http.Server {
  return http.createServer((req, res) => {
    const id = randomUUID();
    const started = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0];
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const entry = { reqId: id, method: req.method, path, status: res.statusCode, ms };
      // Probes are frequent and dull; everything else is worth a line.
      if (path === '/healthz' || path === '/readyz') log.debug(entry, 'request');
      else log.info(entry, 'request');
    });
    res.setHeader('x-request-id', id);

    if (req.method === 'GET' && path === '/healthz') return json(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/readyz') {
      const ready = routes.ready();
      return json(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && routes.page?.(path ?? '/', res)) return;
    if (path === '/slack/events' && routes.slack) return routes.slack(req, res);
    if (path === '/api/messages' && routes.teams) return routes.teams(req, res);
    json(res, 404, { error: 'not found' });
  });
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
