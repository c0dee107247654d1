import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { kudos, people, workspaces } from '../../../src/db/schema';
import { SEND_THANKS_ACTION } from '../../../src/core/kudos/send-thanks';
import { THANKS_FORM_VERB } from '../../../src/teams/kudos/send-thanks';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  CHANNEL,
  cardAction,
  channelMessage,
  installationUpdate,
  outboxSettled,
  personalConversation,
  postActivity,
  type TeamsUser,
} from '../../support/teams-activities';

// Friday evening: the next working-day digest is Monday 09:00.
const START = '2026-11-20T20:00:00Z';
let clock = new Date(START);
let run: RunningTeams;

const gia: TeamsUser = { id: '29:gia', name: 'Gia', aadObjectId: 'aad-gia' };
const ana: TeamsUser = { id: '29:ana', name: 'Ana', aadObjectId: 'aad-ana' };
const max: TeamsUser = { id: '29:max', name: 'Max', aadObjectId: 'aad-max' };
const bo: TeamsUser = { id: '29:bo', name: 'Bo', aadObjectId: 'aad-bo' };

const db = () => run.frontline.database.db;
const post = (activity: Record<string, unknown>) => postActivity(run.baseUrl, activity);
const say = (from: TeamsUser, text: string, mentions: TeamsUser[] = []) =>
  post(channelMessage({ serviceUrl: run.teams.url, from, text, mentions }));

interface Card {
  body: unknown[];
  actions: { type: string; verb: string; data: Record<string, string> }[];
}
const cardOf = (activity: Record<string, unknown>) =>
  (activity.attachments as { content: Card }[])[0]!.content;

beforeEach(async () => {
  clock = new Date(START);
  run = await startWithMockTeams({ TEAMS_ADMINS: 'bo@example.com' }, { now: () => clock });
  for (const user of [gia, ana, max, bo]) {
    run.teams.addMember({ ...user, email: `${user.name.toLowerCase()}@example.com` });
  }
  await post(installationUpdate({ serviceUrl: run.teams.url, from: max }));
  // Bo is an admin (TEAMS_ADMINS): Max manages Ana.
  await say(bo, 'kudos manager <at>Ana</at> <at>Max</at>', [ana, max]);
  await say(gia, 'kudos <at>Ana</at> rescued the ACME renewal at midnight client:"ACME Ltd"', [
    ana,
  ]);
  await outboxSettled(run.frontline.outbox);
  run.teams.calls.length = 0;
});

afterEach(() => run.stop());

async function at(iso: string): Promise<void> {
  clock = new Date(iso);
  await run.frontline.scheduler.tick();
  await outboxSettled(run.frontline.outbox);
}

test('kudos manager works in Teams: the mapping is stored', async () => {
  const anaRow = (await first(
    db().select().from(people).where(eq(people.platformUserId, '29:ana')),
  ))!;
  const maxRow = (await first(
    db().select().from(people).where(eq(people.platformUserId, '29:max')),
  ))!;
  expect(anaRow.managerId).toBe(maxRow.id);
  const boRow = (await first(
    db().select().from(people).where(eq(people.platformUserId, '29:bo')),
  ))!;
  expect(boRow.isAdmin).toBe(true);
});

test('a Teams manager gets the digest in their personal chat and sends thanks from it', async () => {
  await at('2026-11-21T09:00:00Z'); // Saturday: no working-day digest
  expect(run.teams.posted()).toHaveLength(0);

  await at('2026-11-23T09:00:00Z');
  const personal = personalConversation(max).id;
  const [digest] = run.teams.posted(personal);
  const card = cardOf(digest!.activity);
  expect(JSON.stringify(card.body)).toContain('ACME Ltd');
  const thanks = card.actions.find((a) => a.verb === SEND_THANKS_ACTION)!;
  expect(thanks.type).toBe('Action.Execute');

  // The click brings the note to edit, as a card of its own; a retried click brings no second.
  const clicked = cardAction({
    serviceUrl: run.teams.url,
    from: max,
    verb: thanks.verb,
    data: thanks.data,
  });
  expect((await post(clicked)).status).toBe(200);
  expect((await post(clicked)).status).toBe(200);
  expect(run.teams.posted(personal)).toHaveLength(2);
  const [, formPost] = run.teams.posted(personal);
  const form = cardOf(formPost!.activity);
  expect(form.actions[0]).toMatchObject({ verb: THANKS_FORM_VERB });

  const submit = await post(
    cardAction({
      serviceUrl: run.teams.url,
      from: max,
      verb: THANKS_FORM_VERB,
      data: { ...form.actions[0]!.data, note: 'Ana, thank you for the midnight rescue!' },
    }),
  );
  expect(submit.status).toBe(200);
  const row = (await first(db().select().from(kudos)))!;
  expect(row.thankedAt).not.toBeNull();
  expect(row.thanksNote).toBe('Ana, thank you for the midnight rescue!');
  await outboxSettled(run.frontline.outbox);
  const toAna = run.teams
    .posted()
    .filter((p) => JSON.stringify(p.activity).includes('midnight rescue'));
  expect(toAna).toHaveLength(1);
  expect(toAna[0]!.conversationId).not.toBe(personal);
});

test('`kudos summary here` in a Teams channel makes it the summary channel', async () => {
  await say(bo, 'kudos summary here');
  expect((await first(db().select().from(workspaces)))!.summaryChannel).toBe(CHANNEL);
  clock = new Date(clock.getTime() + 60_000);
  await say(bo, 'kudos summary now');
  await outboxSettled(run.frontline.outbox);
  const summary = run.teams.posted(CHANNEL);
  expect(summary).toHaveLength(1);
  expect(JSON.stringify(summary[0]!.activity)).toContain('Ana');
});
