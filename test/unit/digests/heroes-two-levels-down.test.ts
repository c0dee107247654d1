import { findOrCreateClient } from '../../../src/core/clients/clients';
import { heroesTwoLevelsDown } from '../../../src/core/digests/manager-digest';
import { kudos, type Person, type Workspace } from '../../../src/db/schema';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

const NOW = new Date('2025-03-10T09:00:00.000Z');
const WEEK_AGO = new Date(NOW.getTime() - 7 * 24 * 60 * 60 * 1000);

let f: CoreFixture;
let workspace: Workspace;
let head: Person;
let refs = 0;

beforeEach(async () => {
  f = await openCoreFixture(NOW);
  workspace = await addWorkspace(f.ctx);
  head = await addPerson(f.ctx, workspace, { name: 'Head', platformUserId: 'UHEAD' });
});

afterEach(() => f.database.close());

/** `count` client compliments for `recipient`, an hour ago. */
async function complimented(recipient: Person, count: number): Promise<void> {
  const client = await findOrCreateClient(f.ctx.db, workspace.id, 'Acme');
  for (let i = 0; i < count; i++) {
    await f.ctx.db.insert(kudos).values({
      workspaceId: workspace.id,
      giverId: head.id,
      recipientId: recipient.id,
      clientId: client.id,
      words: 'Acme wrote to say thank you.',
      source: 'email',
      sourceRef: `ref-${++refs}`,
      createdAt: new Date(NOW.getTime() - 60 * 60 * 1000),
    });
  }
}

test('a head of many teams hears of the best two levels down, whichever team they are in', async () => {
  // More teams than are asked about at once: the heroes come from the first and the last.
  const members: Person[] = [];
  for (let i = 0; i < 230; i++) {
    const lead = await addPerson(f.ctx, workspace, { name: `Lead ${i}`, managerId: head.id });
    members.push(await addPerson(f.ctx, workspace, { name: `Member ${i}`, managerId: lead.id }));
  }
  await complimented(members[229]!, 3);
  await complimented(members[0]!, 2);
  await complimented(members[150]!, 2);
  await complimented(members[42]!, 1);

  const heroes = await heroesTwoLevelsDown(f.ctx, head, WEEK_AGO, NOW);

  expect(heroes.map((h) => [h.person.name, h.manager.name, h.compliments])).toEqual([
    ['Member 229', 'Lead 229', 3],
    ['Member 0', 'Lead 0', 2],
    ['Member 150', 'Lead 150', 2],
  ]);
});

test('a lead of people who manage nobody has no heroes two levels down', async () => {
  const lead = await addPerson(f.ctx, workspace, { name: 'Lead', managerId: head.id });
  await complimented(lead, 4);

  expect(await heroesTwoLevelsDown(f.ctx, head, WEEK_AGO, NOW)).toEqual([]);
});
