import { eq } from 'drizzle-orm';
import { buildManagerDigest } from '../../../src/core/digests/manager-digest';
import { buildWeeklySummary } from '../../../src/core/digests/weekly-summary';
import { reportStatus } from '../../../src/core/escalation/status';
import { homeFor } from '../../../src/core/home/home';
import { exportKudos } from '../../../src/core/kudos/export-kudos';
import { findOrCreateClient } from '../../../src/core/clients/clients';
import { escalations, kudos, people, type Person, type Workspace } from '../../../src/db/schema';
import { addPerson, addWorkspace, openCoreFixture } from '../../support/core-fixture';
import { seedWorkspace } from '../../support/seeded-workspace';

/** Only in the second workspace: none of it may show anywhere in the first. */
const SECOND = {
  praise: 'Zora rebuilt the Umbrella onboarding overnight',
  report: 'The Umbrella director threatened Zora on a video call',
  words: 'Umbrella will make you regret this',
  client: 'Umbrella Corp',
  names: ['Zora', 'Yusuf', 'Xenia'],
};

const f = openCoreFixture();
const first = addWorkspace(f.ctx, { summaryChannel: 'CSUMMARY' });
const seeded = seedWorkspace(f.ctx, first);
const second = addWorkspace(f.ctx, { summaryChannel: 'CSUMMARY' });
const [xenia, yusuf, zora] = ['Xenia', 'Yusuf', 'Zora'].map((name) =>
  addPerson(f.ctx, second, {
    name,
    platformUserId: `U${name.toUpperCase()}`,
    isAdmin: name === 'Xenia',
  }),
) as [Person, Person, Person];
for (const person of [yusuf, zora]) {
  f.ctx.db.update(people).set({ managerId: xenia.id }).where(eq(people.id, person.id)).run();
}
const umbrella = findOrCreateClient(f.ctx.db, second.id, SECOND.client);
f.ctx.db
  .insert(kudos)
  .values({
    workspaceId: second.id,
    giverId: yusuf.id,
    recipientId: zora.id,
    clientId: umbrella.id,
    words: SECOND.praise,
    source: 'command',
    sourceRef: 'second-1',
    createdAt: new Date(f.clock.now.getTime() - 3600_000),
  })
  .run();
f.ctx.db
  .insert(escalations)
  .values({
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
  })
  .run();

const everyone = (workspace: Workspace) =>
  f.ctx.db
    .select()
    .from(people)
    .all()
    .filter((p) => p.workspaceId === workspace.id);

/** Everything a person of `workspace` can be shown, as text. */
function allTheyCanSee(workspace: Workspace): string[] {
  const week = { since: new Date(f.clock.now.getTime() - 7 * 86_400_000), until: f.clock.now };
  const shown: unknown[] = [
    buildWeeklySummary(f.ctx, workspace, f.clock.now),
    exportKudos(f.ctx, { workspaceId: workspace.id }),
  ];
  for (const person of everyone(workspace)) {
    shown.push(homeFor(f.ctx, workspace, person));
    shown.push(reportStatus(f.ctx, workspace, person));
    shown.push(buildManagerDigest(f.ctx, workspace, person, week.since, week.until));
  }
  return shown.map((s) => JSON.stringify(s));
}

test('the second workspace has something to show, so the first test can fail', () => {
  const seen = allTheyCanSee(second).join('\n');
  expect(seen).toContain(SECOND.praise);
  expect(seen).toContain(SECOND.client);
});

test('nothing of one workspace reaches any view of another: homes, digests, summary, status, export', () => {
  const seen = allTheyCanSee(first).join('\n');
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
  const other = allTheyCanSee(second).join('\n');
  for (const secret of Object.values(seeded.secrets)) expect(other).not.toContain(secret);
  expect(other).not.toContain('Ana untangled our invoices');
});
