import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../../src/core/shared/core';
import { findOrCreateWorkspace } from '../../../src/core/people/people';
import { escalations, kudos, people } from '../../../src/db/schema';
import { importScores } from '../../../src/core/scores/import-scores';
import { SCORE_KUDOS_ACTION } from '../../../src/core/scores/scores-message';
import { t, type Locale } from '../../../src/i18n';
import { createLogger } from '../../../src/log';
import { HOME_REFRESH_VERB } from '../../../src/teams/home/home-card';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import { seedWorkspace, type Seeded } from '../../support/seeded-workspace';
import {
  cardAction,
  installationUpdate,
  personalConversation,
  personalMessage,
  postActivity,
  TENANT,
  type TeamsUser,
} from '../../support/teams-activities';

const ids = (name: string) => `29:${name.toLowerCase()}`;
const user = (name: string): TeamsUser => ({ id: ids(name), name, aadObjectId: `aad-${name}` });

let run: RunningTeams;
let s: Seeded;

const post = (activity: Record<string, unknown>) => postActivity(run.baseUrl, activity);

/** Every TextBlock's text in a card, and every Action.Execute's verb and data. */
function readCard(card: unknown): {
  text: string;
  actions: { verb: string; data: Record<string, unknown> }[];
} {
  const texts: string[] = [];
  const actions: { verb: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') texts.push(o.text);
      if (o.type === 'Action.Execute' && typeof o.verb === 'string') {
        actions.push({ verb: o.verb, data: (o.data ?? {}) as Record<string, unknown> });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return { text: texts.join('\n'), actions };
}

/** `home` in the person's chat: the card posted there. */
async function home(name: string) {
  const from = user(name);
  const before = run.teams.posted(personalConversation(from).id).length;
  expect(
    (await post(personalMessage({ serviceUrl: run.teams.url, from, text: 'home' }))).status,
  ).toBe(200);
  const posts = await run.teams.waitForPosts(before + 1, personalConversation(from).id);
  const attachments = posts[posts.length - 1]!.activity.attachments as {
    content: Record<string, unknown>;
  }[];
  return attachments[0]!.content;
}

beforeEach(async () => {
  run = await startWithMockTeams({ TEAMS_ADMINS: 'ada@example.com' });
  const ctx: CoreContext = {
    db: run.frontline.database.db,
    now: () => new Date(),
    log: createLogger('silent'),
  };
  s = await seedWorkspace(ctx, await findOrCreateWorkspace(ctx, 'teams', TENANT), ids);
  const locale: Record<string, Locale> = { Dora: 'ru', Ada: 'ro' };
  for (const person of [s.ada, s.dora, s.max, s.nia, s.ana, s.ben, s.eve, s.cy, s.gia]) {
    run.teams.addMember({
      ...user(person.name),
      email: `${person.name.toLowerCase()}@example.com`,
    });
    if (locale[person.name]) {
      await ctx.db
        .update(people)
        .set({ locale: locale[person.name] })
        .where(eq(people.id, person.id));
    }
  }
});

afterEach(() => run.stop());

test('installed for a person, the app sends their home card: their wall, refreshed whenever they look', async () => {
  const ana = user('Ana');
  expect((await post(installationUpdate({ serviceUrl: run.teams.url, from: ana }))).status).toBe(
    200,
  );
  const [posted] = await run.teams.waitForPosts(1, personalConversation(ana).id);
  const card = (posted!.activity.attachments as { content: Record<string, unknown> }[])[0]!.content;
  const { text, actions } = readCard(card.body);
  expect(text).toContain(t('en', 'home.wall.title'));
  expect(text).toContain('Ana untangled our invoices in one call.');
  expect(text).toContain('ACME Hardware');
  expect(text).not.toContain(t('en', 'home.desk.title'));
  expect(card.refresh).toMatchObject({ action: { verb: HOME_REFRESH_VERB }, userIds: ['29:ana'] });
  expect(actions.map((a) => a.verb)).toContain('home-announce:off');
  expect(actions.every((a) => a.data.home === '1')).toBe(true);
});

test('a manager’s `home` shows their desk with thanks and report steps; a step on it keeps the home in place', async () => {
  const card = await home('Max');
  const { text, actions } = readCard(card.body);
  expect(text).toContain(t('en', 'home.desk.title'));
  const acknowledge = actions.find((a) => a.verb === 'escalation-acknowledge')!;
  expect(actions.map((a) => a.verb)).toContain('send-thanks');

  const answer = await post(
    cardAction({
      serviceUrl: run.teams.url,
      from: user('Max'),
      verb: acknowledge.verb,
      data: acknowledge.data,
    }),
  );
  expect(answer.status).toBe(200);
  const body = answer.body as { type: string; value: Record<string, unknown> };
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(readCard(body.value.body).text).toContain(t('en', 'home.desk.title'));
  const report = (await first(
    run.frontline.database.db
      .select()
      .from(escalations)
      .where(eq(escalations.id, Number(acknowledge.data.value))),
  ))!;
  expect(report.status).toBe('acknowledged');
});

test('a manager of managers sees heroes two levels down, in Russian', async () => {
  const { text } = readCard((await home('Dora')).body);
  expect(text).toContain(t('ru', 'home.desk.title'));
  expect(text).toContain(t('ru', 'digest.heroes.title'));
  expect(text).toContain('<at>Eve</at>');
});

test('an admin sees the overview, in Romanian, with no report quoted', async () => {
  const { text } = readCard((await home('Ada')).body);
  expect(text).toContain(t('ro', 'home.overview.title'));
  for (const secret of Object.values(s.secrets)) expect(text).not.toContain(secret);
});

test('buttons update the card in place: a language, and Teams’ own refresh', async () => {
  const ana = user('Ana');
  const answer = await post(
    cardAction({
      serviceUrl: run.teams.url,
      from: ana,
      verb: 'home-language:lt',
      data: { value: 'lt', home: '1' },
    }),
  );
  const body = answer.body as { type: string; value: Record<string, unknown> };
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(readCard(body.value.body).text).toContain(t('lt', 'home.wall.title'));

  const refreshed = await post(
    cardAction({ serviceUrl: run.teams.url, from: ana, verb: HOME_REFRESH_VERB, data: {} }),
  );
  expect(readCard((refreshed.body as { value: unknown }).value).text).toContain(
    t('lt', 'home.wall.title'),
  );
});

test('a praising score comment on the Teams home card is recorded as kudos with its button', async () => {
  const ctx: CoreContext = {
    db: run.frontline.database.db,
    now: () => new Date(),
    log: createLogger('silent'),
  };
  const workspace = await findOrCreateWorkspace(ctx, 'teams', TENANT);
  const praise = 'Thank you so much, Ana was wonderful and incredibly helpful with our order!';
  const report = await importScores(
    ctx,
    workspace,
    `client,date,score,kind,comment,person\nInitech,2026-11-18,10,NPS,"${praise}",${ids('Ana')}`,
  );
  expect(report.problems).toEqual([]);
  const card = readCard((await home('Ana')).body);
  expect(card.text).toContain(praise);
  const button = card.actions.find((a) => a.verb.startsWith(SCORE_KUDOS_ACTION))!;
  expect(button).toBeDefined();
  const answer = await post(
    cardAction({
      serviceUrl: run.teams.url,
      from: user('Ana'),
      verb: button.verb,
      data: button.data,
    }),
  );
  expect(answer.status).toBe(200);
  const recorded = await ctx.db.select().from(kudos).where(eq(kudos.words, praise));
  expect(recorded.map((k) => k.recipientId)).toEqual([s.ana.id]);
  const after = readCard((answer.body as { value: { body: unknown } }).value.body);
  expect(after.actions.map((a) => a.verb)).not.toContain(button.verb);
});
