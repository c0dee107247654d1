import { Client } from 'pg';
import { enqueueDelivery } from '../../../src/core/delivery/deliveries';
import { text } from '../../../src/core/shared/message';
import { connectPostgres, type Database } from '../../../src/db/database';
import { written } from '../../../src/db/query';
import { outbox, people, workspaces } from '../../../src/db/schema';
import { OutboxWorker, type Sender } from '../../../src/jobs/outbox';
import { createLogger } from '../../../src/log';
import { startPostgres, type TestPostgres } from '../../support/postgres';

/*
 * On PostgreSQL a replica claims an outbox row with FOR UPDATE SKIP LOCKED: a row another
 * replica holds is passed over at once, neither waited for nor sent twice.
 */

let postgres: TestPostgres;
let database: Database;
let url: string;
beforeAll(async () => {
  postgres = await startPostgres();
  url = await postgres.newDatabase();
  database = await connectPostgres(url);
});
afterAll(async () => {
  await database?.close();
  await postgres?.stop();
});

const NOW = new Date('2025-03-10T12:00:00.000Z');

async function queueOne(): Promise<void> {
  const ws = await written(
    database.db.insert(workspaces).values({ platform: 'slack', externalId: 'T1' }).returning(),
  );
  const ana = await written(
    database.db
      .insert(people)
      .values({ workspaceId: ws.id, platformUserId: 'UANA', name: 'Ana' })
      .returning(),
  );
  await enqueueDelivery(
    database.db,
    {
      workspaceId: ws.id,
      key: 'digest:ana',
      to: { kind: 'person', personId: ana.id },
      message: { parts: [text('your digest')] },
    },
    NOW,
  );
}

test('a row another replica is claiming is passed over at once, then sent once it is free', async () => {
  await queueOne();
  const sent: string[] = [];
  const slack: Sender = { send: async (_ws, _to, _message, key) => void sent.push(key) };
  const ctx = { db: database.db, now: () => NOW, log: createLogger('silent') };
  const worker = new OutboxWorker(ctx, { slack });

  // Another replica's transaction holds the row, as in the middle of its own claim.
  const other = new Client({ connectionString: url });
  await other.connect();
  await other.query('BEGIN');
  await other.query('SELECT id FROM outbox FOR UPDATE');
  try {
    const waited = new Promise<'waited'>((resolve) => setTimeout(resolve, 5000, 'waited'));
    expect(await Promise.race([worker.drain().then(() => 'passed over'), waited])).toBe(
      'passed over',
    );
    expect(sent).toEqual([]);
  } finally {
    await other.query('ROLLBACK');
    await other.end();
  }

  await worker.drain();
  expect(sent).toEqual(['digest:ana']);
  const [row] = await database.db.select().from(outbox);
  expect(row).toMatchObject({ status: 'sent', attempts: 1 });
});
