import { first } from '../../../src/db/query';
import { eq, inArray } from 'drizzle-orm';
import { findOrCreateClient } from '../../../src/core/clients/clients';
import { homeFor } from '../../../src/core/home/home';
import { plainText } from '../../../src/core/shared/message';
import {
  clients,
  escalations,
  kudos,
  people,
  type Person,
  type Workspace,
} from '../../../src/db/schema';
import { homeView } from '../../../src/slack/home/home-view';
import { homeCard } from '../../../src/teams/home/home-card';
import { seedWorkspace, type Seeded } from '../../support/seeded-workspace';
import { addWorkspace, openCoreFixture, type CoreFixture } from '../../support/core-fixture';

/**
 * Every home of every person in a seeded workspace, as Slack and Teams render it: a report's
 * text, its client's words, its client and its reporter appear only for the reporter, the
 * reporter's managers all the way up, and admins.
 */
let f: CoreFixture;
let workspace: Workspace;
let s: Seeded;
let everyone: Person[];

beforeEach(async () => {
  f = await openCoreFixture();
  workspace = await addWorkspace(f.ctx);
  s = await seedWorkspace(f.ctx, workspace);
  // A manager reports a client too: their own people must not learn of it.
  const umbrella = await findOrCreateClient(f.ctx.db, workspace.id, 'Umbrella Holdings');
  await f.ctx.db.insert(escalations).values({
    workspaceId: workspace.id,
    reporterId: s.max.id,
    clientId: umbrella.id,
    handlerId: s.dora.id,
    severity: 'threatening',
    whatHappened: 'Umbrella’s director threatened Max in the parking lot.',
    clientWords: 'Watch your back',
    cause: 'price',
    sourceRef: 'privacy-max',
    createdAt: f.ctx.now(),
  });
  // Reporters' names may show as praise elsewhere (walls, rankings): leave them no praise, so
  // any appearance of their name in a bystander's home could only come from a report.
  const reporters = [s.ana.id, s.eve.id, s.max.id];
  await f.ctx.db.delete(kudos).where(inArray(kudos.recipientId, reporters));
  everyone = await f.ctx.db.select().from(people).where(eq(people.workspaceId, workspace.id));
});
afterEach(() => f.database.close());

/** Everyone allowed to see reports by `reporter`: themselves, their chain upwards, admins. */
function allowed(reporter: Person): Set<number> {
  const ids = new Set<number>([reporter.id, ...everyone.filter((p) => p.isAdmin).map((p) => p.id)]);
  let manager = everyone.find((p) => p.id === reporter.managerId);
  while (manager && !ids.has(manager.id)) {
    ids.add(manager.id);
    manager = everyone.find((p) => p.id === manager!.managerId);
  }
  return ids;
}

/** A person's home in every rendering: the model's text, the Slack view, the Teams card. */
async function renderings(person: Person): Promise<string[]> {
  const model = await homeFor(f.ctx, workspace, person);
  return [
    plainText(model),
    JSON.stringify(homeView(model)),
    JSON.stringify(homeCard(model, person.platformUserId ?? '').content),
  ];
}

async function secretsOf(report: typeof escalations.$inferSelect): Promise<string[]> {
  const client = (await first(
    f.ctx.db.select().from(clients).where(eq(clients.id, report.clientId)),
  ))!;
  const reporter = everyone.find((p) => p.id === report.reporterId)!;
  return [report.whatHappened, report.clientWords ?? '', client.name, reporter.name].filter(
    Boolean,
  );
}

test('the seeded workspace has reporters, managers at each level, admins and bystanders', async () => {
  const reports = await f.ctx.db.select().from(escalations);
  expect(new Set(reports.map((r) => r.reporterId)).size).toBe(3);
  const bystanders = everyone.filter((p) =>
    reports.every((r) => !allowed(everyone.find((e) => e.id === r.reporterId)!).has(p.id)),
  );
  expect(bystanders.map((p) => p.name).sort()).toEqual(['Ben', 'Cy', 'Gia']);
});

test('no report text, client of a report or reporter’s name reaches anyone outside the chain', async () => {
  const reports = await f.ctx.db.select().from(escalations);
  let checked = 0;
  for (const person of everyone) {
    const shown = await renderings(person);
    for (const report of reports) {
      const reporter = everyone.find((p) => p.id === report.reporterId)!;
      if (allowed(reporter).has(person.id)) continue;
      for (const secret of await secretsOf(report)) {
        for (const rendering of shown) {
          expect({ viewer: person.name, secret, found: rendering.includes(secret) }).toEqual({
            viewer: person.name,
            secret,
            found: false,
          });
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(50);
});

test('and the chain does see what is theirs to act on, so the check above can fail', async () => {
  // Max handles Ana's report: its client is on his desk, in both renderings.
  for (const rendering of await renderings(s.max)) expect(rendering).toContain('ACME Hardware');
  // Ana sees her own report's client; Ben, in the same team, does not.
  expect((await renderings(s.ana))[0]).toContain('ACME Hardware');
  expect((await renderings(s.ben))[0]).not.toContain('ACME Hardware');
  // Dora handles Max's report.
  expect((await renderings(s.dora))[0]).toContain('Umbrella Holdings');
});

test('no home quotes a report’s text, not even to the chain: the desk names client and step only', async () => {
  const reports = await f.ctx.db.select().from(escalations);
  for (const person of everyone) {
    for (const rendering of await renderings(person)) {
      for (const report of reports) expect(rendering).not.toContain(report.whatHappened);
    }
  }
});
