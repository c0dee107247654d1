import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { exportKudos, kudosCsv, type ExportedKudos } from '../../../src/core/kudos/export-kudos';
import { giveKudos, type GiveKudosInput } from '../../../src/core/kudos/give-kudos';
import { kudos, type Person, type Workspace } from '../../../src/db/schema';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

let f: CoreFixture;
let workspace: Workspace;
let giver: Person;
let ana: Person;

beforeEach(async () => {
  f = await openCoreFixture(new Date('2025-03-01T09:00:00.000Z'));
  workspace = await addWorkspace(f.ctx);
  giver = await addPerson(f.ctx, workspace, { name: 'Gina', platformUserId: 'UGINA' });
  ana = await addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
});

afterEach(() => f.database.close());

let requests = 0;
async function give(overrides: Partial<GiveKudosInput> = {}) {
  const result = await giveKudos(f.ctx, {
    workspace,
    giver,
    recipients: [ana],
    words: 'Thank you for the quick answer',
    values: [],
    source: 'command',
    requestKey: `export-${++requests}`,
    ...overrides,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.kudos;
}

describe('exportKudos', () => {
  it('exports each kudos with names, ids, client, values and times', async () => {
    const [row] = await give({ clientName: 'ACME Ltd', values: ['care', 'speed'], source: 'form' });
    const thankedAt = new Date('2025-03-02T10:00:00.000Z');
    await f.ctx.db.update(kudos).set({ thankedAt }).where(eq(kudos.id, row!.id));

    expect(await exportKudos(f.ctx)).toEqual([
      {
        id: row!.id,
        createdAt: '2025-03-01T09:00:00.000Z',
        giver: 'Gina',
        giverId: 'UGINA',
        recipient: 'Ana',
        recipientId: 'UANA',
        client: 'ACME Ltd',
        words: 'Thank you for the quick answer',
        values: ['care', 'speed'],
        source: 'form',
        thankedAt: '2025-03-02T10:00:00.000Z',
      },
    ]);
  });

  it('gives null for no client, no platform id and not yet thanked', async () => {
    const imported = await addPerson(f.ctx, workspace, { name: 'Ivy', email: 'ivy@example.com' });
    await give({ recipients: [imported] });
    expect((await exportKudos(f.ctx))[0]).toMatchObject({
      recipient: 'Ivy',
      recipientId: null,
      client: null,
      thankedAt: null,
    });
  });

  it('keeps only kudos given at or after `since`', async () => {
    f.clock.now = new Date('2025-03-01T00:00:00.000Z');
    await give({ words: 'before the cut-off date' });
    f.clock.now = new Date('2025-03-05T00:00:00.000Z');
    await give({ words: 'exactly on the cut-off' });
    f.clock.now = new Date('2025-03-06T00:00:00.000Z');
    await give({ words: 'after the cut-off date' });

    const since = new Date('2025-03-05T00:00:00.000Z');
    expect((await exportKudos(f.ctx, { since })).map((k) => k.words)).toEqual([
      'exactly on the cut-off',
      'after the cut-off date',
    ]);
    expect(await exportKudos(f.ctx)).toHaveLength(3);
  });

  it('keeps only the workspace asked for', async () => {
    const other = await addWorkspace(f.ctx);
    const otherGiver = await addPerson(f.ctx, other, { name: 'Oz', platformUserId: 'UOZ' });
    const otherAna = await addPerson(f.ctx, other, { name: 'Other Ana', platformUserId: 'UANA' });
    await give({ words: 'in our workspace, thanks' });
    await give({
      workspace: other,
      giver: otherGiver,
      recipients: [otherAna],
      words: 'in the other workspace',
    });

    expect((await exportKudos(f.ctx, { workspaceId: workspace.id })).map((k) => k.words)).toEqual([
      'in our workspace, thanks',
    ]);
    expect((await exportKudos(f.ctx, { workspaceId: other.id })).map((k) => k.giver)).toEqual([
      'Oz',
    ]);
    expect(await exportKudos(f.ctx)).toHaveLength(2);
  });

  it('lists kudos in the order they were given', async () => {
    const ben = await addPerson(f.ctx, workspace, { name: 'Ben', platformUserId: 'UBEN' });
    await give({ recipients: [ana, ben] });
    await give({ recipients: [ben] });
    const ids = (await exportKudos(f.ctx)).map((k) => k.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect((await exportKudos(f.ctx)).map((k) => k.recipient)).toEqual(['Ana', 'Ben', 'Ben']);
  });
});

describe('kudosCsv', () => {
  const row = (overrides: Partial<ExportedKudos> = {}): ExportedKudos => ({
    id: 1,
    createdAt: '2025-03-01T09:00:00.000Z',
    giver: 'Gina',
    giverId: 'UGINA',
    recipient: 'Ana',
    recipientId: 'UANA',
    client: null,
    words: 'Thank you',
    values: [],
    source: 'command',
    thankedAt: null,
    ...overrides,
  });
  const readBack = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

  it('writes a header and CRLF lines', () => {
    const csv = kudosCsv([row()]);
    expect(csv).toBe(
      'id,createdAt,giver,giverId,recipient,recipientId,client,words,values,source,thankedAt\r\n' +
        '1,2025-03-01T09:00:00.000Z,Gina,UGINA,Ana,UANA,,Thank you,,command,\r\n',
    );
  });

  it('writes only the header when there is nothing to export', () => {
    expect(kudosCsv([]).split('\r\n')).toEqual([
      'id,createdAt,giver,giverId,recipient,recipientId,client,words,values,source,thankedAt',
      '',
    ]);
  });

  it('quotes cells with commas, quotes and new lines so they read back unchanged', () => {
    const words = 'She said "wow", twice,\nthen\r\nsigned the renewal';
    const csv = kudosCsv([row({ words, client: 'ACME, Ltd', values: ['care', 'speed'] })]);
    expect(csv).toContain('"She said ""wow"", twice,\nthen\r\nsigned the renewal"');
    const [back] = readBack(csv);
    expect(back).toMatchObject({ words, client: 'ACME, Ltd', values: 'care speed' });
  });

  it.each([
    '=HYPERLINK("http://evil.example","click")',
    '+1 555 0100',
    '-2+3',
    '@SUM(A1:A2)',
    '\t=1',
  ])('neutralises a cell that would run as a formula: %j', (words) => {
    const [back] = readBack(kudosCsv([row({ words, recipient: words })]));
    expect(back!.words).toBe(`'${words}`);
    expect(back!.recipient).toBe(`'${words}`);
  });

  it('leaves a formula sign that is not first alone', () => {
    const [back] = readBack(kudosCsv([row({ words: 'a = b + c - d @ e' })]));
    expect(back!.words).toBe('a = b + c - d @ e');
  });
});
