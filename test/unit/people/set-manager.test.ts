import { plainText } from '../../../src/core/shared/message';
import { personById } from '../../../src/core/people/people';
import { isInChainAbove, setManager } from '../../../src/core/people/set-manager';
import type { Person, Workspace } from '../../../src/db/schema';
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

beforeEach(() => {
  f = openCoreFixture();
  workspace = addWorkspace(f.ctx);
  admin = addPerson(f.ctx, workspace, { name: 'Root', platformUserId: 'UROOT', isAdmin: true });
});

afterEach(() => f.database.close());

const person = (name: string) =>
  addPerson(f.ctx, workspace, { name, platformUserId: `U${name.toUpperCase()}` });
/** The row as it is now: setManager is always given fresh rows by the adapters. */
const fresh = (p: Person) => personById(f.ctx, p.id)!;
const set = (employee: Person | undefined, manager: Person | undefined, actor = admin) =>
  setManager(f.ctx, {
    workspace,
    actor: fresh(actor),
    employee: employee && fresh(employee),
    manager: manager && fresh(manager),
  });

describe('setManager', () => {
  it('lets an admin set who someone reports to', () => {
    const ana = person('Ana');
    const ben = person('Ben');
    const result = set(ana, ben);
    expect(result.ok).toBe(true);
    expect(fresh(ana).managerId).toBe(ben.id);
    expect(fresh(ben).managerId).toBeNull();
    expect(plainText(result.reply)).toBe(
      t('en', 'manager.set', { manager: '@Ben', employee: '@Ana' }),
    );
  });

  it('replaces an earlier manager', () => {
    const [ana, ben, cy] = [person('Ana'), person('Ben'), person('Cy')];
    set(ana, ben);
    expect(set(ana, cy).ok).toBe(true);
    expect(fresh(ana).managerId).toBe(cy.id);
  });

  it('refuses someone who is not an admin, changing nothing', () => {
    const [ana, ben] = [person('Ana'), person('Ben')];
    const result = set(ana, ben, ana);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'manager.notAdmin'));
    expect(fresh(ana).managerId).toBeNull();
  });

  it('answers a refusal in the actor’s language', () => {
    const olga = addPerson(f.ctx, workspace, {
      name: 'Olga',
      platformUserId: 'UOLGA',
      locale: 'lt',
    });
    const result = set(person('Ana'), person('Ben'), olga);
    expect(plainText(result.reply)).toBe(t('lt', 'manager.notAdmin'));
  });

  it('explains the usage when a person is missing', () => {
    const result = set(person('Ana'), undefined);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'manager.usage'));
  });

  it('refuses to make someone their own manager', () => {
    const ana = person('Ana');
    const result = set(ana, ana);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(t('en', 'manager.self'));
    expect(fresh(ana).managerId).toBeNull();
  });

  it('refuses a loop of two', () => {
    const [ana, ben] = [person('Ana'), person('Ben')];
    expect(set(ana, ben).ok).toBe(true);
    const result = set(ben, ana);
    expect(result.ok).toBe(false);
    expect(plainText(result.reply)).toBe(
      t('en', 'manager.cycle', { manager: 'Ana', employee: 'Ben' }),
    );
    expect(fresh(ben).managerId).toBeNull();
  });

  it('refuses a loop through a longer chain', () => {
    const [ana, ben, cy, dan] = [person('Ana'), person('Ben'), person('Cy'), person('Dan')];
    expect(set(ana, ben).ok).toBe(true);
    expect(set(ben, cy).ok).toBe(true);
    expect(set(cy, dan).ok).toBe(true);

    expect(set(dan, ana).ok).toBe(false);
    expect(set(dan, ben).ok).toBe(false);
    expect(set(cy, ana).ok).toBe(false);
    expect(fresh(dan).managerId).toBeNull();
    expect(fresh(cy).managerId).toBe(dan.id);
  });

  it('allows a chain that only looks like a loop: two people with a common manager', () => {
    const [ana, ben, boss] = [person('Ana'), person('Ben'), person('Boss')];
    expect(set(ana, boss).ok).toBe(true);
    expect(set(ben, boss).ok).toBe(true);
    expect(set(ana, ben).ok).toBe(true);
    expect(fresh(ana).managerId).toBe(ben.id);
  });
});

describe('isInChainAbove', () => {
  it('finds a person anywhere above, and the starting person', () => {
    const [ana, ben, cy] = [person('Ana'), person('Ben'), person('Cy')];
    set(ana, ben);
    set(ben, cy);
    expect(isInChainAbove(f.ctx, cy.id, fresh(ana))).toBe(true);
    expect(isInChainAbove(f.ctx, ana.id, fresh(ana))).toBe(true);
    expect(isInChainAbove(f.ctx, ana.id, fresh(cy))).toBe(false);
  });

  it('ends on a loop already in the data instead of walking forever', () => {
    const [ana, ben, cy] = [person('Ana'), person('Ben'), person('Cy')];
    set(ana, ben);
    // Written around setManager, as an old import might have left it.
    f.database.sqlite.prepare('UPDATE people SET manager_id = ? WHERE id = ?').run(ana.id, ben.id);
    expect(isInChainAbove(f.ctx, cy.id, fresh(ana))).toBe(false);
  });
});
