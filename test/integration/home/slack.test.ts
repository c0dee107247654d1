import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../../src/core/shared/core';
import { HOME_REFRESH_MS } from '../../../src/core/home/refresh-home';
import { findOrCreateWorkspace } from '../../../src/core/people/people';
import { kudos, people } from '../../../src/db/schema';
import { importScores } from '../../../src/core/scores/import-scores';
import { SCORE_KUDOS_ACTION } from '../../../src/core/scores/scores-message';
import { t, type Locale } from '../../../src/i18n';
import { createLogger } from '../../../src/log';
import { SIGNING_SECRET, startWithMockSlack, type Running } from '../../support/frontline';
import type { RecordedCall } from '../../support/mock-slack-api';
import { seedWorkspace, type Seeded } from '../../support/seeded-workspace';
import {
  interactionBody,
  postToSlackEndpoint,
  slashCommandBody,
} from '../../support/slack-request';

const recorded = fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'recorded', 'slack', 'app-home-opened.json'),
  'utf8',
);
const TEAM = 'T123ABC456';
/** The user of Slack's recorded example is Ana here. */
const ids = (name: string) => (name === 'Ana' ? 'U123ABC456' : `U${name.toUpperCase()}`);

let clock = new Date('2026-11-20T10:00:00Z');
let run: Running;
let s: Seeded;

const send = (body: string, options: { json?: boolean; signature?: string } = {}) =>
  postToSlackEndpoint(run.baseUrl, SIGNING_SECRET, body, options);

/** The recorded event, opened by `user` (the recording's own user unless told). */
function homeOpened(user?: string, eventId = `Ev${Math.random().toString(36).slice(2)}`): string {
  const body = JSON.parse(recorded) as { event: { user: string }; event_id: string };
  if (user) body.event.user = user;
  body.event_id = eventId;
  return JSON.stringify(body);
}

/** A click on a Home tab button: Slack names the view as the container, and no channel. */
function homeClick(user: string, actionId: string, value: string): string {
  return interactionBody({
    type: 'block_actions',
    team: { id: TEAM, domain: 'acme' },
    user: { id: user, name: user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A123ABC456',
    token: 'legacy',
    trigger_id: `trigger-${user}-${actionId}`,
    container: { type: 'view', view_id: `VHOME${user}` },
    // As Slack sends a home view: a callback_id, empty when none was set.
    view: {
      id: `VHOME${user}`,
      type: 'home',
      team_id: TEAM,
      callback_id: '',
      private_metadata: '{}',
    },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1' }],
  });
}

/** Every text of a published view, joined, to look for what it shows. */
const viewText = (call: RecordedCall) =>
  JSON.stringify((call.args.view as { blocks: unknown[] }).blocks);
const actionIds = (call: RecordedCall) =>
  [...viewText(call).matchAll(/"action_id":"([^"]+)"/g)].map((m) => m[1]);

async function openHome(user: string): Promise<RecordedCall> {
  const before = run.slack.callsTo('views.publish').length;
  const res = await send(homeOpened(user), { json: true });
  expect(res.status).toBe(200);
  const calls = await run.slack.waitFor('views.publish', before + 1);
  const call = calls[calls.length - 1]!;
  expect(call.args.user_id).toBe(user);
  expect((call.args.view as { type: string }).type).toBe('home');
  return call;
}

beforeEach(async () => {
  clock = new Date('2026-11-20T10:00:00Z');
  run = await startWithMockSlack({}, { now: () => clock });
  const ctx: CoreContext = {
    db: run.frontline.database.db,
    now: () => clock,
    log: createLogger('silent'),
  };
  s = await seedWorkspace(ctx, await findOrCreateWorkspace(ctx, 'slack', TEAM), ids);
  const locale: Record<string, Locale> = { Dora: 'ru', Ada: 'ro', Nia: 'lt' };
  for (const person of [s.ada, s.dora, s.max, s.nia, s.ana, s.ben, s.eve, s.cy, s.gia]) {
    run.slack.addUser({ id: ids(person.name), name: person.name, is_admin: person.isAdmin });
    if (locale[person.name]) {
      await ctx.db
        .update(people)
        .set({ locale: locale[person.name] })
        .where(eq(people.id, person.id));
    }
  }
});

afterEach(() => run.stop());

test('the recorded app_home_opened publishes the person’s own wall: the client’s words, their reports, their settings', async () => {
  const res = await send(recorded, { json: true });
  expect(res.status).toBe(200);
  const [call] = await run.slack.waitFor('views.publish');
  expect(call!.args.user_id).toBe('U123ABC456');
  const shown = viewText(call!);
  expect(shown).toContain(t('en', 'home.wall.title'));
  expect(shown).toContain('Ana untangled our invoices in one call.');
  expect(shown).toContain('Initech');
  expect(shown).toContain(t('en', 'home.reports.title'));
  expect(shown).toContain('ACME Hardware');
  expect(shown).not.toContain(s.secrets.eveReport);
  expect(shown).not.toContain(t('en', 'home.desk.title'));
  expect(shown).not.toContain(t('en', 'home.overview.title'));
  expect(actionIds(call!)).toEqual(
    expect.arrayContaining(['home-announce:off', 'home-language:ru']),
  );
});

test('a manager sees their desk: thanks waiting and reports with their steps', async () => {
  const shown = await openHome('UMAX');
  expect(viewText(shown)).toContain(t('en', 'home.desk.title'));
  expect(viewText(shown)).toContain(t('en', 'digest.reports.overdue').trim());
  expect(actionIds(shown)).toEqual(
    expect.arrayContaining(['send-thanks', 'escalation-acknowledge', 'home-digest:weekly']),
  );
  expect(viewText(shown)).not.toContain(t('en', 'home.overview.title'));
});

test('a manager of managers sees, in Russian, heroes two levels down', async () => {
  const shown = viewText(await openHome('UDORA'));
  expect(shown).toContain(t('ru', 'home.desk.title'));
  expect(shown).toContain(t('ru', 'digest.heroes.title'));
  expect(shown).toContain('<@UEVE>');
  // Dora is in both reporters' chains, but the desk lists only what she handles or her own
  // people reported; nothing of the reports is quoted there.
  expect(shown).not.toContain(s.secrets.anaReport);
});

test('an admin sees, in Romanian, the overview with aggregates only', async () => {
  const shown = viewText(await openHome('UADA'));
  expect(shown).toContain(t('ro', 'home.overview.title'));
  expect(shown).toContain(t('ro', 'home.overview.causes', { days: 90 }));
  expect(shown).toContain('ACME Hardware');
  for (const secret of Object.values(s.secrets)) expect(shown).not.toContain(secret);
});

test('"older" pages the wall, and a language button republishes the home in that language', async () => {
  for (let i = 0; i < 10; i++) {
    await send(
      slashCommandBody({
        text: `<@U123ABC456|ana> great work number ${i}`,
        user_id: 'UGIA',
        team_id: TEAM,
      }),
    );
  }
  const first = await openHome('U123ABC456');
  const older = /"action_id":"home-older","value":"([^"]+)"/.exec(viewText(first));
  expect(older).not.toBeNull();
  await send(homeClick('U123ABC456', 'home-older', older![1]!));
  const [, second] = await run.slack.waitFor('views.publish', 2);
  expect(viewText(second!)).toContain(t('en', 'home.wall.newest'));
  expect(viewText(second!)).not.toContain('great work number 9');

  await send(homeClick('U123ABC456', 'home-language:lt', 'lt'));
  const [, , third] = await run.slack.waitFor('views.publish', 3);
  expect(viewText(third!)).toContain(t('lt', 'home.wall.title'));
});

test('a kudos refreshes the recipient’s and their manager’s homes through the outbox, once', async () => {
  await send(
    slashCommandBody({
      text: '<@UBEN|ben> sorted the returns queue',
      user_id: 'UGIA',
      team_id: TEAM,
    }),
  );
  await send(
    slashCommandBody({
      text: '<@UBEN|ben> fixed the invoices too',
      user_id: 'UGIA',
      team_id: TEAM,
    }),
  );
  await run.frontline.outbox.drain();
  expect(run.slack.callsTo('views.publish')).toHaveLength(0);
  clock = new Date(clock.getTime() + HOME_REFRESH_MS);
  await run.frontline.outbox.drain();
  const published = run.slack.callsTo('views.publish').map((c) => c.args.user_id);
  expect(published.sort()).toEqual(['UBEN', 'UMAX']);
  const ben = run.slack.callsTo('views.publish').find((c) => c.args.user_id === 'UBEN')!;
  expect(viewText(ben)).toContain('fixed the invoices too');
});

test('a forged app_home_opened is refused and publishes nothing', async () => {
  const res = await send(homeOpened('UADA'), { json: true, signature: 'v0=forged' });
  expect(res.status).toBe(401);
  await new Promise((r) => setTimeout(r, 100));
  expect(run.slack.callsTo('views.publish')).toHaveLength(0);
});

test('`/kudos top` answers with praise only, ties together, in the asker’s language', async () => {
  const res = await send(slashCommandBody({ text: 'top week', user_id: 'UDORA', team_id: TEAM }));
  expect(res.status).toBe(200);
  const answer = JSON.stringify(res.json());
  expect(answer).toContain(t('ru', 'top.title', { days: 7, source: t('ru', 'top.source.all') }));
  expect(answer).toContain('<@U123ABC456>');
  const negative = await send(
    slashCommandBody({ text: 'top reports', user_id: 'UMAX', team_id: TEAM }),
  );
  expect(JSON.stringify(negative.json())).toContain('Rankings count praise only.');
});

test('a client score naming Ana shows on her home; “Record as kudos” records it and republishes', async () => {
  const ctx: CoreContext = {
    db: run.frontline.database.db,
    now: () => clock,
    log: createLogger('silent'),
  };
  const workspace = await findOrCreateWorkspace(ctx, 'slack', TEAM);
  const praise = 'Thank you so much, Ana was wonderful and incredibly helpful with our order!';
  await importScores(
    ctx,
    workspace,
    `client,date,score,kind,comment,person\nInitech,2026-11-18,10,NPS,"${praise}",${ids('Ana')}`,
  );
  const home = await openHome(ids('Ana'));
  expect(viewText(home)).toContain(t('en', 'home.scores.title'));
  expect(viewText(home)).toContain(praise);
  const action = actionIds(home).find((id) => id?.startsWith(SCORE_KUDOS_ACTION))!;
  expect(action).toBeDefined();
  const before = run.slack.callsTo('views.publish').length;
  const res = await send(homeClick(ids('Ana'), action, action.split(':')[1]!));
  expect(res.status).toBe(200);
  const calls = await run.slack.waitFor('views.publish', before + 1);
  expect(actionIds(calls.at(-1)!)).not.toContain(action);
  const recorded = await ctx.db.select().from(kudos).where(eq(kudos.words, praise));
  expect(recorded).toHaveLength(1);
  expect(recorded[0]!.recipientId).toBe(s.ana.id);
});
