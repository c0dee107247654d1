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

function praise(recipient: Person, daysAgo: number, client?: string) {
  f.ctx.db
    .insert(kudos)
    .values({
      workspaceId: workspace.id,
      giverId: gia.id,
      recipientId: recipient.id,
      clientId: client ? findOrCreateClient(f.ctx.db, workspace.id, client).id : null,
      words: 'well done',
      source: 'command',
      sourceRef: `r${++ref}`,
      createdAt: new Date(NOW.getTime() - daysAgo * DAY),
    })
    .run();
}

beforeEach(() => {
  f = openCoreFixture(NOW);
  workspace = addWorkspace(f.ctx);
  gia = addPerson(f.ctx, workspace, { name: 'Gia', platformUserId: 'UGIA' });
  ana = addPerson(f.ctx, workspace, { name: 'Ana', platformUserId: 'UANA' });
  ben = addPerson(f.ctx, workspace, { name: 'Ben', platformUserId: 'UBEN' });
  cy = addPerson(f.ctx, workspace, { name: 'Cy', platformUserId: 'UCY' });
  shy = addPerson(f.ctx, workspace, { name: 'Shy', platformUserId: 'USHY', announceOptOut: true });
  // Ana and Ben tie with 2 this week; Cy has 1; Shy, who opted out, has the most.
  praise(ana, 1, 'ACME');
  praise(ana, 2);
  praise(ben, 1, 'ACME');
  praise(ben, 3, 'Globex');
  praise(cy, 2);
  for (let i = 0; i < 5; i++) praise(shy, 1, 'ACME');
  praise(cy, 20, 'ACME');
  praise(cy, 25, 'ACME');
});
afterEach(() => f.database.close());

const names = (period: RankingPeriod, source: (typeof RANKING_SOURCES)[number]) =>
  praiseRanking(f.ctx, workspace, { period, source }).map((p) => [
    p.place,
    p.praise,
    p.people.map((m) => m.name),
  ]);

test('ties are shown together, and places count them once', () => {
  expect(names('week', 'all')).toEqual([
    [1, 2, ['Ana', 'Ben']],
    [2, 1, ['Cy']],
  ]);
  expect(names('month', 'all')).toEqual([
    [1, 3, ['Cy']],
    [2, 2, ['Ana', 'Ben']],
  ]);
});

test('clients and colleagues are ranked apart', () => {
  expect(names('week', 'clients')).toEqual([
    [1, 2, ['Ben']],
    [2, 1, ['Ana']],
  ]);
  expect(names('week', 'colleagues')).toEqual([[1, 1, ['Ana', 'Cy']]]);
});

test('people who opted out are never named, whatever is asked', () => {
  for (const period of Object.keys(RANKING_PERIODS) as RankingPeriod[]) {
    for (const source of RANKING_SOURCES) {
      const shown = plainText(topCommand(f.ctx, workspace, 'en', [period, source]));
      expect(shown).not.toContain('Shy');
    }
  }
  expect(plainText(homeFor(f.ctx, workspace, ana))).not.toContain('Shy');
});

test('`/kudos top` answers on every platform through the same command, in the person’s language', async () => {
  const ru = f.ctx.db
    .update(people)
    .set({ locale: 'ru' })
    .where(eq(people.id, ana.id))
    .returning()
    .get();
  const before = f.ctx.db.select().from(kudos).all().length;
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
  expect(f.ctx.db.select().from(kudos).all()).toHaveLength(before);
});

describe('no ranking of anything negative exists or can be requested', () => {
  test.each(['reports', 'complaints', 'abusive', 'escalations', 'worst', 'bottom', 'least'])(
    '`/kudos top %s` only explains what can be ranked',
    (word) => {
      expect(readRankingRequest([word])).toBeNull();
      expect(plainText(topCommand(f.ctx, workspace, 'en', ['week', word]))).toBe(
        t('en', 'top.usage'),
      );
    },
  );

  test('someone with reports and no praise is never ranked', () => {
    const client = findOrCreateClient(f.ctx.db, workspace.id, 'ACME');
    for (let i = 0; i < 5; i++) {
      f.ctx.db
        .insert(escalations)
        .values({
          workspaceId: workspace.id,
          reporterId: gia.id,
          clientId: client.id,
          severity: 'abusive',
          whatHappened: 'shouted',
          sourceRef: `e${i}`,
          createdAt: NOW,
        })
        .run();
    }
    for (const source of RANKING_SOURCES)
      expect(JSON.stringify(names('quarter', source))).not.toContain('Gia');
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

test('the home shows this month’s most praised', () => {
  const shown = plainText(homeFor(f.ctx, workspace, gia));
  expect(shown).toContain(t('en', 'top.title', { days: 30, source: t('en', 'top.source.all') }));
  expect(shown).toContain('1. @Cy: 3');
  expect(shown).toContain('2. @Ana and @Ben: 2');
});
