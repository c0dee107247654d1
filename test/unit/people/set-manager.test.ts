import { plainText } from '../../../src/core/shared/message';
import { personById } from '../../../src/core/people/people';
import { isInChainAbove, setManager } from '../../../src/core/people/set-manager';
import { eq } from 'drizzle-orm';
import { people, type Person, type Workspace } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

let f: CoreFixture;
let workspace: Workspace;
let admin: Person;

beforeEach(async () => {
  f = await openCoreFixture();
  workspace = await addWorkspace(f.ctx);
  admin = await addPerson(f.ctx, workspace, {
    name: 'Root',
    platformUserId: 'UROOT',
    isAdmin: true,
  });
});

afterEach(() => f.database.close());

const person = async (name: string) =>
  await addPerson(f.ctx, workspace, { name, platformUserId: `U${name.toUpperCase()}` });
/** The row as it is now: setManager is always given fresh rows by the adapters. */
const fresh = async (p: Person) => (await personById(f.ctx, p.id))!;
const set = async (employee: Person | undefined, manager: Person | undefined, actor = admin) =>
  await setManager(f.ctx, {
    workspace,
    actor: await fresh(actor),
    employee: employee && (await fresh(employee)),
    manager: manager && (await fresh(manager)),
  });

describe('setManager', () => {
  it('lets an admin set who someone reports to', async () => {
    const ana = await person('Ana');
    const ben = await person('Ben');
    const result = await set(ana, ben);
    expect(result.ok).toBe(true);
    expect((await fresh(ana)).managerId).toBe(ben.id);
    expect((await fresh(ben)).managerId).toBeNull();
    expect(plainText(result.reply)).toBe(
      t('en', 'manager.set', { manager: '@Ben', employee: '@Ana' }),
    );
  });

  it('replaces an earlier manager', async () => {
    const [ana, ben, cy] = [await person('Ana'), await person('Ben'), await person('Cy')];
    await set(ana, ben);
    expect((await set(ana, cy)).ok).toBe(true);
    expect((await fresh(ana)).managerId).toBe(cy.id);
  });

  it('refuses someone who is not an admin, changing nothing', async () => {
    const [ana, ben] = [await person('Ana'), await person('Ben')];
    const result = await set(ana, ben, ana);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'manager.notAdmin'));
    expect((await fresh(ana)).managerId).toBeNull();
  });

  it('answers a refusal in the actor’s language', async () => {
    const olga = await addPerson(f.ctx, workspace, {
      name: 'Olga',
      platformUserId: 'UOLGA',
      locale: 'lt',
    });
    const result = await set(await person('Ana'), await person('Ben'), olga);
    expect(plainText(result.reply)).toBe(t('lt', 'manager.notAdmin'));
  });

  it('explains the usage when a person is missing', async () => {
    const result = await set(await person('Ana'), undefined);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'manager.usage'));
  });

  it('refuses to make someone their own manager', async () => {
    const ana = await person('Ana');
    const result = await set(ana, ana);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'manager.self'));
    expect((await fresh(ana)).managerId).toBeNull();
  });

  it('refuses a loop of two', async () => {
    const [ana, ben] = [await person('Ana'), await person('Ben')];
    expect((await set(ana, ben)).ok).toBe(true);
    const result = await set(ben, ana);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(
      t('en', 'manager.cycle', { manager: 'Ana', employee: 'Ben' }),
    );
    expect((await fresh(ben)).managerId).toBeNull();
  });

  it('refuses a loop through a longer chain', async () => {
    const [ana, ben, cy, dan] = [
      await person('Ana'),
      await person('Ben'),
      await person('Cy'),
      await person('Dan'),
    ];
    expect((await set(ana, ben)).ok).toBe(true);
    expect((await set(ben, cy)).ok).toBe(true);
    expect((await set(cy, dan)).ok).toBe(true);

    expect((await set(dan, ana)).ok).toBe(false);
    expect((await set(dan, ben)).ok).toBe(false);
    expect((await set(cy, ana)).ok).toBe(false);
    expect((await fresh(dan)).managerId).toBeNull();
    expect((await fresh(cy)).managerId).toBe(dan.id);
  });

  it('allows a chain that only looks like a loop: two people with a common manager', async () => {
    const [ana, ben, boss] = [await person('Ana'), await person('Ben'), await person('Boss')];
    expect((await set(ana, boss)).ok).toBe(true);
    expect((await set(ben, boss)).ok).toBe(true);
    expect((await set(ana, ben)).ok).toBe(true);
    expect((await fresh(ana)).managerId).toBe(ben.id);
  });
});

describe('isInChainAbove', () => {
  it('finds a person anywhere above, and the starting person', async () => {
    const [ana, ben, cy] = [await person('Ana'), await person('Ben'), await person('Cy')];
    await set(ana, ben);
    await set(ben, cy);
    expect(await isInChainAbove(f.ctx, cy.id, await fresh(ana))).toBe(true);
    expect(await isInChainAbove(f.ctx, ana.id, await fresh(ana))).toBe(true);
    expect(await isInChainAbove(f.ctx, ana.id, await fresh(cy))).toBe(false);
  });

  it('ends on a loop already in the data instead of walking forever', async () => {
    const [ana, ben, cy] = [await person('Ana'), await person('Ben'), await person('Cy')];
    await set(ana, ben);
    // Written around setManager, as an old import might have left it.
    await f.ctx.db.update(people).set({ managerId: ana.id }).where(eq(people.id, ben.id));
    expect(await isInChainAbove(f.ctx, cy.id, await fresh(ana))).toBe(false);
  });
});
