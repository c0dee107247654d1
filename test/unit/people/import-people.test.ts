import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { importPeople as importCsv } from '../../../src/core/people/import-people';
import { SLACK_USER_IDS } from '../../../src/slack/kit/user-ids';
import { people, type Person, type Workspace } from '../../../src/db/schema';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

let f: CoreFixture;
let workspace: Workspace;

beforeEach(async () => {
  f = await openCoreFixture();
  workspace = await addWorkspace(f.ctx);
});

afterEach(() => f.database.close());

/** The files here are a Slack workspace's, as the CLI imports them. */
const importPeople = async (ctx: CoreFixture['ctx'], into: Workspace, file: string) =>
  await importCsv(ctx, into, file, SLACK_USER_IDS);

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const HEADER = 'person,name,manager,team,timezone,locale';

const everyone = async () =>
  await f.ctx.db.select().from(people).where(eq(people.workspaceId, workspace.id));
async function byName(name: string): Promise<Person> {
  const found = (await everyone()).find((p) => p.name === name);
  if (!found) throw new Error(`${name} was not imported`);
  return found;
}

describe('importPeople', () => {
  it('creates people keyed by Slack id or email, with team, timezone, locale and manager', async () => {
    const report = await importPeople(
      f.ctx,
      workspace,
      csv(
        HEADER,
        'U0BOSS,Bea Boss,,Leads,Europe/Vilnius,lt',
        'ana@example.com,Ana Ant,U0BOSS,Support,Europe/Bucharest,ro-RO',
      ),
    );
    expect(report).toEqual({ created: 2, updated: 0, managersSet: 1, problems: [] });
    const boss = await byName('Bea Boss');
    expect(boss).toMatchObject({
      platformUserId: 'U0BOSS',
      email: null,
      team: 'Leads',
      timezone: 'Europe/Vilnius',
      locale: 'lt',
      managerId: null,
    });
    expect(await byName('Ana Ant')).toMatchObject({
      platformUserId: null,
      email: 'ana@example.com',
      team: 'Support',
      timezone: 'Europe/Bucharest',
      locale: 'ro',
      managerId: boss.id,
    });
  });

  it('accepts a manager named before their own row', async () => {
    const report = await importPeople(
      f.ctx,
      workspace,
      csv(HEADER, 'U0ANA,Ana,boss@example.com,,,', 'boss@example.com,Bea,,,,'),
    );
    expect(report.problems).toEqual([]);
    expect(report.managersSet).toBe(1);
    expect((await byName('Ana')).managerId).toBe((await byName('Bea')).id);
  });

  it('updates people already known, by Slack id or by email, instead of adding them again', async () => {
    const known = await addPerson(f.ctx, workspace, {
      name: 'Ana from Slack',
      platformUserId: 'U0ANA',
      email: 'ana@example.com',
      isAdmin: true,
    });
    const report = await importPeople(
      f.ctx,
      workspace,
      csv(HEADER, 'ANA@example.com,Ana Ant,,Support,,', 'U0ANA,,,,Europe/Vilnius,'),
    );
    expect(report).toMatchObject({ created: 0, updated: 2, problems: [] });
    expect(await everyone()).toHaveLength(1);
    expect((await everyone())[0]).toMatchObject({
      id: known.id,
      // An empty name cell keeps the name the row before gave.
      name: 'Ana Ant',
      team: 'Support',
      timezone: 'Europe/Vilnius',
      isAdmin: true,
    });
  });

  it('a second import of the same file updates and duplicates nobody', async () => {
    const file = csv(HEADER, 'U0BOSS,Bea,,,,', 'U0ANA,Ana,U0BOSS,Support,,');
    await importPeople(f.ctx, workspace, file);
    const first = await everyone();
    const again = await importPeople(f.ctx, workspace, file.replace('Support', 'Sales'));
    expect(again).toMatchObject({ created: 0, updated: 2, managersSet: 1, problems: [] });
    expect(await everyone()).toHaveLength(first.length);
    expect((await byName('Ana')).team).toBe('Sales');
    expect((await byName('Ana')).managerId).toBe((await byName('Bea')).id);
  });

  it('reports bad rows by number and reason, and imports the rest', async () => {
    const report = await importPeople(
      f.ctx,
      workspace,
      csv(
        HEADER,
        'U0OK1,Good One,,,,', // row 2
        'ana smith,Bad Id,,,,', // row 3
        'U0TZ,Bad Zone,,,Mars/Olympus,', // row 4
        'U0FR,Bad Locale,,,,fr', // row 5
        'U0LONE,Lone,U0NOBODY,,,', // row 6
        'U0NONAME,,,,,', // row 7
        'U0OK2,Good Two,U0OK1,,,', // row 8
      ),
    );
    expect([...report.problems].sort((a, b) => a.row - b.row)).toEqual([
      { row: 3, reason: expect.stringContaining('"ana smith"') },
      { row: 4, reason: expect.stringContaining('"Mars/Olympus"') },
      { row: 5, reason: expect.stringContaining('"fr"') },
      { row: 6, reason: expect.stringContaining('"U0NOBODY" not found') },
      { row: 7, reason: 'name is empty' },
    ]);
    expect(report.created).toBe(3);
    expect((await everyone()).map((p) => p.name).sort()).toEqual(['Good One', 'Good Two', 'Lone']);
    // A missing manager leaves the person imported, without a manager.
    expect((await byName('Lone')).managerId).toBeNull();
    expect((await byName('Good Two')).managerId).toBe((await byName('Good One')).id);
    expect(report.managersSet).toBe(1);
  });

  it('numbers rows as lines of the file, blank lines included', async () => {
    const report = await importPeople(
      f.ctx,
      workspace,
      'person,name\n\nU0ANA,Ana\n\n\nnobody,Bad\n',
    );
    expect(report.created).toBe(1);
    expect(report.problems).toEqual([{ row: 6, reason: expect.stringContaining('"nobody"') }]);
  });

  it('refuses a manager loop and a person as their own manager', async () => {
    const report = await importPeople(
      f.ctx,
      workspace,
      csv(HEADER, 'U0ANA,Ana,U0BEN,,,', 'U0BEN,Ben,U0ANA,,,', 'U0CY,Cy,U0CY,,,'),
    );
    expect(report.managersSet).toBe(1);
    expect(report.problems).toEqual([
      { row: 3, reason: expect.stringContaining('loop') },
      { row: 4, reason: 'a person cannot be their own manager' },
    ]);
    expect((await byName('Ana')).managerId).toBe((await byName('Ben')).id);
    expect((await byName('Ben')).managerId).toBeNull();
    expect((await byName('Cy')).managerId).toBeNull();
  });

  it('reports a file without a person column and imports nothing', async () => {
    const report = await importPeople(f.ctx, workspace, csv('name,team', 'Ana,Support'));
    expect(report.created).toBe(0);
    expect(report.problems).toEqual([
      { row: 1, reason: expect.stringContaining('no person column') },
    ]);
    expect(await everyone()).toHaveLength(0);
  });

  it('reads other header names, any case, in any order, with a BOM', async () => {
    const report = await importPeople(
      f.ctx,
      workspace,
      `\uFEFFFull Name,Team,Email\r\nAna Ant,Support,ana@example.com\r\n`,
    );
    expect(report).toMatchObject({ created: 1, problems: [] });
    expect(await byName('Ana Ant')).toMatchObject({ email: 'ana@example.com', team: 'Support' });
  });

  it('reads quoted cells with commas', async () => {
    await importPeople(f.ctx, workspace, csv(HEADER, 'U0ANA,"Ant, Ana",,"Support, EU",,'));
    expect((await byName('Ant, Ana')).team).toBe('Support, EU');
  });

  it('only touches the workspace it is given', async () => {
    const other = await addWorkspace(f.ctx);
    const theirs = await addPerson(f.ctx, other, { name: 'Their Ana', platformUserId: 'U0ANA' });
    const report = await importPeople(f.ctx, workspace, csv(HEADER, 'U0ANA,Our Ana,,,,'));
    expect(report.created).toBe(1);
    expect(
      (await first(f.ctx.db.select().from(people).where(eq(people.id, theirs.id))))!.name,
    ).toBe('Their Ana');
  });

  it('reports a file that is not CSV', async () => {
    const report = await importPeople(f.ctx, workspace, 'person,name\n"U0ANA,Ana\n');
    expect(report.created).toBe(0);
    expect(report.problems).toEqual([{ row: 0, reason: expect.stringContaining('not readable') }]);
  });

  it('still reads a "slack_id" header as the person column', async () => {
    const report = await importPeople(f.ctx, workspace, csv('slack_id,name', 'U0ANA,Ana'));
    expect(report).toMatchObject({ created: 1, problems: [] });
    expect((await byName('Ana')).platformUserId).toBe('U0ANA');
  });

  it('reads people as emails only when no platform ids are given', async () => {
    const report = await importCsv(
      f.ctx,
      workspace,
      csv('person,name', 'U0ANA,Ana', 'bo@example.com,Bo'),
    );
    expect(report.created).toBe(1);
    expect(report.problems).toEqual([{ row: 2, reason: 'person "U0ANA" is not an email' }]);
    expect(
      (await importCsv(f.ctx, workspace, csv('slack_id,name', 'cy@example.com,Cy'))).problems,
    ).toEqual([{ row: 1, reason: expect.stringContaining('no person column') }]);
  });

  it("takes the platform's ids and header names as the caller gives them", async () => {
    const teamsIds = {
      headers: ['aad'],
      isUserId: (v: string) => v.startsWith('29:'),
      described: 'x',
    };
    const report = await importCsv(
      f.ctx,
      workspace,
      csv('aad,name,manager', '29:ana,Ana,29:bo', '29:bo,Bo,'),
      teamsIds,
    );
    expect(report).toMatchObject({ created: 2, managersSet: 1, problems: [] });
    expect((await byName('Ana')).managerId).toBe((await byName('Bo')).id);
  });
});
