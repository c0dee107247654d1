import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { giveKudos } from '../../../src/core/kudos/give-kudos';
import { adminsOverview } from '../../../src/core/home/admins-overview';
import { buildHome, homeFor } from '../../../src/core/home/home';
import {
  changeSettingFromHome,
  homeClicked,
  HOME_SETTING_FORM_ID,
} from '../../../src/core/home/home-actions';
import { managersDesk, UNRECOGNISED_DAYS } from '../../../src/core/home/managers-desk';
import { myWall, sparkline, WALL_PAGE } from '../../../src/core/home/my-wall';
import { importPeople } from '../../../src/core/people/import-people';
import { plainText } from '../../../src/core/shared/message';
import { reportAbuse } from '../../../src/core/escalation/report';
import { acknowledgeReport } from '../../../src/core/escalation/steps/acknowledge';
import { sendThanks } from '../../../src/core/kudos/send-thanks';
import {
  escalations,
  kudos,
  outbox,
  people,
  workspaces,
  type Workspace,
} from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { seedWorkspace, type Seeded } from '../../support/seeded-workspace';
import { addWorkspace, openCoreFixture, type CoreFixture } from '../../support/core-fixture';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
let f: CoreFixture;
let workspace: Workspace;
let s: Seeded;

beforeEach(async () => {
  f = await openCoreFixture(NOW);
  workspace = await addWorkspace(f.ctx);
  s = await seedWorkspace(f.ctx, workspace);
});
afterEach(() => f.database.close());

const reload = async <T extends { id: number }>(person: T) =>
  (await first(f.ctx.db.select().from(people).where(eq(people.id, person.id))))!;
const addKudos = async (recipientId: number, at: Date, words = `praise at ${at.toISOString()}`) =>
  await f.ctx.db.insert(kudos).values({
    workspaceId: workspace.id,
    giverId: s.gia.id,
    recipientId,
    words,
    source: 'command',
    sourceRef: `t-${at.getTime()}-${words}`,
    createdAt: at,
  });

describe('my wall', () => {
  test('shows praise newest first: the client’s words verbatim with its name, who passed it on, values, the thanks', async () => {
    const wall = await myWall(f.ctx, workspace, s.ana);
    expect(wall.items.map((i) => i.words)).toEqual([
      'Ana untangled our invoices in one call.',
      'Thanks for covering my shift',
    ]);
    expect(wall.items[0]).toMatchObject({
      client: 'Initech',
      giver: { name: 'Gia' },
      values: ['care'],
    });
    expect(wall.items[0]!.thanks).toBeNull();
    expect(wall.items[1]!.thanks).toEqual({
      by: { name: 'Max', platformUserId: 'UMAX' },
      note: 'Proud of you, Ana.',
    });
    const rendered = plainText(await homeFor(f.ctx, workspace, s.ana));
    expect(rendered).toContain('> Ana untangled our invoices in one call.\n— Initech');
    expect(rendered).toContain('Proud of you, Ana.');
  });

  test('pages with "older" without repeating or skipping, even with equal times', async () => {
    const at = new Date(NOW.getTime() - 10 * HOUR);
    for (let i = 0; i < WALL_PAGE + 3; i++) await addKudos(s.ben.id, at, `same time ${i}`);
    const first = await myWall(f.ctx, workspace, s.ben);
    expect(first.items).toHaveLength(WALL_PAGE);
    expect(first.older).not.toBeNull();
    const second = await myWall(f.ctx, workspace, s.ben, first.older!);
    expect(second.paged).toBe(true);
    const all = [...first.items, ...second.items].map((i) => i.kudosId);
    expect(new Set(all).size).toBe(WALL_PAGE + 4);
    expect(second.older).toBeNull();
    // A forged cursor is the first page, not an error.
    expect((await myWall(f.ctx, workspace, s.ben, 'DROP TABLE')).items).toHaveLength(WALL_PAGE);
  });

  test('counts this month, quarter and year, and draws the last 12 weeks', async () => {
    await addKudos(s.cy.id, new Date('2025-03-03T10:00:00Z')); // this month, last week
    await addKudos(s.cy.id, new Date('2025-03-09T10:00:00Z')); // this month, this week
    await addKudos(s.cy.id, new Date('2025-03-09T11:00:00Z'));
    await addKudos(s.cy.id, new Date('2025-02-02T10:00:00Z')); // this quarter
    await addKudos(s.cy.id, new Date('2024-12-20T10:00:00Z')); // last year, 11 weeks ago
    const wall = await myWall(f.ctx, workspace, s.cy);
    expect(wall.totals).toEqual({ month: 3, quarter: 4, year: 4 });
    expect(wall.weekly).toHaveLength(12);
    expect(wall.weekly[11]).toBe(2);
    expect(wall.weekly[10]).toBe(1);
    expect(wall.weekly[0]).toBe(1);
    expect(wall.weekly.reduce((a, b) => a + b)).toBe(5);
  });

  test('the sparkline is ▁ for a quiet week and █ for the busiest', () => {
    expect(sparkline([0, 1, 2, 4, 8])).toBe('▁▂▃▅█');
    expect(sparkline([0, 0])).toBe('▁▁');
  });

  test('lists my own open reports only, with where they stand', async () => {
    expect((await myWall(f.ctx, workspace, s.ana)).openReports.map((r) => r.client)).toEqual([
      'ACME Hardware',
      'ACME Hardware',
    ]);
    expect((await myWall(f.ctx, workspace, s.ben)).openReports).toEqual([]);
    expect(plainText(await homeFor(f.ctx, workspace, s.ben))).not.toContain('ACME Hardware');
  });

  test('shows my own settings, and changes them from the buttons', async () => {
    expect((await myWall(f.ctx, workspace, s.ana)).settings).toEqual({
      announce: true,
      digest: null,
      locale: 'en',
    });
    expect((await homeClicked(f.ctx, workspace, s.ana, 'home-announce:off', 'off')).kind).toBe(
      'changed',
    );
    const language = await homeClicked(f.ctx, workspace, s.ana, 'home-language:ru', 'ru');
    expect(language.kind === 'changed' && plainText(language.reply)).toContain('Русский');
    const ana = await reload(s.ana);
    expect(ana).toMatchObject({ announceOptOut: true, locale: 'ru' });
    expect(plainText(await homeFor(f.ctx, workspace, ana))).toContain(
      t('ru', 'home.wall.title').toUpperCase(),
    );
    expect((await homeClicked(f.ctx, workspace, s.ana, 'home-language:xx', 'xx')).kind).toBe(
      'unknown',
    );
  });
});

describe("the manager's desk", () => {
  test('is there only for someone with people or reports to act on', async () => {
    expect(await managersDesk(f.ctx, s.ana)).toBeNull();
    expect(await managersDesk(f.ctx, s.max)).not.toBeNull();
  });

  test('lists praise waiting for thanks, reports overdue first with their step buttons, and my median time to thank', async () => {
    const desk = (await managersDesk(f.ctx, s.max))!;
    expect(desk.waiting.map((w) => w.kudos.words)).toEqual([
      'Ben fixed the printer',
      'Ana untangled our invoices in one call.',
    ]);
    expect(desk.reports.map((r) => r.overdue)).toEqual([true, true]);
    expect(desk.medianThankHours).toBe(10);
    const rendered = await homeFor(f.ctx, workspace, s.max);
    const buttons = rendered.parts.flatMap((p) => (p.type === 'buttons' ? p.buttons : []));
    expect(buttons.filter((b) => b.action === 'escalation-acknowledge')).toHaveLength(2);
    expect(buttons.filter((b) => b.action === 'send-thanks').map((b) => b.value)).toHaveLength(2);
    // The median is mine only: Dora, who thanked nobody, sees none.
    expect((await managersDesk(f.ctx, s.dora))!.medianThankHours).toBeNull();
  });

  test('shows heroes in my team, and two levels down only to a manager of managers', async () => {
    const max = (await managersDesk(f.ctx, s.max))!;
    expect(max.heroes.map((h) => h.person.name)).toEqual(['Ana']);
    expect(max.heroesTwoDown).toBeNull();
    const dora = (await managersDesk(f.ctx, s.dora))!;
    expect(dora.heroesTwoDown!.map((h) => [h.person.name, h.via?.name])).toEqual([
      ['Ana', 'Max'],
      ['Eve', 'Nia'],
    ]);
  });

  test('names people not recognised for a long time, to their manager alone', async () => {
    const desk = (await managersDesk(f.ctx, s.max))!;
    expect(desk.unrecognised.map((u) => [u.person.name, u.days])).toEqual([
      ['Gia', null],
      ['Ben', 60],
    ]);
    expect(60).toBeGreaterThan(UNRECOGNISED_DAYS);
    const line = '@Ben: no praise for 60 days';
    expect(plainText(await homeFor(f.ctx, workspace, s.max))).toContain(line);
    for (const other of [s.ben, s.gia, s.dora, s.ada, s.ana, s.nia]) {
      expect(plainText(await homeFor(f.ctx, workspace, other))).not.toContain(line);
    }
  });
});

describe("the admin's overview", () => {
  test('is for admins only', async () => {
    expect((await buildHome(f.ctx, workspace, s.ada)).overview).not.toBeNull();
    expect((await buildHome(f.ctx, workspace, s.dora)).overview).toBeNull();
  });

  test('shows settings, people with no manager and the last import', async () => {
    await importPeople(f.ctx, workspace, 'person,name\nnew@example.com,New Person\nbad,Nobody\n');
    const overview = await adminsOverview(f.ctx, workspace);
    expect(overview.withoutManager.shown.map((p) => p.name)).toEqual(['Cy', 'New Person']);
    expect(overview.lastImport).toMatchObject({ kind: 'people', rows: 1, problems: 1 });
    const rendered = plainText(await homeFor(f.ctx, workspace, s.ada));
    expect(rendered).toContain(`${t('en', 'home.setting.checkin')}: 3`);
  });

  test('counts kudos by team per week, client praise against reports, difficult clients and causes', async () => {
    const o = await adminsOverview(f.ctx, workspace);
    const support = o.kudosByTeam.find((r) => r.team === 'Support')!;
    expect(support.received).toEqual([0, 0, 0, 2]);
    expect(support.given).toEqual([0, 0, 0, 3]);
    expect(o.praiseAndReportsByTeam).toEqual([
      { team: 'Support', clientPraise: 1, reports: 2 },
      { team: 'Accounts', clientPraise: 1, reports: 1 },
    ]);
    expect(o.difficultClients).toEqual([
      {
        name: 'ACME Hardware',
        reports: 2,
        compliments: 0,
        yearlyValue: 120000,
        yearlyServiceCost: 90000,
      },
    ]);
    expect(o.reportsByCause).toEqual([{ cause: 'delay', reports: 3 }]);
  });

  test('no aggregate names a reporter or quotes a report', async () => {
    const home = await homeFor(f.ctx, workspace, s.ada);
    const heading = t('en', 'home.overview.title');
    const overview = plainText({
      parts: home.parts.slice(
        home.parts.findIndex((p) => p.type === 'heading' && p.text === heading),
      ),
    });
    expect(overview).toContain('ACME Hardware: 2 reports');
    for (const secret of Object.values(s.secrets)) expect(overview).not.toContain(secret);
    expect(overview).not.toMatch(/\bAna\b|\bEve\b/);
  });

  test('each setting has a button opening a form; the form changes it as its command would', async () => {
    const click = await homeClicked(f.ctx, workspace, s.ada, 'home-setting:limit', 'limit');
    expect(click.kind === 'form' && click.form.id).toBe(HOME_SETTING_FORM_ID);
    expect((await homeClicked(f.ctx, workspace, s.max, 'home-setting:limit', 'limit')).kind).toBe(
      'changed',
    );
    await changeSettingFromHome(f.ctx, workspace, s.ada, 'limit', '5');
    await changeSettingFromHome(f.ctx, workspace, s.ada, 'channel', '<#CKUDOS|kudos>');
    await changeSettingFromHome(f.ctx, workspace, s.ada, 'digest', 'weekly');
    await changeSettingFromHome(f.ctx, workspace, s.ada, 'checkin', '5');
    const w = (await first(
      f.ctx.db.select().from(workspaces).where(eq(workspaces.id, workspace.id)),
    ))!;
    expect(w).toMatchObject({
      kudosDailyLimit: 5,
      kudosChannel: 'CKUDOS',
      digestDefault: 'weekly',
      checkInDays: 5,
    });
    // A manager is not an admin: nothing changes.
    await changeSettingFromHome(f.ctx, workspace, s.max, 'limit', '9');
    expect(
      (await first(f.ctx.db.select().from(workspaces).where(eq(workspaces.id, workspace.id))))!
        .kudosDailyLimit,
    ).toBe(5);
  });
});

describe('refreshing homes', () => {
  const homeRows = async () =>
    (await f.ctx.db.select().from(outbox)).filter((r) => r.targetKind === 'home');

  test('a kudos refreshes the recipient’s wall and their manager’s desk, once per window', async () => {
    const give = async (key: string) =>
      await giveKudos(f.ctx, {
        workspace,
        giver: s.gia,
        recipients: [s.ana],
        words: 'Great save on the ACME call today',
        values: [],
        source: 'command',
        requestKey: key,
      });
    expect((await give('a')).ok).toBe(true);
    expect((await give('b')).ok).toBe(true);
    expect((await homeRows()).map((r) => Number(r.target)).sort()).toEqual(
      [s.max.id, s.ana.id].sort(),
    );
    expect((await homeRows()).every((r) => r.nextAttemptAt > NOW)).toBe(true);
    f.clock.now = new Date(NOW.getTime() + 60_000);
    await give('c');
    expect(await homeRows()).toHaveLength(4);
  });

  test('thanks and report steps refresh the homes they change', async () => {
    const ben = (await first(
      f.ctx.db.select().from(kudos).where(eq(kudos.recipientId, s.ben.id)),
    ))!;
    await sendThanks(f.ctx, {
      workspace,
      actor: s.max,
      kudosId: ben.id,
      note: 'Thank you, Ben',
      requestKey: 'x',
    });
    expect((await homeRows()).map((r) => Number(r.target)).sort()).toEqual(
      [s.max.id, s.ben.id].sort(),
    );
    f.clock.now = new Date(NOW.getTime() + 60_000);
    const report = (await first(
      f.ctx.db.select().from(escalations).where(eq(escalations.reporterId, s.eve.id)),
    ))!;
    expect(
      (await acknowledgeReport(f.ctx, { workspace, actor: s.nia, escalationId: report.id })).ok,
    ).toBe(true);
    expect(
      (await homeRows())
        .slice(2)
        .map((r) => Number(r.target))
        .sort(),
    ).toEqual([s.nia.id, s.eve.id].sort());
  });
});

test('the report form asks what provoked the client, and the answer is kept', async () => {
  const result = await reportAbuse(f.ctx, {
    workspace,
    reporter: s.ben,
    values: {
      client: 'Umbrella',
      what: 'They mocked Ben for the late delivery.',
      severity: 'concerning',
      cause: 'price',
    },
    requestKey: 'cause-1',
  });
  expect(result.ok && result.escalation.cause).toBe('price');
  const unknown = await reportAbuse(f.ctx, {
    workspace,
    reporter: s.ben,
    values: {
      client: 'Umbrella',
      what: 'They mocked Ben again on the phone.',
      severity: 'concerning',
      cause: 'weather',
    },
    requestKey: 'cause-2',
  });
  expect(unknown.ok && unknown.escalation.cause).toBeNull();
});
