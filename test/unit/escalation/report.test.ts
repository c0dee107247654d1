import { eq } from 'drizzle-orm';
import { escalations, outbox, type Workspace } from '../../../src/db/schema';
import { plainText } from '../../../src/core/shared/message';
import { routeReport } from '../../../src/core/escalation/route-report';
import { storeReport } from '../../../src/core/escalation/store-report';
import {
  validateReport,
  WHAT_MAX,
  WHAT_MIN,
  WORDS_MAX,
  type ReportFields,
} from '../../../src/core/escalation/validate-report';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

const valid = {
  client: '  ACME   Ltd ',
  what: 'They shouted at me on the phone.',
  words: ' You are useless ',
  severity: 'abusive',
  keep: 'no',
  cause: 'price',
};

describe('validateReport', () => {
  test('trims the values, folds the client name and reads the choices', () => {
    expect(validateReport('en', valid)).toEqual({
      ok: true,
      fields: {
        clientName: 'ACME Ltd',
        what: 'They shouted at me on the phone.',
        words: 'You are useless',
        severity: 'abusive',
        keep: false,
        cause: 'price',
      },
    });
  });

  test('leaves unsaid choices unsaid and drops an unknown cause', () => {
    const read = validateReport('en', { ...valid, keep: undefined, cause: 'weather', words: '' });
    expect(read).toMatchObject({ ok: true, fields: { keep: null, cause: null, words: '' } });
  });

  test.each([
    ['client', { client: '   ' }],
    ['client', { client: 'x'.repeat(201) }],
    ['what', { what: 'x'.repeat(WHAT_MIN - 1) }],
    ['what', { what: 'x'.repeat(WHAT_MAX + 1) }],
    ['words', { words: 'x'.repeat(WORDS_MAX + 1) }],
    ['severity', { severity: 'mild' }],
  ])('names the wrong field (%s) in the reporter’s language', (field, change) => {
    const reply = (locale: 'en' | 'ro') => {
      const read = validateReport(locale, { ...valid, ...change });
      if (read.ok) throw new Error('accepted');
      expect(read.field).toBe(field);
      return plainText(read.reply);
    };
    expect(reply('ro')).not.toBe(reply('en'));
  });

  test('counts characters, not UTF-16 units, in what happened', () => {
    const emoji = '😡'.repeat(WHAT_MIN);
    expect(validateReport('en', { ...valid, what: emoji }).ok).toBe(true);
  });
});

describe('routeReport and storeReport', () => {
  let f: CoreFixture;
  let workspace: Workspace;
  beforeEach(async () => {
    f = await openCoreFixture();
    workspace = await addWorkspace(f.ctx);
  });
  afterEach(() => f.database.close());

  const fields: ReportFields = {
    clientName: 'ACME',
    what: 'They shouted at me.',
    words: '',
    severity: 'concerning',
    keep: null,
    cause: null,
  };

  test('goes to the manager when there is one, else to every admin but the reporter', async () => {
    const admin = await addPerson(f.ctx, workspace, { name: 'Ada', isAdmin: true });
    const boss = await addPerson(f.ctx, workspace, { name: 'Bea' });
    const ana = await addPerson(f.ctx, workspace, { name: 'Ana', managerId: boss.id });
    const selfAdmin = await addPerson(f.ctx, workspace, { name: 'Sam', isAdmin: true });
    expect(await routeReport(f.ctx, workspace, ana)).toEqual({ handler: boss, admins: [] });
    const route = await routeReport(f.ctx, workspace, selfAdmin);
    expect(route.handler).toBeUndefined();
    expect(route.admins.map((p) => p.name)).toEqual([admin.name]);
  });

  test('stores a request once and sends one card to each of the route’s people', async () => {
    const ada = await addPerson(f.ctx, workspace, { name: 'Ada', isAdmin: true });
    const cy = await addPerson(f.ctx, workspace, { name: 'Cy', isAdmin: true });
    const ana = await addPerson(f.ctx, workspace, { name: 'Ana' });
    const input = { workspace, reporter: ana, requestKey: 'view-1' };
    const route = await routeReport(f.ctx, workspace, ana);
    const first = await storeReport(f.ctx, input, fields, route);
    const again = await storeReport(
      f.ctx,
      input,
      { ...fields, what: 'Something else entirely.' },
      route,
    );
    expect(first.duplicate).toBe(false);
    expect(again).toMatchObject({ duplicate: true, escalation: { id: first.escalation.id } });
    expect(await f.ctx.db.select().from(escalations)).toHaveLength(1);
    const cards = await f.ctx.db.select().from(outbox).where(eq(outbox.workspaceId, workspace.id));
    expect(cards.map((c) => c.target).sort()).toEqual([String(ada.id), String(cy.id)].sort());
  });
});
