import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  /** Decoded: `/v3/conversations/19:abc@thread.tacv2;messageid=1/activities`. */
  path: string;
  body: Record<string, unknown> | undefined;
  /** What the mock answered. */
  status?: number;
}

export interface MockMember {
  id: string;
  name: string;
  email?: string;
  /** The directory (Entra) object id; the connector answers it as `objectId`. */
  aadObjectId?: string;
  userPrincipalName?: string;
  givenName?: string;
  surname?: string;
  /** Their 1:1 chat with the bot, when its id does not end with theirs (as real ones do not). */
  personalChat?: string;
}

/**
 * A member as `GET /v3/conversations/{id}/members/{memberId}` answers (TeamsChannelAccount):
 * the directory id is `objectId` there, not the `aadObjectId` activities carry in `from`.
 */
export function memberAnswer(member: MockMember): Record<string, unknown> {
  const { aadObjectId, ...rest } = member;
  delete rest.personalChat;
  return {
    ...rest,
    ...(aadObjectId ? { objectId: aadObjectId } : {}),
    userPrincipalName: member.userPrincipalName ?? member.email,
    tenantId: 'tenant-1',
    userRole: 'user',
  };
}

export interface MockAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type Override = (call: ConnectorCall) => MockAnswer | undefined;

/** An activity Frontline posted, with the conversation it went to. */
export interface PostedActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, unknown>;
}

/**
 * A stand-in for the Bot Framework connector at an activity's serviceUrl, on 127.0.0.1:
 * records every call and answers like the connector does.
 */
export class MockTeamsConnector {
  readonly calls: ConnectorCall[] = [];
  /**
   * The tenant's people, by Teams user id or directory object id. A channel's roster has
   * them all; a personal chat (`a:…`) only the person whose id ends its conversation id.
   */
  readonly members = new Map<string, MockMember>();
  /** Files Teams would let the bot download, by path (`/files/letter.eml`). */
  readonly files = new Map<string, Buffer>();
  /** Lets a test answer a call its own way (a 429, a 403 …). */
  override: Override | undefined;
  private nextId = 1;
  private server = http.createServer((req, res) => this.handle(req, res));

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addMember(member: MockMember): this {
    this.members.set(member.id, member);
    if (member.aadObjectId) this.members.set(member.aadObjectId, member);
    return this;
  }

  /** A file behind a download link, as Teams gives one for a file sent to the bot. */
  addFile(name: string, bytes: Buffer): string {
    this.files.set(`/files/${name}`, bytes);
    return `${this.url}files/${encodeURIComponent(name)}`;
  }

  /** Every activity posted and accepted, oldest first; only those to `conversationId` when given. */
  posted(conversationId?: string): PostedActivity[] {
    return this.calls.flatMap((call) => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(call.path);
      const accepted = call.status !== undefined && call.status < 300;
      if (call.method !== 'POST' || !match || !call.body || !accepted) return [];
      const posted = { conversationId: match[1]!, replyToId: match[2], activity: call.body };
      return conversationId === undefined || posted.conversationId === conversationId
        ? [posted]
        : [];
    });
  }

  /** Resolves once `count` activities (to `conversationId`, if given) have been posted. */
  async waitForPosts(
    count = 1,
    conversationId?: string,
    timeoutMs = 5000,
  ): Promise<PostedActivity[]> {
    const until = Date.now() + timeoutMs;
    while (this.posted(conversationId).length < count) {
      if (Date.now() > until) {
        throw new Error(
          `expected ${count} posts${conversationId ? ` to ${conversationId}` : ''}, got ${this.posted(conversationId).length}`,
        );
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.posted(conversationId);
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> | undefined;
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      } catch {
        body = { raw };
      }
      const path = (req.url ?? '/')
        .split('?')[0]!
        .split('/')
        .map((segment) => decodeURIComponent(segment))
        .join('/');
      const call: ConnectorCall = { method: req.method ?? 'GET', path, body };
      this.calls.push(call);
      const file = req.method === 'GET' ? this.files.get(path) : undefined;
      if (file) {
        call.status = 200;
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(file);
        return;
      }
      const answer = this.override?.(call) ?? this.answer(call);
      call.status = answer.status ?? 200;
      res.writeHead(answer.status ?? 200, {
        'content-type': 'application/json',
        ...answer.headers,
      });
      res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
    });
  }

  private answer(call: ConnectorCall): MockAnswer {
    const { method, path } = call;
    if (method === 'POST' && path === '/v3/conversations') {
      return { status: 201, body: { id: `a:personal-${this.nextId++}`, activityId: '' } };
    }
    if (
      (method === 'POST' || method === 'PUT') &&
      /^\/v3\/conversations\/[^/]+\/activities/.test(path)
    ) {
      return { status: 201, body: { id: `activity-${this.nextId++}` } };
    }
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (method === 'GET' && member) {
      // The connector also finds a member by user principal name (their email, usually).
      const wanted = member[2]!.toLowerCase();
      const found =
        this.members.get(member[2]!) ??
        [...this.members.values()].find(
          (m) => (m.userPrincipalName ?? m.email)?.toLowerCase() === wanted,
        );
      // A 1:1 chat's roster is its one person (and the bot), as in Teams.
      const personal = member[1]!.startsWith('a:');
      const theirs = (chat: string, m: MockMember) =>
        chat.endsWith(m.id) || m.personalChat === chat;
      if (!found || (personal && !theirs(member[1]!, found))) {
        return {
          status: 404,
          body: { error: { code: 'MemberNotFoundInConversation', message: 'not found' } },
        };
      }
      return { body: memberAnswer(found) };
    }
    return { status: 404, body: { error: { code: 'NotFound', message: `${method} ${path}` } } };
  }
}
