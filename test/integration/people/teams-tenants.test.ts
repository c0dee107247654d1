import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { kudos, people, workspaces } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  installationUpdate,
  outboxSettled,
  personalConversation,
  personalMessage,
  postActivity,
  TENANT,
} from '../../support/teams-activities';
import { inTurn } from '../../support/in-turn';

/** A second organisation served by the same multi-tenant bot registration. */
const OTHER_TENANT = 'tenant-2';

const ada = { id: '29:ada', name: 'Ada', aadObjectId: 'aad-ada' };
const ana = { id: '29:ana', name: 'Ana', aadObjectId: 'aad-ana' };
const zoe = { id: '29:zoe', name: 'Zoe', aadObjectId: 'aad-zoe' };
const yan = { id: '29:yan', name: 'Yan', aadObjectId: 'aad-yan' };

let run: RunningTeams;
beforeEach(async () => {
  // Ada is an admin of her own organisation only; the other has none named.
  run = await startWithMockTeams({
    MicrosoftAppType: 'MultiTenant',
    TEAMS_ADMINS: 'ada@one.example',
  });
  run.teams.addMember({ ...ada, email: 'ada@one.example' });
  run.teams.addMember({ ...ana, email: 'ana@one.example' });
  run.teams.addMember({ ...zoe, email: 'zoe@two.example' });
  run.teams.addMember({ ...yan, email: 'yan@two.example' });
  for (const [user, tenant] of [
    [ada, TENANT],
    [ana, TENANT],
    [zoe, OTHER_TENANT],
    [yan, OTHER_TENANT],
  ] as const) {
    await postActivity(
      run.baseUrl,
      installationUpdate({ serviceUrl: run.teams.url, from: user, tenant }),
    );
  }
});
afterEach(() => run.stop());

const say = (user: typeof ada, tenant: string, text: string, mentions: (typeof ada)[] = []) =>
  postActivity(
    run.baseUrl,
    personalMessage({ serviceUrl: run.teams.url, from: user, tenant, text, mentions }),
  );

const lastAnswerTo = (user: typeof ada) =>
  JSON.stringify(run.teams.posted(personalConversation(user).id).at(-1)?.activity ?? {});

test('each tenant is its own workspace: its people, its admins, its settings and its kudos', async () => {
  const db = run.frontline.database.db;
  const one = (await first(db.select().from(workspaces).where(eq(workspaces.externalId, TENANT))))!;
  const two = (await first(
    db.select().from(workspaces).where(eq(workspaces.externalId, OTHER_TENANT)),
  ))!;
  const workspaceOf = async (user: typeof ada) =>
    (await first(db.select().from(people).where(eq(people.platformUserId, user.id))))!.workspaceId;
  expect(await inTurn([ada, ana], workspaceOf)).toEqual([one.id, one.id]);
  expect(await inTurn([zoe, yan], workspaceOf)).toEqual([two.id, two.id]);

  // An admin's setting changes her organisation only.
  await say(ada, TENANT, 'kudos limit 1');
  expect(lastAnswerTo(ada)).toContain(t('en', 'settings.limit.set', { limit: 1 }));
  // The same command from the other organisation, whose people are no admins, is refused.
  await say(zoe, OTHER_TENANT, 'kudos limit 1');
  expect(lastAnswerTo(zoe)).toContain(t('en', 'settings.notAdmin'));
  const limits = (await db.select().from(workspaces)).map((w) => [w.externalId, w.kudosDailyLimit]);
  expect(Object.fromEntries(limits)).toEqual({ [TENANT]: 1, [OTHER_TENANT]: null });

  // Kudos in one organisation are counted, ranked and seen only there.
  await say(zoe, OTHER_TENANT, 'kudos <at>Yan</at> calmed the angriest client of the month', [yan]);
  await outboxSettled(run.frontline.outbox);
  expect((await db.select().from(kudos)).map((k) => k.workspaceId)).toEqual([two.id]);
  await say(ada, TENANT, 'kudos top');
  expect(lastAnswerTo(ada)).not.toContain('Yan');
  await say(zoe, OTHER_TENANT, 'kudos top');
  expect(lastAnswerTo(zoe)).toContain('Yan');
  // Nothing of the other organisation was posted to anyone of the first.
  for (const user of [ada, ana]) {
    const seen = JSON.stringify(run.teams.posted(personalConversation(user).id));
    expect(seen).not.toContain('angriest client');
  }
});
