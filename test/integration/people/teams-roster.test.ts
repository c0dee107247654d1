import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  channelMessage,
  personalConversation,
  personalMessage,
  postActivity,
  type TeamsUser,
} from '../../support/teams-activities';

/** Entra object ids, as an admin copies them from the Entra admin centre. */
const ADA_OBJECT_ID = '9d3e08f9-a7ae-43aa-a4d3-de3f319a8a9c';
const ada: TeamsUser = { id: '29:ada', name: 'Ada Admin', aadObjectId: ADA_OBJECT_ID };
const ivan: TeamsUser = { id: '29:ivan', name: 'Ivan Petrov', aadObjectId: 'aad-ivan' };
const gia: TeamsUser = { id: '29:gia', name: 'Gia Giver', aadObjectId: 'aad-gia' };

let run: RunningTeams;

beforeEach(async () => {
  run = await startWithMockTeams({ TEAMS_ADMINS: ADA_OBJECT_ID.toUpperCase() });
  run.teams.addMember({ ...ada, email: 'ada@example.com' });
  run.teams.addMember({ ...ivan, email: 'ivan@example.com' });
  run.teams.addMember({ ...gia, email: 'gia@example.com' });
});

afterEach(() => run.stop());

const db = () => run.frontline.database.db;
const person = async (id: string) =>
  await first(db().select().from(people).where(eq(people.platformUserId, id)));
const post = (activity: Record<string, unknown>) => postActivity(run.baseUrl, activity);

/** Everything Frontline posted to a person's chat, as one string. */
async function saidTo(user: TeamsUser): Promise<string> {
  const posts = await run.teams.waitForPosts(1, personalConversation(user).id);
  return JSON.stringify(posts.map((p) => p.activity));
}

describe('people as the Teams roster describes them', () => {
  test('an admin named by Entra object id in TEAMS_ADMINS is recognised', async () => {
    await post(personalMessage({ serviceUrl: run.teams.url, from: ada, text: 'help' }));
    await post(personalMessage({ serviceUrl: run.teams.url, from: gia, text: 'help' }));
    expect((await person('29:ada'))?.isAdmin).toBe(true);
    expect((await person('29:gia'))?.isAdmin).toBe(false);
  });

  test('a member with no display name is named from givenName and surname', async () => {
    run.teams.addMember({
      id: '29:larry',
      name: '',
      givenName: 'Larry',
      surname: 'Brown',
      email: 'larry.brown@example.com',
    });
    await post(
      personalMessage({
        serviceUrl: run.teams.url,
        from: { id: '29:larry', name: '' },
        text: 'hi',
      }),
    );
    expect((await person('29:larry'))?.name).toBe('Larry Brown');
  });
});

describe('a ru-RU Teams user is answered in Russian', () => {
  const russian = /[А-Яа-яЁё]/;
  const englishIntro = t('en', 'teams.help.intro').slice(0, 30);

  test('first named by someone else, then writing from a ru-RU client', async () => {
    // Gia's kudos brings Ivan in through the roster, before he has said anything himself.
    await post(
      channelMessage({
        serviceUrl: run.teams.url,
        from: gia,
        text: 'kudos <at>Ivan Petrov</at> thanks for calming the ACME client down',
        mentions: [ivan],
      }),
    );
    expect(await person('29:ivan')).toBeDefined();
    await post(
      personalMessage({ serviceUrl: run.teams.url, from: ivan, text: 'help', locale: 'ru-RU' }),
    );
    const said = await saidTo(ivan);
    expect(said).toMatch(russian);
    expect(said).not.toContain(englishIntro);
    expect((await person('29:ivan'))?.locale).toBe('ru');
  });

  test('the language only in the clientInfo entity, as on invokes and some clients', async () => {
    const activity = personalMessage({ serviceUrl: run.teams.url, from: ivan, text: 'help' });
    delete activity.locale;
    activity.entities = [{ type: 'clientInfo', locale: 'ru-RU', country: 'RU', platform: 'Web' }];
    await post(activity);
    const said = await saidTo(ivan);
    expect(said).toMatch(russian);
    expect(said).not.toContain(englishIntro);
  });
});
