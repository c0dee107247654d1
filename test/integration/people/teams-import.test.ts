import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { importPeople } from '../../../src/core/people/import-people';
import { findOrCreateWorkspace } from '../../../src/core/people/people';
import { people } from '../../../src/db/schema';
import { createLogger } from '../../../src/log';
import { startWithMockTeams, type RunningTeams } from '../../support/frontline';
import {
  TENANT,
  installationUpdate,
  personalMessage,
  postActivity,
} from '../../support/teams-activities';

let run: RunningTeams;

beforeEach(async () => {
  run = await startWithMockTeams();
});

afterEach(() => run.stop());

test('people imported by email are the Teams people who later write, with their managers', async () => {
  const ctx = { db: run.frontline.database.db, now: () => new Date(), log: createLogger('silent') };
  const workspace = await findOrCreateWorkspace(ctx, 'teams', TENANT);
  const report = await importPeople(
    ctx,
    workspace,
    'person,name,manager\nmax@example.com,Max,\nana@example.com,Ana,max@example.com\n',
  );
  expect(report).toMatchObject({ created: 2, managersSet: 1, problems: [] });

  const ana = { id: '29:ana', name: 'Ana Popescu', aadObjectId: 'aad-ana' };
  const max = { id: '29:max', name: 'Max', aadObjectId: 'aad-max' };
  run.teams.addMember({ ...ana, email: 'Ana@Example.com' });
  run.teams.addMember({ ...max, email: 'max@example.com' });
  await postActivity(run.baseUrl, installationUpdate({ serviceUrl: run.teams.url, from: max }));
  await postActivity(
    run.baseUrl,
    personalMessage({ serviceUrl: run.teams.url, from: ana, text: 'kudos help' }),
  );

  const rows = await ctx.db.select().from(people);
  expect(rows).toHaveLength(2);
  const anaRow = (await first(
    ctx.db.select().from(people).where(eq(people.platformUserId, '29:ana')),
  ))!;
  const maxRow = (await first(
    ctx.db.select().from(people).where(eq(people.platformUserId, '29:max')),
  ))!;
  expect(anaRow).toMatchObject({ email: 'ana@example.com', managerId: maxRow.id });
});
