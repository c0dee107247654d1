import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientForEmail } from '../../../src/core/clients';
import { buildManagerDigest, buildWeeklySummary, queueDueDigests } from '../../../src/core/digests';
import { reportStatus } from '../../../src/core/escalation/status';
import { homeFor } from '../../../src/core/home';
import { exportKudos, giveKudos } from '../../../src/core/kudos';
import type { CoreContext } from '../../../src/core/shared';
import { connectPostgres, openDatabase, type Database } from '../../../src/db/database';
import { inTransaction, transaction } from '../../../src/db/query';
import {
  type Client,
  kudos,
  outbox,
  people,
  processedEvents,
  workspaces,
} from '../../../src/db/schema';
import { createLogger } from '../../../src/log';
import { addWorkspace } from '../../support/core-fixture';
import { startPostgres, type TestPostgres } from '../../support/postgres';
import { seedWorkspace } from '../../support/seeded-workspace';

/*
 * The same queries on both engines: what SQLite guarantees (and shows), PostgreSQL must too.
 */

let postgres: TestPostgres;
let dir: string;
beforeAll(async () => {
  postgres = await startPostgres();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-engines-'));
});
afterAll(async () => {
  await postgres?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const NOW = new Date('2025-03-10T12:00:00.000Z');
let opened = 0;
const ENGINES = {
  sqlite: async () => openDatabase(path.join(dir, `frontline-${++opened}.db`)),
  postgres: async () => connectPostgres(await postgres.newDatabase()),
};

async function withEngine<T>(
  engine: keyof typeof ENGINES,
  use: (ctx: CoreContext, database: Database) => Promise<T>,
): Promise<T> {
  const database = await ENGINES[engine]();
  const ctx: CoreContext = { db: database.db, now: () => NOW, log: createLogger('silent') };
  try {
    return await use(ctx, database);
  } finally {
    await database.close();
  }
}

describe.each(Object.keys(ENGINES) as (keyof typeof ENGINES)[])('on %s', (engine) => {
  test('a transaction that fails keeps none of its writes; a failed savepoint only its own', async () => {
    await withEngine(engine, async (ctx) => {
      const failing = inTransaction(ctx, async (ctx) => {
        await ctx.db.insert(workspaces).values({ platform: 'slack', externalId: 'TGONE' });
        throw new Error('half way');
      });
      await expect(failing).rejects.toThrow('half way');
      await transaction(ctx.db, async (tx) => {
        await tx.insert(workspaces).values({ platform: 'slack', externalId: 'TKEPT' });
        const inner = transaction(tx, async (tx) => {
          await tx.insert(workspaces).values({ platform: 'slack', externalId: 'TINNER' });
          // The same workspace again: the unique index refuses it.
          await tx.insert(workspaces).values({ platform: 'slack', externalId: 'TINNER' });
        });
        const refused: unknown = await inner.catch((err: unknown) => err);
        expect(String((refused as { cause?: unknown }).cause ?? refused)).toMatch(/unique/i);
      });
      const kept = (await ctx.db.select().from(workspaces)).map((w) => w.externalId);
      expect(kept).toEqual(['TKEPT']);
    });
  });

  test('one request delivered twice at once is recorded once', async () => {
    await withEngine(engine, async (ctx) => {
      const workspace = await addWorkspace(ctx);
      const { ana, ben } = await seedWorkspace(ctx, workspace);
      const before = (await ctx.db.select().from(kudos)).length;
      const request = {
        workspace,
        giver: ana,
        recipients: [ben],
        words: 'Ben calmed the caller down',
        values: [],
        source: 'command' as const,
        requestKey: 'retried-request',
        channel: 'C1',
      };
      const answers = await Promise.all([giveKudos(ctx, request), giveKudos(ctx, request)]);
      expect(answers.map((a) => a.ok && a.duplicate).sort()).toEqual([false, true]);
      expect(await ctx.db.select().from(kudos)).toHaveLength(before + 1);
      const keys = (await ctx.db.select().from(processedEvents)).map((e) => e.key);
      expect(keys.filter((k) => k.endsWith(':retried-request'))).toHaveLength(1);
    });
  });
});

/** What the seeded company is shown: homes, digests, the summary, status, the export. */
async function everythingShown(ctx: CoreContext) {
  const workspace = await addWorkspace(ctx, { summaryChannel: 'CSUMMARY' });
  await seedWorkspace(ctx, workspace);
  // An account's createdAt is the database's own clock: the rest must match.
  const account = async (sender: { name: string; domain: string }) => {
    const client: Partial<Client> = await clientForEmail(ctx.db, workspace.id, sender);
    delete client.createdAt;
    return client;
  };
  const shown: unknown[] = [
    await buildWeeklySummary(ctx, workspace, NOW),
    await exportKudos(ctx, { workspaceId: workspace.id }),
    await account({ name: 'Initech', domain: 'initech.example' }),
    // Known by its domain now: the same account, not a new one.
    await account({ name: 'Someone', domain: 'initech.example' }),
  ];
  const since = new Date(NOW.getTime() - 7 * 86_400_000);
  for (const person of await ctx.db.select().from(people)) {
    const admin = { ...person, isAdmin: true };
    shown.push(await homeFor(ctx, workspace, person));
    shown.push(await homeFor(ctx, workspace, admin));
    shown.push(await reportStatus(ctx, workspace, person));
    shown.push(await buildManagerDigest(ctx, workspace, person, since, NOW));
  }
  shown.push(await queueDueDigests(ctx, { force: true }));
  const queued = await ctx.db.select().from(outbox);
  shown.push(
    queued.map(({ key, targetKind, target, message }) => [key, targetKind, target, message]),
  );
  return JSON.parse(JSON.stringify(shown)) as unknown[];
}

test('PostgreSQL shows the seeded company exactly what SQLite shows', async () => {
  const onSqlite = await withEngine('sqlite', everythingShown);
  const onPostgres = await withEngine('postgres', everythingShown);
  // Something to compare: homes, digests and a summary with names and words in them.
  expect(JSON.stringify(onSqlite)).toContain('Ana untangled our invoices');
  expect(onPostgres).toEqual(onSqlite);
});
