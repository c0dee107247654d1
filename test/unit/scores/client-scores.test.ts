import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { buildWeeklySummary } from '../../../src/core/digests/weekly-summary';
import { homeFor } from '../../../src/core/home/home';
import { homeClicked } from '../../../src/core/home/home-actions';
import {
  clientMeasures,
  myScores,
  recordScoreAsKudos,
  scoresByTeam,
} from '../../../src/core/scores/client-scores';
import { importScores } from '../../../src/core/scores/import-scores';
import { SCORE_KUDOS_ACTION } from '../../../src/core/scores/scores-message';
import { t } from '../../../src/i18n';
import { clients, clientScores, kudos } from '../../../src/db/schema';
import { addPerson, addWorkspace, openCoreFixture } from '../../support/core-fixture';

const PRAISE = 'Thank you so much, Ana was wonderful and incredibly helpful with our invoices!';
const PLAIN = 'The delivery arrived on Tuesday as planned.';

async function setUp() {
  const f = await openCoreFixture(new Date('2025-03-10T12:00:00.000Z'));
  const workspace = await addWorkspace(f.ctx, { summaryChannel: 'CSUMMARY' });
  const ada = await addPerson(f.ctx, workspace, {
    name: 'Ada',
    platformUserId: 'UADA',
    isAdmin: true,
  });
  const ana = await addPerson(f.ctx, workspace, {
    name: 'Ana',
    platformUserId: 'UANA',
    team: 'Support',
  });
  const ben = await addPerson(f.ctx, workspace, {
    name: 'Ben',
    platformUserId: 'UBEN',
    team: 'Support',
  });
  const report = await importScores(
    f.ctx,
    workspace,
    [
      'client,date,score,kind,comment,person',
      `ACME Hardware,2025-03-03,9,NPS,"${PRAISE}",UANA`,
      `ACME Hardware,2025-03-04,7,NPS,"${PLAIN}",UBEN`,
      'ACME Hardware,2025-03-05,4,CSAT,,UBEN',
    ].join('\n'),
  );
  expect(report.problems).toEqual([]);
  return { f, workspace, ada, ana, ben };
}

const scoreOf = async (s: Awaited<ReturnType<typeof setUp>>, words: string) =>
  (await first(s.f.ctx.db.select().from(clientScores).where(eq(clientScores.comment, words))))!;

test('a praising comment naming the person can be recorded as kudos; a plain one cannot', async () => {
  const s = await setUp();
  expect(await myScores(s.f.ctx, s.ana)).toMatchObject([
    { client: 'ACME Hardware', score: 9, canRecord: true },
  ]);
  expect((await myScores(s.f.ctx, s.ben)).map((x) => x.canRecord)).toEqual([false, false]);
});

test('recording it gives the person kudos in the client’s words, once, and only to them', async () => {
  const s = await setUp();
  const praise = String((await scoreOf(s, PRAISE)).id);
  expect(JSON.stringify(await recordScoreAsKudos(s.f.ctx, s.workspace, s.ben, praise))).toContain(
    t('en', 'scores.record.notYours'),
  );
  await recordScoreAsKudos(s.f.ctx, s.workspace, s.ana, praise);
  const recorded = await s.f.ctx.db.select().from(kudos);
  const acme = (await first(
    s.f.ctx.db.select().from(clients).where(eq(clients.name, 'ACME Hardware')),
  ))!;
  expect(recorded).toMatchObject([
    { recipientId: s.ana.id, words: PRAISE, clientId: acme.id, source: 'score' },
  ]);
  expect(JSON.stringify(await recordScoreAsKudos(s.f.ctx, s.workspace, s.ana, praise))).toContain(
    t('en', 'scores.record.already'),
  );
  expect(await s.f.ctx.db.select().from(kudos)).toHaveLength(1);
  expect((await myScores(s.f.ctx, s.ana))[0]!.canRecord).toBe(false);

  const plain = String((await scoreOf(s, PLAIN)).id);
  expect(JSON.stringify(await recordScoreAsKudos(s.f.ctx, s.workspace, s.ben, plain))).toContain(
    t('en', 'scores.record.notPraise'),
  );
});

test('the home shows a person their scores with the button; the click goes through the home', async () => {
  const s = await setUp();
  const home = JSON.stringify(await homeFor(s.f.ctx, s.workspace, s.ana));
  expect(home).toContain(t('en', 'home.scores.title'));
  expect(home).toContain(PRAISE);
  const id = (await scoreOf(s, PRAISE)).id;
  expect(home).toContain(`${SCORE_KUDOS_ACTION}:${id}`);
  const click = await homeClicked(
    s.f.ctx,
    s.workspace,
    s.ana,
    `${SCORE_KUDOS_ACTION}:${id}`,
    String(id),
  );
  expect(click.kind).toBe('changed');
  expect(await s.f.ctx.db.select().from(kudos)).toHaveLength(1);
  // Ben's scores are his own: Ana's home does not show them.
  expect(home).not.toContain(PLAIN);
});

test('an admin’s overview shows scores by team; the weekly summary puts them beside praise', async () => {
  const s = await setUp();
  expect(await scoresByTeam(s.f.ctx, s.workspace, new Date('2025-01-01'))).toEqual([
    {
      team: 'Support',
      measures: [
        { kind: 'csat', average: 4, count: 1 },
        { kind: 'nps', average: 8, count: 2 },
      ],
    },
  ]);
  const overview = JSON.stringify(await homeFor(s.f.ctx, s.workspace, s.ada));
  expect(overview).toContain(t('en', 'home.overview.scores', { days: 90 }));
  expect(overview).toContain('Support: CSAT 4 (1), NPS 8 (2)');
  expect(JSON.stringify(await homeFor(s.f.ctx, s.workspace, s.ana))).not.toContain(
    t('en', 'home.overview.scores', { days: 90 }),
  );

  await recordScoreAsKudos(s.f.ctx, s.workspace, s.ana, String((await scoreOf(s, PRAISE)).id));
  // Stored with the database's clock: put it on the fixture's, a day ago.
  await s.f.ctx.db.update(kudos).set({ createdAt: new Date('2025-03-09T12:00:00.000Z') });
  const since = new Date('2025-02-01');
  expect(await clientMeasures(s.f.ctx, s.workspace.id, since, s.f.clock.now)).toEqual([
    {
      client: 'ACME Hardware',
      measures: [
        { kind: 'csat', average: 4, count: 1 },
        { kind: 'nps', average: 8, count: 2 },
      ],
      compliments: 1,
    },
  ]);
  const summary = JSON.stringify(await buildWeeklySummary(s.f.ctx, s.workspace, s.f.clock.now));
  expect(summary).toContain(t('en', 'summary.scores.title'));
  expect(summary).toContain('ACME Hardware: CSAT 4 (1), NPS 8 (2); 1 compliments in the same days');
});
