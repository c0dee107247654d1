import { written } from '../../../src/db/query';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { homeFor } from '../../../src/core/home/home';
import { plainText } from '../../../src/core/shared/message';
import {
  praiseRanking,
  RANKING_PERIODS,
  RANKING_SOURCES,
  readRankingRequest,
  topCommand,
  type RankingPeriod,
} from '../../../src/core/kudos/praise-ranking';
import { runKudosCommand } from '../../../src/core/kudos/run-kudos-command';
import { findOrCreateClient } from '../../../src/core/clients/clients';
import { escalations, kudos, people, type Person, type Workspace } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

const NOW = new Date('2025-03-10T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
let f: CoreFixture;
let workspace: Workspace;
let gia: Person;
let ana: Person;
let ben: Person;
let cy: Person;
let shy: Person;
let ref = 0;

async function praise(recipient: Person, daysAgo: number, client?: string) {
  await f.ctx.db.insert(kudos).values({
    workspaceId: workspace.id,
    giverId: gia.id,
    recipientId: recipient.id,
    clientId: client ? (await findOrCreateClient(f.ctx.db, workspace.id, client)).id : null,
    words: 'well done',
    source: 'command',
    sourceRef: `r${++ref}`,
    createdAt: new Date(NOW.getTime() - daysAgo * DAY),
  });
}

beforeEach(async () => {
  f = await openCoreFixture(NOW);
  workspace = await addWorkspace(f.ctx);
  gia = await addPerson(f.ctx, workspace, { name: 'Gia', platformUserId: 'UGIA' });
  ana = await addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
  ben = await addPerson(f.ctx, workspace, { name: 'Ben', platformUserId: 'UBEN' });
  cy = await addPerson(f.ctx, workspace, { name: 'Cy', platformUserId: 'UCY' });
  shy = await addPerson(f.ctx, workspace, {
    name: 'Shy',
    platformUserId: 'USHY',
    announceOptOut: true,
  });
  // Ana and Ben tie with 2 this week; Cy has 1; Shy, who opted out, has the most.
  await praise(ana, 1, 'ACME');
  await praise(ana, 2);
  await praise(ben, 1, 'ACME');
  await praise(ben, 3, 'Globex');
  await praise(cy, 2);
  for (let i = 0; i < 5; i++) await praise(shy, 1, 'ACME');
  await praise(cy, 20, 'ACME');
  await praise(cy, 25, 'ACME');
});
afterEach(() => f.database.close());

const names = async (period: RankingPeriod, source: (typeof RANKING_SOURCES)[number]) =>
  (await praiseRanking(f.ctx, workspace, { period, source })).map((p) => [
    p.place,
    p.praise,
    p.people.map((m) => m.name),
  ]);

test('ties are shown together, and places count them once', async () => {
  expect(await names('week', 'all')).toEqual([
    [1, 2, ['Ana', 'Ben']],
    [2, 1, ['Cy']],
  ]);
  expect(await names('month', 'all')).toEqual([
    [1, 3, ['Cy']],
    [2, 2, ['Ana', 'Ben']],
  ]);
});

test('clients and colleagues are ranked apart', async () => {
  expect(await names('week', 'clients')).toEqual([
    [1, 2, ['Ben']],
    [2, 1, ['Ana']],
  ]);
  expect(await names('week', 'colleagues')).toEqual([[1, 1, ['Ana', 'Cy']]]);
});

test('people who opted out are never named, whatever is asked', async () => {
  for (const period of Object.keys(RANKING_PERIODS) as RankingPeriod[]) {
    for (const source of RANKING_SOURCES) {
      const shown = plainText(await topCommand(f.ctx, workspace, 'en', [period, source]));
      expect(shown).not.toContain('Shy');
    }
  }
  expect(plainText(await homeFor(f.ctx, workspace, ana))).not.toContain('Shy');
});

test('`/kudos top` answers on every platform through the same command, in the person’s language', async () => {
  const ru = await written(
    f.ctx.db.update(people).set({ locale: 'ru' }).where(eq(people.id, ana.id)).returning(),
  );
  const before = (await f.ctx.db.select().from(kudos)).length;
  const outcome = await runKudosCommand(f.ctx, {
    workspace,
    actor: ru,
    text: 'top week clients',
    readMention: () => null,
    person: async () => undefined,
    showUnknown: (id) => id,
    source: 'command',
    requestKey: 'top-1',
  });
  expect('reply' in outcome && plainText(outcome.reply)).toContain(
    t('ru', 'top.title', { days: 7, source: t('ru', 'top.source.clients') }),
  );
  // Nothing was recorded: a ranking is only read.
  expect(await f.ctx.db.select().from(kudos)).toHaveLength(before);
});

describe('no ranking of anything negative exists or can be requested', () => {
  test.each(['reports', 'complaints', 'abusive', 'escalations', 'worst', 'bottom', 'least'])(
    '`/kudos top %s` only explains what can be ranked',
    async (word) => {
      expect(readRankingRequest([word])).toBeNull();
      expect(plainText(await topCommand(f.ctx, workspace, 'en', ['week', word]))).toBe(
        t('en', 'top.usage'),
      );
    },
  );

  test('someone with reports and no praise is never ranked', async () => {
    const client = await findOrCreateClient(f.ctx.db, workspace.id, 'ACME');
    for (let i = 0; i < 5; i++) {
      await f.ctx.db.insert(escalations).values({
        workspaceId: workspace.id,
        reporterId: gia.id,
        clientId: client.id,
        severity: 'abusive',
        whatHappened: 'shouted',
        sourceRef: `e${i}`,
        createdAt: NOW,
      });
    }
    for (const source of RANKING_SOURCES)
      expect(JSON.stringify(await names('quarter', source))).not.toContain('Gia');
  });

  test('the ranking reads praise only: its queries never touch reports', () => {
    const source = fs.readFileSync(
      path.join(__dirname, '../../../src/core/kudos/praise-ranking.ts'),
      'utf8',
    );
    expect(source).not.toMatch(/escalation|report_|reporter/i);
    expect(RANKING_SOURCES).toEqual(['clients', 'colleagues', 'all']);
  });
});

test('the home shows this month’s most praised', async () => {
  const shown = plainText(await homeFor(f.ctx, workspace, gia));
  expect(shown).toContain(t('en', 'top.title', { days: 30, source: t('en', 'top.source.all') }));
  expect(shown).toContain('1. @Cy: 3');
  expect(shown).toContain('2. @Ana and @Ben: 2');
});
