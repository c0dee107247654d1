import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { conversationReferences, outbox, people } from '../../../src/db/schema';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  CHANNEL,
  channelMessage,
  installationUpdate,
  installForPerson,
  outboxSettled,
  personalConversation,
  postActivity,
  type TeamsUser,
} from '../../support/teams-activities';

const gia: TeamsUser = { id: '29:gia', name: 'Gia', aadObjectId: 'aad-gia' };
const ana: TeamsUser = { id: '29:ana', name: 'Ana', aadObjectId: 'aad-ana' };

let clock = new Date('2026-11-23T10:00:00Z');
let run: RunningTeams;

beforeEach(async () => {
  clock = new Date('2026-11-23T10:00:00Z');
  run = await startWithMockTeams({}, { now: () => clock });
  run.teams.addMember({ ...gia, email: 'gia@example.com' });
  run.teams.addMember({ ...ana, email: 'ana@example.com' });
});

afterEach(() => run.stop());

const settled = () => outboxSettled(run.frontline.outbox);

const db = () => run.frontline.database.db;
const post = (activity: Record<string, unknown>) => postActivity(run.baseUrl, activity);
const kudosForAna = () =>
  post(
    channelMessage({
      serviceUrl: run.teams.url,
      from: gia,
      text: 'kudos <at>Ana</at> thanks for rescuing the renewal last night',
      mentions: [ana],
    }),
  );
const dmRow = async () =>
  (await db().select().from(outbox)).find((r) => r.key.includes('kudos-dm'))!;

test('a 429 from Teams waits as long as Retry-After says, then the message goes out once', async () => {
  await installForPerson(run.baseUrl, run.teams, ana);
  const personal = personalConversation(ana).id;
  run.teams.override = (call) =>
    call.method === 'POST' && call.path.startsWith(`/v3/conversations/${personal}/`)
      ? { status: 429, headers: { 'retry-after': '7' }, body: { error: { code: 'Throttled' } } }
      : undefined;
  await kudosForAna();
  await settled();

  const waiting = await dmRow();
  expect(waiting.status).toBe('pending');
  expect(waiting.attempts).toBe(1);
  expect(waiting.nextAttemptAt.getTime()).toBe(clock.getTime() + 7000);
  // One call per attempt: the connector client's own retries are off for deliveries.
  expect(
    run.teams.calls.filter(
      (c) => c.method === 'POST' && c.path.startsWith(`/v3/conversations/${personal}/`),
    ),
  ).toHaveLength(1);

  run.teams.override = undefined;
  await settled();
  expect((await dmRow()).status).toBe('pending');

  clock = new Date(clock.getTime() + 8000);
  await settled();
  expect(await dmRow()).toMatchObject({ status: 'sent', attempts: 2 });
  expect(run.teams.posted(personal)).toHaveLength(1);
});

test('a 502 is retried with backoff; a 403 on a new chat too is given up at once', async () => {
  await post(installationUpdate({ serviceUrl: run.teams.url, from: ana }));
  const personal = personalConversation(ana).id;
  let status = 502;
  run.teams.override = (call) =>
    call.path.startsWith(`/v3/conversations/${personal}/`) || call.path === '/v3/conversations'
      ? { status, body: {} }
      : undefined;
  await kudosForAna();
  await settled();
  expect(await dmRow()).toMatchObject({ status: 'pending', attempts: 1 });

  status = 403;
  clock = new Date(clock.getTime() + 60_000);
  await settled();
  expect(await dmRow()).toMatchObject({ status: 'failed', attempts: 2 });
  expect((await dmRow()).lastError).toContain('403');
  // Tried once more in a new chat before giving up.
  expect(run.teams.calls.filter((c) => c.path === '/v3/conversations')).toHaveLength(1);
});

test('a personal chat Teams no longer takes (403/404) is forgotten and a new one started, once', async () => {
  await post(installationUpdate({ serviceUrl: run.teams.url, from: ana }));
  const stale = personalConversation(ana).id;
  run.teams.override = (call) =>
    call.path.startsWith(`/v3/conversations/${stale}/`)
      ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } }
      : undefined;
  await kudosForAna();
  await settled();

  expect(await dmRow()).toMatchObject({ status: 'sent', attempts: 1 });
  const anaId = (await first(db().select().from(people).where(eq(people.platformUserId, ana.id))))!
    .id;
  const chats = await db()
    .select()
    .from(conversationReferences)
    .where(eq(conversationReferences.personId, anaId));
  expect(chats.map((c) => c.conversationId)).not.toContain(stale);
  expect(chats).toHaveLength(1);
  expect(run.teams.posted(chats[0]!.conversationId)).toHaveLength(1);
});

test('someone who never wrote to Frontline gets a new 1:1 chat, which is then kept', async () => {
  await kudosForAna();
  await settled();

  const created = run.teams.calls.filter(
    (c) => c.method === 'POST' && c.path === '/v3/conversations',
  );
  expect(created).toHaveLength(1);
  expect(created[0]!.body).toMatchObject({
    isGroup: false,
    members: [{ id: '29:ana' }],
    tenantId: 'tenant-1',
  });
  expect((await dmRow()).status).toBe('sent');
  const anaId = (await first(
    db().select().from(people).where(eq(people.platformUserId, '29:ana')),
  ))!.id;
  const stored = (await first(
    db().select().from(conversationReferences).where(eq(conversationReferences.personId, anaId)),
  ))!;
  expect(stored.kind).toBe('personal');
  expect(run.teams.posted(stored.conversationId)).toHaveLength(1);
});

test('the announcement is a new post in the channel, not a reply to a made-up activity', async () => {
  await kudosForAna();
  await settled();
  const [announcement] = run.teams.posted(CHANNEL);
  expect(announcement!.replyToId).toBeUndefined();
  expect(announcement!.activity.replyToId).toBeUndefined();
});
