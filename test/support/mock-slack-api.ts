import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** conversations.info of a DM, as Slack answered it (test/fixtures/recorded/slack). */
const RECORDED_IM = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, '..', 'fixtures', 'recorded', 'slack', 'conversations-info-im.json'),
    'utf8',
  ),
) as { channel: Record<string, unknown> };

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** The token the call was made with (its Authorization header). */
  token?: string;
  /** Answered 429 `ratelimited`, as Slack answers a call over the method's limit. */
  rateLimited?: boolean;
}

/** Slack's limit for conversations.history/.replies on apps outside the Marketplace. */
const LIMITED_PAGE = 15;

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
  /** Every workspace has Slackbot, the user Slack's own notices and email integration post as. */
  readonly users = new Map<string, MockUser>([
    ['USLACKBOT', { id: 'USLACKBOT', name: 'Slackbot', tz: 'America/Los_Angeles' }],
  ]);
  /** Posted messages per conversation id, oldest first; a DM to U… is kept under D…. */
  readonly messages = new Map<string, MockMessage[]>();
  private lastTs = 0;
  /** Posts are recorded at once but answered this much later. */
  replyDelayMs = 0;
  /** Posts take this long to reach Slack at all (recorded, then answered): a slow network. */
  arrivalDelayMs = 0;
  /** Files by id: what files.info answers, and the bytes served at their url_private_download. */
  readonly files = new Map<string, { info: Record<string, unknown>; bytes?: Buffer }>();
  /** What oauth.v2.access answers for each code Slack handed out; other codes are invalid. */
  readonly oauthGrants = new Map<string, Record<string, unknown>>();
  /** Lets a test answer a call its own way (a 429, an error …). */
  override: Override | undefined;
  /** Methods held to a number of calls a minute, with when each recent call was made. */
  private readonly limits = new Map<string, { perMinute: number; calls: number[] }>();
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

  /**
   * Holds `method` to `perMinute` calls a minute and 15 messages a call, as Slack does for
   * conversations.history and .replies of an app distributed outside the Marketplace; with
   * `used`, this minute's calls are already spent (by another process, say).
   */
  limit(method: string, perMinute: number, options: { used?: boolean } = {}): this {
    const now = Date.now();
    this.limits.set(method, {
      perMinute,
      calls: options.used ? Array.from({ length: perMinute }, () => now) : [],
    });
    return this;
  }

  /** A 429 as Slack sends it, when `method` is over its limit; otherwise the call counts. */
  private overLimit(
    method: string,
  ): { status: number; headers: Record<string, string>; body: unknown } | undefined {
    const limit = this.limits.get(method);
    if (!limit) return undefined;
    const now = Date.now();
    limit.calls = limit.calls.filter((at) => at > now - 60_000);
    if (limit.calls.length < limit.perMinute) {
      limit.calls.push(now);
      return undefined;
    }
    const retryAfter = Math.max(1, Math.ceil((limit.calls[0]! + 60_000 - now) / 1000));
    return {
      status: 429,
      headers: { 'retry-after': String(retryAfter) },
      body: { ok: false, error: 'ratelimited' },
    };
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
      if (this.arrivalDelayMs > 0 && method === 'chat.postMessage') {
        setTimeout(() => this.act(req, res, method, chunks), this.arrivalDelayMs);
      } else this.act(req, res, method, chunks);
    });
  }

  private act(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    method: string,
    chunks: Buffer[],
  ): void {
    const raw = Buffer.concat(chunks).toString('utf8');
    const args = parseBody(raw, req.headers['content-type'] ?? '');
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const call: RecordedCall = { method, args, ...(bearer ? { token: bearer } : {}) };
    this.calls.push(call);
    const limited = this.overLimit(method);
    if (limited) call.rateLimited = true;
    if (this.limits.has(method)) {
      args.limit = Math.min(Number(args.limit ?? LIMITED_PAGE), LIMITED_PAGE);
    }
    const custom = limited ?? this.override?.(method, args);
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
  }

  private answer(method: string, args: Record<string, unknown>): unknown {
    switch (method) {
      case 'oauth.v2.access':
        return this.oauthGrants.get(String(args.code)) ?? { ok: false, error: 'invalid_code' };
      case 'auth.test':
        return { ok: true, team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT', team: 'Test' };
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: slackUser(user) };
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
        const oldest = Number(args.oldest ?? 0);
        const limit = Number(args.limit ?? 1000);
        const from = Number(args.cursor ?? 0);
        const thread = (this.messages.get(String(args.channel)) ?? []).filter(
          (m) => (m.ts === ts || m.thread_ts === ts) && Number(m.ts) > oldest,
        );
        const page = thread.slice(from, from + limit);
        const more = from + limit < thread.length;
        return {
          ok: true,
          messages: page,
          has_more: more,
          response_metadata: { next_cursor: more ? String(from + limit) : '' },
        };
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
        if (!file) return { ok: false, error: 'file_not_found' };
        return { ok: true, file: file.info, comments: [], response_metadata: { next_cursor: '' } };
      }
      case 'users.lookupByEmail': {
        const email = String(args.email).toLowerCase();
        const user = [...this.users.values()].find((u) => u.email?.toLowerCase() === email);
        if (!user) return { ok: false, error: 'users_not_found' };
        return { ok: true, user: slackUser(user) };
      }
      case 'conversations.info': {
        // A DM's id is D + its user's here (see conversationOf); Slack names the user on it.
        const id = String(args.channel);
        const user = id.startsWith('D') ? this.users.get(id.slice(1)) : undefined;
        if (user) return { ok: true, channel: { ...RECORDED_IM.channel, id, user: user.id } };
        if (/^[CG]/.test(id)) {
          return {
            ok: true,
            channel: { id, name: id.toLowerCase(), is_channel: true, is_im: false },
          };
        }
        return { ok: false, error: 'channel_not_found' };
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

/** A user as users.info and users.lookupByEmail give it. */
function slackUser(user: MockUser) {
  return {
    id: user.id,
    team_id: 'T1',
    name: user.name.toLowerCase(),
    real_name: user.name,
    tz: user.tz ?? 'Europe/Vilnius',
    locale: user.locale ?? 'en-US',
    is_admin: user.is_admin ?? false,
    is_bot: user.is_bot ?? false,
    profile: { display_name: user.name, real_name: user.name, email: user.email },
  };
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
