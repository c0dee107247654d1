import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { conversationReferences, kudos, outbox, people, workspaces } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { KUDOS_FORM_VERB } from '../../../src/teams/kudos/kudos-command';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  CHANNEL,
  cardAction,
  channelMessage,
  installationUpdate,
  installForPerson,
  outboxSettled,
  personalConversation,
  personalMessage,
  postActivity,
  TENANT,
  type TeamsUser,
} from '../../support/teams-activities';
import { inTurn } from '../../support/in-turn';

const gia: TeamsUser = { id: '29:gia', name: 'Gia Giver', aadObjectId: 'aad-gia' };
const ana: TeamsUser = { id: '29:ana', name: 'Ana Popescu', aadObjectId: 'aad-ana' };
const ben: TeamsUser = { id: '29:ben', name: 'Ben', aadObjectId: 'aad-ben' };

let run: RunningTeams;

beforeEach(async () => {
  run = await startWithMockTeams();
  for (const user of [gia, ana, ben]) {
    run.teams.addMember({
      ...user,
      email: `${user.name.split(' ')[0]!.toLowerCase()}@example.com`,
    });
  }
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
const serviceUrl = () => run.teams.url;
const post = (activity: Record<string, unknown> | string) => postActivity(run.baseUrl, activity);

/** The texts of every TextBlock in a posted card, joined. */
function cardText(activity: Record<string, unknown>): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(activity.attachments);
  return texts.join('\n');
}

describe('kudos in Teams, end to end', () => {
  test('kudos by mention in a channel: stored, announced in the channel, Ana told in private', async () => {
    // Ana has installed the app, so Frontline can write to her.
    await installForPerson(run.baseUrl, run.teams, ana);
    const res = await post(
      channelMessage({
        serviceUrl: serviceUrl(),
        from: gia,
        text: 'kudos <at>Ana Popescu</at> thanks for rescuing the ACME renewal #ownership',
        mentions: [ana],
      }),
    );
    expect(res.status).toBe(200);

    const rows = await db().select().from(kudos);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.words).toBe('thanks for rescuing the ACME renewal');
    expect(rows[0]!.values).toEqual(['ownership']);
    const recipient = (await first(
      db().select().from(people).where(eq(people.id, rows[0]!.recipientId)),
    ))!;
    expect(recipient.platformUserId).toBe('29:ana');
    expect(recipient.email).toBe('ana@example.com');
    const workspace = (await first(db().select().from(workspaces)))!;
    expect(workspace).toMatchObject({ platform: 'teams', externalId: TENANT });

    const announcement = (await run.teams.waitForPosts(1, CHANNEL))[0]!;
    expect(cardText(announcement.activity)).toContain('<at>Ana Popescu</at>');
    const dm = (await run.teams.waitForPosts(1, personalConversation(ana).id))[0]!;
    expect(cardText(dm.activity)).toContain('thanks for rescuing the ACME renewal');
    const entities = JSON.stringify(dm.activity.attachments);
    expect(entities).toContain('"id":"29:gia"');
  });

  test('the confirmation goes to the giver privately when their personal chat is known', async () => {
    await installForPerson(run.baseUrl, run.teams, gia);
    const message = channelMessage({
      serviceUrl: serviceUrl(),
      from: gia,
      text: 'kudos <at>Ben</at> thanks for covering my shift on Friday',
      mentions: [ben],
    });
    await post(message);
    const personal = personalConversation(gia).id;
    const [confirmation] = await run.teams.waitForPosts(1, personal);
    expect(confirmation!.activity.summary).toBe(t('en', 'kudos.recorded', { recipients: '@Ben' }));
    // Nothing but the announcement in the channel itself.
    await outboxSettled(run.frontline.outbox);
    const inThread = run.teams.posted().filter((p) => p.conversationId.includes(';messageid='));
    expect(inThread).toHaveLength(0);
  });

  test('the same activity posted twice makes one kudos and one set of messages', async () => {
    await installForPerson(run.baseUrl, run.teams, ana);
    const message = channelMessage({
      serviceUrl: serviceUrl(),
      from: gia,
      text: 'kudos <at>Ana Popescu</at> thanks for staying late on the launch',
      mentions: [ana],
    });
    expect((await post(message)).status).toBe(200);
    expect((await post(message)).status).toBe(200);
    expect(await db().select().from(kudos)).toHaveLength(1);
    await outboxSettled(run.frontline.outbox);
    const messages = (await db().select().from(outbox)).filter((r) => r.targetKind !== 'home');
    expect(messages).toHaveLength(2);
    // One reply in the thread (the confirmation), one announcement, one DM.
    expect(run.teams.posted()).toHaveLength(3);
  });

  test('the card form round trip: kudos alone sends the card, its submission records the kudos', async () => {
    // Frontline is in the team: the people picked are found in its roster.
    await post(installationUpdate({ serviceUrl: serviceUrl(), from: gia, team: true }));
    const res = await post(personalMessage({ serviceUrl: serviceUrl(), from: gia, text: 'kudos' }));
    expect(res.status).toBe(200);
    const [formPost] = await run.teams.waitForPosts(1, personalConversation(gia).id);
    const card = (
      formPost!.activity.attachments as { content: { actions: { verb: string }[] } }[]
    )[0]!.content;
    expect(card.actions[0]!.verb).toBe(KUDOS_FORM_VERB);

    const tooShort = await post(
      cardAction({
        serviceUrl: serviceUrl(),
        from: gia,
        verb: KUDOS_FORM_VERB,
        data: { form: 'kudos', recipients: 'aad-ana', words: 'thanks' },
      }),
    );
    expect(tooShort.status).toBe(200);
    const again = tooShort.body as { statusCode: number; type: string; value: { body: unknown[] } };
    expect(again.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(again.value.body)).toContain('"color":"Attention"');
    expect(await db().select().from(kudos)).toHaveLength(0);

    const done = await post(
      cardAction({
        serviceUrl: serviceUrl(),
        from: gia,
        verb: KUDOS_FORM_VERB,
        data: {
          form: 'kudos',
          recipients: 'aad-ana,aad-ben',
          words: 'thanks for the calm on the outage call',
          client: 'ACME Ltd',
        },
      }),
    );
    expect(done.status).toBe(200);
    const answer = done.body as { statusCode: number; value: { body: { text?: string }[] } };
    expect(answer.statusCode).toBe(200);
    expect(JSON.stringify(answer.value.body)).toContain('ACME Ltd');
    const rows = await db().select().from(kudos);
    expect(rows.map((r) => r.source)).toEqual(['form', 'form']);
    const ids = await inTurn(
      rows,
      async (r) =>
        (await first(db().select().from(people).where(eq(people.id, r.recipientId))))!
          .platformUserId,
    );
    expect(ids.sort()).toEqual(['29:ana', '29:ben']);
  });

  test('every inbound activity stores where its conversation can be reached', async () => {
    await post(installationUpdate({ serviceUrl: serviceUrl(), from: ana }));
    await post(
      channelMessage({ serviceUrl: serviceUrl(), from: gia, text: 'hello', mentions: [] }),
    );
    const refs = await db().select().from(conversationReferences);
    const kinds = refs.map((r) => [r.kind, r.conversationId]).sort();
    expect(kinds).toEqual([
      ['channel', CHANNEL],
      ['personal', personalConversation(ana).id],
    ]);
    const personal = refs.find((r) => r.kind === 'personal')!;
    const anaRow = (await first(
      db().select().from(people).where(eq(people.platformUserId, '29:ana')),
    ))!;
    expect(personal.personId).toBe(anaRow.id);
    expect((personal.reference as { serviceUrl: string }).serviceUrl).toBe(serviceUrl());
  });

  test('a malformed activity gets 400, stores nothing, and the server keeps answering', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post('[1,2]')).status).toBe(400);
    expect((await post({ type: 'message', text: 'kudos' })).status).toBe(400);
    const huge = JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) });
    expect((await post(huge)).status).toBe(413);
    expect(await db().select().from(workspaces)).toHaveLength(0);
    expect(await db().select().from(conversationReferences)).toHaveLength(0);
    const health = await fetch(`${run.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });

  test('a turn that fails is answered politely in the person’s language, and the bot goes on', async () => {
    const broken = personalMessage({
      serviceUrl: serviceUrl(),
      from: gia,
      text: 'kudos',
      locale: 'ru-RU',
    });
    delete (broken.conversation as Record<string, unknown>).tenantId;
    delete (broken.channelData as Record<string, unknown>).tenant;
    expect((await post(broken)).status).toBe(200);
    const [apology] = run.teams.posted(personalConversation(gia).id);
    expect(apology!.activity.text).toBe(t('ru', 'error.generic'));
    expect(await db().select().from(workspaces)).toHaveLength(0);

    await post(personalMessage({ serviceUrl: serviceUrl(), from: gia, text: 'kudos' }));
    expect(run.teams.posted(personalConversation(gia).id)).toHaveLength(2);
  });

  test('people picked in the personal chat are found in a team Frontline is in, or named as unknown', async () => {
    const submit = () =>
      post(
        cardAction({
          serviceUrl: serviceUrl(),
          from: gia,
          verb: KUDOS_FORM_VERB,
          data: {
            form: 'kudos',
            recipients: 'aad-ana',
            words: 'thanks for the calm on the outage call',
          },
        }),
      );
    const unknown = (await submit()).body as { value: { body: unknown[] } };
    expect(JSON.stringify(unknown.value.body)).toContain('"color":"Attention"');
    expect(await db().select().from(kudos)).toHaveLength(0);

    await post(installationUpdate({ serviceUrl: serviceUrl(), from: gia, team: true }));
    await submit();
    const [row] = await db().select().from(kudos);
    expect(
      (await first(db().select().from(people).where(eq(people.id, row!.recipientId))))!
        .platformUserId,
    ).toBe('29:ana');
  });
});
