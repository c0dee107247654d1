import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import {
  clientAccountCommand,
  parseClientCommand,
  type ClientCommand,
} from '../../../src/core/clients/client-account';
import { findOrCreateClient } from '../../../src/core/clients/clients';
import { plainText } from '../../../src/core/shared/message';
import { clients, escalations, type Person, type Workspace } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

describe('parseClientCommand', () => {
  it.each<[string, ClientCommand | null]>([
    ['client ACME Ltd', { kind: 'show', name: 'ACME Ltd' }],
    ['  Client   ACME   Ltd ', { kind: 'show', name: 'ACME Ltd' }],
    ['client ACME Ltd demanding', { kind: 'conduct', name: 'ACME Ltd', conduct: 'demanding' }],
    ['client ACME Ltd ABUSIVE', { kind: 'conduct', name: 'ACME Ltd', conduct: 'abusive' }],
    ['client ACME Ltd clear', { kind: 'conduct', name: 'ACME Ltd', conduct: null }],
    [
      'client ACME Ltd value 120000 cost 30000',
      { kind: 'money', name: 'ACME Ltd', value: 120000, cost: 30000 },
    ],
    [
      'client ACME Ltd cost 30,000 value 120,000',
      { kind: 'money', name: 'ACME Ltd', value: 120000, cost: 30000 },
    ],
    ['client ACME Ltd value 120_000', { kind: 'money', name: 'ACME Ltd', value: 120000 }],
    ['client ACME Ltd cost 0', { kind: 'money', name: 'ACME Ltd', cost: 0 }],
    ['client ACME Ltd channel here', { kind: 'channel', name: 'ACME Ltd', link: true }],
    ['client ACME Ltd channel OFF', { kind: 'channel', name: 'ACME Ltd', link: false }],
    // A name that ends in a command word's neighbour is still a name.
    ['client Best Value Co', { kind: 'show', name: 'Best Value Co' }],
    ['client Channel 4', { kind: 'show', name: 'Channel 4' }],
    ['client ACME value 12.000', { kind: 'badNumber', word: '12.000' }],
    ['client ACME value 12,00', { kind: 'badNumber', word: '12,00' }],
    ['client ACME value -5 cost 3', { kind: 'badNumber', word: '-5' }],
    ['client ACME value 99999999999999999', { kind: 'badNumber', word: '99999999999999999' }],
    ['client ACME value 1 value 2', { kind: 'usage' }],
    ['client', { kind: 'usage' }],
    ['CLIENT   ', { kind: 'usage' }],
    ['client demanding', { kind: 'show', name: 'demanding' }],
    ['client value 5', { kind: 'show', name: 'value 5' }],
    // Not an account command: the report form, prefilled.
    ['Client Corp: he shouted at me', null],
    ['Clientele Inc', null],
    ['ACME Ltd', null],
    ['status', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(parseClientCommand(text)).toEqual(expected);
  });
});

describe('clientAccountCommand', () => {
  let f: CoreFixture;
  let workspace: Workspace;
  let admin: Person;
  let ana: Person;
  let max: Person;

  beforeEach(async () => {
    f = await openCoreFixture();
    workspace = await addWorkspace(f.ctx);
    admin = await addPerson(f.ctx, workspace, {
      name: 'Ada',
      platformUserId: 'UADA',
      isAdmin: true,
    });
    max = await addPerson(f.ctx, workspace, { name: 'Max', platformUserId: 'UMAX' });
    ana = await addPerson(f.ctx, workspace, {
      name: 'Ana',
      platformUserId: 'UANA',
      managerId: max.id,
    });
    await findOrCreateClient(f.ctx.db, workspace.id, 'ACME Ltd');
  });

  afterEach(() => f.database.close());

  const run = async (text: string, actor = admin, channel: string | null = 'CACME') =>
    plainText(
      await clientAccountCommand(f.ctx, {
        workspace,
        actor,
        command: parseClientCommand(text)!,
        channel: channel ?? undefined,
      }),
    );
  const acme = async () =>
    (await first(f.ctx.db.select().from(clients).where(eq(clients.name, 'ACME Ltd'))))!;
  const addReport = async (daysAgo: number) =>
    await f.ctx.db.insert(escalations).values({
      workspaceId: workspace.id,
      reporterId: ana.id,
      clientId: (await acme()).id,
      severity: 'abusive',
      whatHappened: 'The secret story of what happened.',
      sourceRef: `r${Math.random()}`,
      createdAt: new Date(f.clock.now.getTime() - daysAgo * 24 * 60 * 60 * 1000),
    });

  it('refuses anyone but an admin, changing nothing', async () => {
    expect(await run('client ACME Ltd abusive', ana)).toBe(t('en', 'clients.notAdmin'));
    expect(await run('client ACME Ltd', max)).toBe(t('en', 'clients.notAdmin'));
    expect((await acme()).conduct).toBeNull();
  });

  it('marks the conduct, in any case or spacing of the name, and clears it', async () => {
    expect(await run('client acme  LTD demanding')).toContain(
      t('en', 'clients.conduct.set.demanding', { client: 'ACME Ltd' }),
    );
    expect((await acme()).conduct).toBe('demanding');
    await run('client ACME Ltd abusive');
    expect((await acme()).conduct).toBe('abusive');
    expect(await run('client ACME Ltd clear')).toContain('Conduct: not marked');
    expect((await acme()).conduct).toBeNull();
  });

  it('records the yearly value and cost, and shows them side by side', async () => {
    const reply = await run('client ACME Ltd value 120000 cost 30000');
    expect(await acme()).toMatchObject({ yearlyValue: 120000, yearlyServiceCost: 30000 });
    expect(reply).toContain(
      'Yearly value: 120,000 · cost of serving it: 30,000 · value minus cost: 90,000',
    );
    await run('client ACME Ltd cost 150000');
    expect(await acme()).toMatchObject({ yearlyValue: 120000, yearlyServiceCost: 150000 });
    expect(await run('client ACME Ltd')).toContain('value minus cost: -30,000');
  });

  it('shows the account card: owner, conduct, money, counts only — never a report', async () => {
    await addReport(100);
    await addReport(10);
    let card = await run('client ACME Ltd');
    expect(card).toContain(t('en', 'clients.card.owner.none'));
    expect(card).toContain('Yearly value: not recorded');
    expect(card).toContain('Reports in the last 90 days: 1 · all time: 2');
    expect(card).toContain(t('en', 'clients.card.notDifficult', { min: 2, days: 90 }));
    await addReport(1);
    await f.ctx.db
      .update(clients)
      .set({ ownerId: max.id })
      .where(eq(clients.id, (await acme()).id));
    card = await run('client ACME Ltd');
    expect(card).toContain('Served by: @Max');
    expect(card).toContain(t('en', 'clients.card.difficult', { min: 2, days: 90 }));
    expect(card).not.toContain('secret');
    expect(card).not.toContain('Ana');
  });

  it('links the account’s channel where the command is typed, never a direct message', async () => {
    expect(await run('client ACME Ltd channel here', admin, null)).toBe(
      t('en', 'clients.channel.where', { client: 'ACME Ltd' }),
    );
    expect((await acme()).channel).toBeNull();
    await run('client ACME Ltd channel here');
    expect((await acme()).channel).toBe('CACME');
    expect(await run('client ACME Ltd')).toContain(t('en', 'clients.card.channel.linked'));
    await run('client ACME Ltd channel off');
    expect((await acme()).channel).toBeNull();
  });

  it('answers bad input clearly, creating no account', async () => {
    expect(await run('client Acme Corp demanding')).toBe(
      t('en', 'clients.unknown', { client: 'Acme Corp' }),
    );
    expect(await run('client ACME Ltd value 12.5')).toBe(
      t('en', 'clients.badNumber', { word: '12.5' }),
    );
    expect(await run('client')).toBe(t('en', 'clients.usage'));
    expect(await f.ctx.db.select().from(clients)).toHaveLength(1);
  });

  it('answers in the admin’s language', async () => {
    const olga = await addPerson(f.ctx, workspace, {
      name: 'Olga',
      platformUserId: 'UOLGA',
      isAdmin: true,
      locale: 'ru',
    });
    expect(await run('client ACME Ltd abusive', olga)).toContain(
      t('ru', 'clients.conduct.set.abusive', { client: 'ACME Ltd' }),
    );
  });
});
