import { clients, clientScores, type Person, type Workspace } from '../../../src/db/schema';
import { importScores } from '../../../src/core/scores/import-scores';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

let f: CoreFixture;
beforeAll(async () => (f = await openCoreFixture()));
let workspace: Workspace;
let ana: Person;
beforeAll(async () => {
  workspace = await addWorkspace(f.ctx);
  ana = await addPerson(f.ctx, workspace, {
    name: 'Ana',
    platformUserId: 'UANA',
    email: 'ana@acme.example',
  });
});

const csv = [
  'client,date,score,kind,comment,person',
  'ACME Hardware,2025-03-03,9,NPS,"Ana sorted our invoices, wonderful service",ana@acme.example',
  'ACME Hardware,2025-03-04,4.5,CSAT,,UANA',
  'Globex,2025-03-05,3,rating,Slow but fine,',
].join('\n');

test('rows are stored with their client, day, kind, score, comment and person', async () => {
  const report = await importScores(f.ctx, workspace, csv);
  expect(report).toEqual({ imported: 3, alreadyThere: 0, problems: [] });
  const rows = await f.ctx.db.select().from(clientScores);
  expect(
    rows.map((r) => [r.kind, r.score, r.personId, r.scoredOn.toISOString().slice(0, 10)]),
  ).toEqual([
    ['nps', 9, ana.id, '2025-03-03'],
    ['csat', 4.5, ana.id, '2025-03-04'],
    ['rating', 3, null, '2025-03-05'],
  ]);
  expect((await f.ctx.db.select().from(clients)).map((c) => c.name).sort()).toEqual([
    'ACME Hardware',
    'Globex',
  ]);
});

test('the same file imported again stores nothing twice', async () => {
  const again = await importScores(f.ctx, workspace, csv);
  expect(again).toEqual({ imported: 0, alreadyThere: 3, problems: [] });
  expect(await f.ctx.db.select().from(clientScores)).toHaveLength(3);
});

test.each([
  ['ACME,31/03/2025,9,NPS,,', /date "31\/03\/2025" is not a day: write it as 2025-03-31/],
  ['ACME,2025-02-30,9,NPS,,', /date "2025-02-30" is not a day/],
  [
    'ACME,2025-03-01,9,stars-ish,,',
    /kind "stars-ish" is not one Frontline knows: write NPS, CSAT or rating/,
  ],
  ['ACME,2025-03-01,11,NPS,,', /score "11" is not a whole number from 0 to 10 for NPS/],
  ['ACME,2025-03-01,8.5,NPS,,', /score "8.5" is not a whole number/],
  ['ACME,2025-03-01,0,CSAT,,', /score "0" is not a number from 1 to 5 for CSAT/],
  ['ACME,2025-03-01,,rating,,', /score "" is not/],
  [',2025-03-01,9,NPS,,', /no client/],
  [
    'ACME,2025-03-01,9,NPS,,nobody@acme.example',
    /nobody in this workspace is "nobody@acme.example"/,
  ],
])(
  'a bad row (%s) is named by its line, says what to write, and is skipped',
  async (row, reason) => {
    const report = await importScores(
      f.ctx,
      workspace,
      `client,date,score,kind,comment,person\n\n${row}`,
    );
    expect(report.imported).toBe(0);
    expect(report.problems).toEqual([{ row: 3, reason: expect.stringMatching(reason) }]);
  },
);

test('a header without the needed columns is refused as a whole', async () => {
  const report = await importScores(f.ctx, workspace, 'client,when,score\nACME,2025-03-01,9');
  expect(report.imported).toBe(0);
  expect(report.problems[0]!.reason).toMatch(/needs the columns date, kind/);
});
