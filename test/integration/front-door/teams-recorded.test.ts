import { first } from '../../../src/db/query';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import {
  conversationReferences,
  escalations,
  kudos,
  people,
  workspaces,
} from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import { postActivity, type Activity } from '../../support/teams-activities';

/** Activities as Teams sent them (see the README beside them for where each came from). */
const RECORDED = path.join(__dirname, '../../fixtures/recorded/teams');

let run: RunningTeams;

beforeEach(async () => {
  run = await startWithMockTeams();
  // The people the recordings name, as the tenant's roster has them.
  run.teams.addMember({
    id: '29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQtHieVkKilBZ9XHoq9j7Zaqt7CZ-NJWi7me2kHTL3Bw',
    name: 'Megan Bowen',
    aadObjectId: '7faf8ab2-3d56-4244-b585-20c8a42ed2b8',
    email: 'MeganB@example.com',
    personalChat: recorded('personal-message.json').conversation.id,
  });
  run.teams.addMember({
    id: '29:17bUvCasIPKfQIXHvNzcPjD86fwm6GkWc1PvCGP2-NSkNb7AyGYpjQ7Xw-XgTwaHW5JxZ4KMNDxn1kcL8fwX1Nw',
    name: 'rido',
    aadObjectId: 'b15a9416-0ad3-4172-9210-7beb711d3f70',
  });
  run.teams.addMember({
    id: '29:1aBjVi5MwCFfhPIV03E5uDdfpBFXp_2Yz-sjrvVg12oavg96cqpE_DiMhOpmN9zHeZpYbJcuUEKuSDy2AYWPz1A',
    name: 'Olo Brockhouse',
    aadObjectId: 'b130c271-d2eb-45f9-83ab-9eb3fe3788bc',
  });
  run.teams.addMember({
    id: '29:1CFIxRJBLjT_io3iNsDZxMk_4YPWQmr3DZUM1I6ihf5L2ocCDqg9S1vkHK6kRdGfK1P_2LFE2nQqFIvdu-GBOZA',
    name: 'Dave Taniguchi',
    aadObjectId: '6b703ce3-6d14-4fe6-b90c-dc5f03657ae4',
  });
  run.teams.addMember({
    id: '29:1uMVvhoAyfTqdMsyvHL0qlJTTfQF9MOUSI8_cQts2kdSWEZVDyJO2jz-CsNOhQcdYq1Bw4cHT0__O6XDj4AZ-Jw',
    name: 'Rido',
    aadObjectId: 'c5e99701-2a32-49c1-a660-4629ceeb8c61',
    personalChat: recorded('card-action.json').conversation.id,
  });
  run.teams.addMember({
    id: '29:1bSnHZ7Js2STWrgk6ScEErLk1Lp2zQuD5H2qQ960rtvstKp8tKLl-3r8b6DoW0QxZimuTxk_kupZ1DBMpvIQQUAZL-PNj0EORDvRZXy8kvWk',
    name: 'John Patterson',
    givenName: 'John',
    surname: 'Patterson',
    aadObjectId: '76b0b09f-d410-48fd-993e-84da521a597b',
    email: 'johnp@example.com',
  });
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;

/** The parts of a recorded activity the tests read. */
interface Recorded extends Activity {
  from: { id: string; name?: string };
  conversation: { id: string; tenantId?: string };
  channelData: { tenant: { id: string } };
}

/** A recording, pointed at the mock connector: the one thing changed on replay. */
function recorded(file: string): Recorded {
  const activity = JSON.parse(fs.readFileSync(path.join(RECORDED, file), 'utf8')) as Recorded;
  return { ...activity, serviceUrl: run.teams.url };
}

const replay = (file: string) => postActivity(run.baseUrl, recorded(file));

const reference = async (conversationId: string) =>
  await first(
    db()
      .select()
      .from(conversationReferences)
      .where(eq(conversationReferences.conversationId, conversationId)),
  );

const personById = async (id: string) =>
  await first(db().select().from(people).where(eq(people.platformUserId, id)));

describe('recorded Teams activities, replayed through /api/messages', () => {
  test('the app installed in a team: the channel is remembered for later posts', async () => {
    const install = await replay('installation-update-team.json');
    expect(install.status).toBe(200);
    const added = await replay('conversation-update-bot-added-team.json');
    expect(added.status).toBe(200);
    const channel = await reference('19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2');
    expect(channel?.kind).toBe('channel');
    const workspace = await first(db().select().from(workspaces));
    expect(workspace?.externalId).toBe('b28fdbfd-2b78-4f93-b0f8-8881793f0f8f');
    // Installing says nothing in the channel.
    expect(run.teams.posted()).toHaveLength(0);
  });

  test('the bot added to a personal chat: the chat is stored as Megan’s', async () => {
    const res = await replay('conversation-update-bot-added-personal.json');
    expect(res.status).toBe(200);
    const megan = await personById(recorded('personal-message.json').from.id);
    expect(megan?.name).toBe('Megan Bowen');
    const chat = await reference(recorded('personal-message.json').conversation.id);
    expect(chat).toMatchObject({ kind: 'personal', personId: megan!.id });
  });

  test('a personal message with no tenantId on its conversation: answered in that chat', async () => {
    const activity = recorded('personal-message.json');
    expect((await postActivity(run.baseUrl, activity)).status).toBe(200);
    const [reply] = await run.teams.waitForPosts(1, activity.conversation.id);
    expect(reply!.replyToId).toBe('1485983408511');
    expect(JSON.stringify(reply!.activity)).toContain(
      t('en', 'teams.help.intro').replaceAll('`', '').slice(0, 40),
    );
    const megan = await personById(activity.from.id);
    expect(megan).toMatchObject({ name: 'Megan Bowen', email: 'meganb@example.com' });
    const workspace = await first(db().select().from(workspaces));
    expect(workspace?.externalId).toBe('72f988bf-86f1-41af-91ab-2d7cd011db47');
  });

  test.each(['channel-message-mention.json', 'channel-message-mention-2019.json'])(
    'a channel message mentioning the bot (%s): the bot’s name is not read as a command',
    async (file) => {
      const activity = recorded(file);
      expect((await postActivity(run.baseUrl, activity)).status).toBe(200);
      // Help goes to the thread (no personal chat is known yet), never as a new channel post.
      const posts = await run.teams.waitForPosts(1);
      expect(posts).toHaveLength(1);
      expect(posts[0]!.conversationId).toBe(activity.conversation.id);
      expect(JSON.stringify(posts[0]!.activity)).toContain(
        t('en', 'teams.help.intro').replaceAll('`', '').slice(0, 40),
      );
      expect((await personById(activity.from.id))?.name).toBe(activity.from.name);
    },
  );

  test('“Give kudos for this” on a message: the form opens with the message’s words', async () => {
    const res = await replay('message-action-fetch-task.json');
    expect(res.status).toBe(200);
    const body = res.body as { task: { type: string; value: { card: { content: unknown } } } };
    expect(body.task.type).toBe('continue');
    const card = JSON.stringify(body.task.value.card.content);
    // The mention's tag is gone, its text and the words stay.
    expect(card).toContain('Testing outgoing Webhook-Nikitha - Hi');
    expect(card).not.toContain('<at');
    // The author is the person acting: not offered as a recipient of their own kudos.
    expect(card).not.toContain('b130c271-d2eb-45f9-83ab-9eb3fe3788bc');
  });

  test('“Report abusive client” submitted from a channel: recorded privately', async () => {
    const res = await replay('message-action-submit.json');
    expect(res.status).toBe(200);
    expect((res.body as { task: { type: string } }).task.type).toBe('message');
    const [report] = await db().select().from(escalations);
    expect(report).toMatchObject({ severity: 'abusive' });
    expect(report!.whatHappened).toContain('threatened to have me fired');
    const dave = await personById(recorded('message-action-submit.json').from.id);
    expect(report!.reporterId).toBe(dave!.id);
    // Nothing about a report is posted where the team can see it.
    const channelPosts = run.teams
      .posted()
      .filter((p) => p.conversationId.startsWith('19:9d3c71104f8c49128368b23a5eaeb86d'));
    expect(channelPosts).toHaveLength(0);
  });

  test('a card action Frontline did not send (no verb): answered, not 501', async () => {
    const res = await replay('card-action.json');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: t('en', 'teams.messageAction.unknown'),
    });
    expect(await db().select().from(kudos)).toHaveLength(0);
  });

  test('the kudos form submitted from a card: kudos stored for the person picked', async () => {
    // John is in no chat with Rido: Frontline finds him in a team of their tenant (the install
    // recording, moved to Rido's tenant), as the people picker names anyone in the tenant.
    const tenant = recorded('card-action.json').conversation.tenantId!;
    const install = recorded('installation-update-team.json');
    install.conversation.tenantId = tenant;
    install.channelData.tenant.id = tenant;
    expect((await postActivity(run.baseUrl, install)).status).toBe(200);
    const res = await replay('card-action-kudos-form.json');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    const [row] = await db().select().from(kudos);
    expect(row?.words).toBe('John stayed late to restore our shop before the sale');
    const john = await personById(
      '29:1bSnHZ7Js2STWrgk6ScEErLk1Lp2zQuD5H2qQ960rtvstKp8tKLl-3r8b6DoW0QxZimuTxk_kupZ1DBMpvIQQUAZL-PNj0EORDvRZXy8kvWk',
    );
    expect(row?.recipientId).toBe(john!.id);
    expect(john?.name).toBe('John Patterson');
  });
});
