import { written } from '../../src/db/query';
import { connectDatabase } from '../../src/db/database';
import { kudos, people, workspaces } from '../../src/db/schema';

/**
 * Four days ago is always before the latest working-day 09:00 and within the week before it:
 * a digest is due now for praise given then. The real clock: the mock Slack's is real too.
 */
const PRAISED_AT = () => new Date(Date.now() - 4 * 24 * 3_600_000);

/**
 * Seeds workspace T1 (in the SQLite file or PostgreSQL database `target`) with `managers` managers (UM0…), each with one report (UR0…) praised four
 * days ago: as Frontline starts, every manager's digest is due, a batch to send at once.
 */
export async function seedDueDigests(target: string, managers: number): Promise<void> {
  const seeded = await connectDatabase(target);
  const ws = await written(
    seeded.db.insert(workspaces).values({ platform: 'slack', externalId: 'T1' }).returning(),
  );
  const person = async (id: string, managerId?: number) =>
    await written(
      seeded.db
        .insert(people)
        .values({ workspaceId: ws.id, platformUserId: id, name: id, timezone: 'UTC', managerId })
        .returning(),
    );
  for (let i = 0; i < managers; i++) {
    const manager = await person(`UM${i}`);
    const report = await person(`UR${i}`, manager.id);
    await seeded.db.insert(kudos).values({
      workspaceId: ws.id,
      giverId: manager.id,
      recipientId: report.id,
      words: `UR${i} turned a hard call around`,
      source: 'command',
      sourceRef: `seed-${i}`,
      createdAt: PRAISED_AT(),
    });
  }
  await seeded.close();
}
