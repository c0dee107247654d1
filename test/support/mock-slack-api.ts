import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
}

export interface MockUser {
  id: string;
  name: string;
  email?: string;
  tz?: string;
  locale?: string;
  is_admin?: boolean;
  is_bot?: boolean;
}

/** A message as Slack keeps it in a conversation. */
export interface MockMessage {
  ts: string;
  text?: unknown;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** Set on the bot's own posts; people's messages have none. */
  bot_id?: string;
  user: string;
  thread_ts?: string;
  files?: unknown[];
}

type Override = (
  method: string,
  args: Record<string, unknown>,
) => { status?: number; headers?: Record<string, string>; body: unknown } | undefined;

/**
 * A stand-in for Slack's Web API on 127.0.0.1: records every call and answers
 * the way Slack does (form or JSON bodies in, `{ ok, … }` out).
 */
export class MockSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly users = new Map<string, MockUser>();
  /** Posted messages per conversation id, oldest first; a DM to U… is kept under D…. */
  readonly messages = new Map<string, MockMessage[]>();
  private lastTs = 0;
  /** Posts are recorded at once but answered this much later. */
  replyDelayMs = 0;
  /** Files by id: what files.info answers, and the bytes served at their url_private_download. */
  readonly files = new Map<string, { info: Record<string, unknown>; bytes?: Buffer }>();
  /** Lets a test answer a call its own way (a 429, an error …). */
  override: Override | undefined;
  private server = http.createServer((req, res) => this.handle(req, res));

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addUser(user: MockUser): this {
    this.users.set(user.id, user);
    return this;
  }

  /** A file Slack holds; its download URL points back at this mock. */
  addFile(info: Record<string, unknown> & { id: string }, bytes?: Buffer): Record<string, unknown> {
    const full = {
      ...info,
      url_private_download: `${this.url.replace(/api\/$/, '')}files/${info.id}`,
      ...(bytes ? { size: bytes.length } : {}),
    };
    this.files.set(info.id, { info: full, bytes });
    return full;
  }

  /** A message someone wrote, so history and thread reads find it. */
  addMessage(channel: string, message: MockMessage): this {
    this.messages.set(channel, [...(this.messages.get(channel) ?? []), message]);
    return this;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls to `method` have been recorded. */
  async waitFor(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    const until = Date.now() + timeoutMs;
    while (this.callsTo(method).length < count) {
      if (Date.now() > until) {
        throw new Error(`expected ${count} ${method} calls, got ${this.callsTo(method).length}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.callsTo(method);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url?.startsWith('/files/')) return this.download(req, res);
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      const raw = Buffer.concat(chunks).toString('utf8');
      const args = parseBody(raw, req.headers['content-type'] ?? '');
      this.calls.push({ method, args });
      const custom = this.override?.(method, args);
      const answer = custom ?? { body: this.answer(method, args) };
      const reply = () => {
        res.writeHead(answer.status ?? 200, {
          'content-type': 'application/json',
          ...(answer.headers ?? {}),
        });
        res.end(JSON.stringify(answer.body));
      };
      // Acting first and answering late is how a crash can land between the two.
      if (this.replyDelayMs > 0 && method === 'chat.postMessage') {
        setTimeout(reply, this.replyDelayMs);
      } else reply();
    });
  }

  private answer(method: string, args: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return { ok: true, team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT', team: 'Test' };
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            name: user.name.toLowerCase(),
            real_name: user.name,
            tz: user.tz ?? 'Europe/Vilnius',
            locale: user.locale ?? 'en-US',
            is_admin: user.is_admin ?? false,
            is_bot: user.is_bot ?? false,
            profile: { display_name: user.name, email: user.email },
          },
        };
      }
      case 'chat.postMessage': {
        const channel = conversationOf(String(args.channel));
        const message = this.post(channel, args);
        return { ok: true, channel, ts: message.ts, message };
      }
      case 'conversations.open': {
        const user = String(args.users ?? '').split(',')[0];
        if (!user) return { ok: false, error: 'users_list_not_supplied' };
        return { ok: true, channel: { id: conversationOf(user) } };
      }
      case 'conversations.history': {
        const oldest = Number(args.oldest ?? 0);
        const limit = Number(args.limit ?? 100);
        const from = Number(args.cursor ?? 0);
        const newestFirst = [...(this.messages.get(String(args.channel)) ?? [])]
          .reverse()
          .filter((m) => Number(m.ts) > oldest);
        const page = newestFirst.slice(from, from + limit);
        const more = from + limit < newestFirst.length;
        return {
          ok: true,
          messages: args.include_all_metadata
            ? page
            : page.map(({ metadata: _metadata, ...m }) => m),
          has_more: more,
          response_metadata: { next_cursor: more ? String(from + limit) : '' },
        };
      }
      case 'conversations.replies': {
        const ts = String(args.ts);
        const thread = (this.messages.get(String(args.channel)) ?? []).filter(
          (m) => m.ts === ts || m.thread_ts === ts,
        );
        return { ok: true, messages: thread, has_more: false };
      }
      case 'views.open':
        return { ok: true, view: { id: 'V1' } };
      case 'views.publish': {
        // Slack refuses a home view that is not one, or has more than 100 blocks.
        const view = args.view as { type?: string; blocks?: unknown[] } | undefined;
        if (!args.user_id) return { ok: false, error: 'invalid_arguments' };
        if (view?.type !== 'home' || !Array.isArray(view.blocks) || view.blocks.length > 100) {
          return { ok: false, error: 'invalid_arguments' };
        }
        if (!this.users.has(String(args.user_id))) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          view: {
            id: `VHOME${String(args.user_id)}`,
            team_id: 'T1',
            hash: `${Date.now()}.1`,
            ...view,
          },
        };
      }
      case 'files.info': {
        const file = this.files.get(String(args.file));
        return file ? { ok: true, file: file.info } : { ok: false, error: 'file_not_found' };
      }
      case 'users.lookupByEmail': {
        const email = String(args.email).toLowerCase();
        const user = [...this.users.values()].find((u) => u.email?.toLowerCase() === email);
        if (!user) return { ok: false, error: 'users_not_found' };
        return { ok: true, user: { id: user.id, name: user.name, real_name: user.name } };
      }
      default:
        return { ok: true };
    }
  }

  private download(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.calls.push({ method: 'file download', args: { url: req.url } });
    const file = this.files.get((req.url ?? '').slice('/files/'.length));
    const authorised = req.headers.authorization === 'Bearer xoxb-test-token';
    if (!file?.bytes || !authorised) {
      res.writeHead(file ? 403 : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'message/rfc822' }).end(file.bytes);
  }

  /** Stores a message as posted by the bot, with a ts that only goes up (Slack's are unique). */
  post(channel: string, args: Record<string, unknown>): MockMessage {
    this.lastTs = Math.max(this.lastTs + 1, Date.now() * 1000);
    const message: MockMessage = {
      ts: (this.lastTs / 1_000_000).toFixed(6),
      text: args.text,
      blocks: args.blocks,
      metadata: args.metadata as MockMessage['metadata'],
      bot_id: 'BBOT',
      user: 'UBOT',
    };
    this.messages.set(channel, [...(this.messages.get(channel) ?? []), message]);
    return message;
  }
}

/** Slack posts a message to a user id into the DM with that user. */
function conversationOf(id: string): string {
  return /^[UW]/.test(id) ? `D${id}` : id;
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return JSON.parse(raw || '{}');
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends objects and arrays as JSON strings.
    try {
      args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      args[key] = value;
    }
  }
  return args;
}
