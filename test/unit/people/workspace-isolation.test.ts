import { eq } from 'drizzle-orm';
import { buildManagerDigest } from '../../../src/core/digests/manager-digest';
import { buildWeeklySummary } from '../../../src/core/digests/weekly-summary';
import { reportStatus } from '../../../src/core/escalation/status';
import { homeFor } from '../../../src/core/home/home';
import { exportKudos } from '../../../src/core/kudos/export-kudos';
import { findOrCreateClient } from '../../../src/core/clients/clients';
import { escalations, kudos, people, type Person, type Workspace } from '../../../src/db/schema';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';
import { seedWorkspace } from '../../support/seeded-workspace';
import { inTurn } from '../../support/in-turn';

/** Only in the second workspace: none of it may show anywhere in the first. */
const SECOND = {
  praise: 'Zora rebuilt the Umbrella onboarding overnight',
  report: 'The Umbrella director threatened Zora on a video call',
  words: 'Umbrella will make you regret this',
  client: 'Umbrella Corp',
  names: ['Zora', 'Yusuf', 'Xenia'],
};

let f: CoreFixture;
beforeAll(async () => (f = await openCoreFixture()));
let first: Workspace;
let seeded: Awaited<ReturnType<typeof seedWorkspace>>;
let second: Workspace;
let xenia: Person, yusuf: Person, zora: Person;
beforeAll(async () => {
  first = await addWorkspace(f.ctx, { summaryChannel: 'CSUMMARY' });
  seeded = await seedWorkspace(f.ctx, first);
  second = await addWorkspace(f.ctx, { summaryChannel: 'CSUMMARY' });
  [xenia, yusuf, zora] = (await inTurn(['Xenia', 'Yusuf', 'Zora'], (name) =>
    addPerson(f.ctx, second, {
      name,
      platformUserId: `U${name.toUpperCase()}`,
      isAdmin: name === 'Xenia',
    }),
  )) as [Person, Person, Person];
  for (const person of [yusuf, zora]) {
    await f.ctx.db.update(people).set({ managerId: xenia.id }).where(eq(people.id, person.id));
  }
  const umbrella = await findOrCreateClient(f.ctx.db, second.id, SECOND.client);
  await f.ctx.db.insert(kudos).values({
    workspaceId: second.id,
    giverId: yusuf.id,
    recipientId: zora.id,
    clientId: umbrella.id,
    words: SECOND.praise,
    source: 'command',
    sourceRef: 'second-1',
    createdAt: new Date(f.clock.now.getTime() - 3600_000),
  });
  await f.ctx.db.insert(escalations).values({
    workspaceId: second.id,
    reporterId: zora.id,
    clientId: umbrella.id,
    handlerId: xenia.id,
    severity: 'abusive',
    whatHappened: SECOND.report,
    clientWords: SECOND.words,
    cause: 'price',
    sourceRef: 'second-report-1',
    createdAt: new Date(f.clock.now.getTime() - 7200_000),
    timerAt: new Date(f.clock.now.getTime() - 3600_000),
  });
});

const everyone = async (workspace: Workspace) =>
  (await f.ctx.db.select().from(people)).filter((p) => p.workspaceId === workspace.id);

/** Everything a person of `workspace` can be shown, as text. */
async function allTheyCanSee(workspace: Workspace): Promise<string[]> {
  const week = { since: new Date(f.clock.now.getTime() - 7 * 86_400_000), until: f.clock.now };
  const shown: unknown[] = [
    await buildWeeklySummary(f.ctx, workspace, f.clock.now),
    await exportKudos(f.ctx, { workspaceId: workspace.id }),
  ];
  for (const person of await everyone(workspace)) {
    shown.push(await homeFor(f.ctx, workspace, person));
    shown.push(await reportStatus(f.ctx, workspace, person));
    shown.push(await buildManagerDigest(f.ctx, workspace, person, week.since, week.until));
  }
  return shown.map((s) => JSON.stringify(s));
}

test('the second workspace has something to show, so the first test can fail', async () => {
  const seen = (await allTheyCanSee(second)).join('\n');
  expect(seen).toContain(SECOND.praise);
  expect(seen).toContain(SECOND.client);
});

test('nothing of one workspace reaches any view of another: homes, digests, summary, status, export', async () => {
  const seen = (await allTheyCanSee(first)).join('\n');
  for (const secret of [
    SECOND.praise,
    SECOND.report,
    SECOND.words,
    SECOND.client,
    ...SECOND.names,
  ]) {
    expect(seen).not.toContain(secret);
  }
  // And the other way round.
  const other = (await allTheyCanSee(second)).join('\n');
  for (const secret of Object.values(seeded.secrets)) expect(other).not.toContain(secret);
  expect(other).not.toContain('Ana untangled our invoices');
});
