import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../../../src/db/database';
import { people } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import { createLogger } from '../../../src/log';
import { typeIntoShell } from '../../support/shell-session';

let database: Database;
beforeEach(() => (database = openDatabase(':memory:')));
afterEach(() => database.close());

const session = (lines: string[]) =>
  typeIntoShell({ db: database.db, now: () => new Date(), log: createLogger('silent') }, lines);

test('/as NAME --locale ro makes that person Romanian: said, stored, and used from then on', async () => {
  const out = await session(['/as ana --locale ro', '/kudos help']);
  expect(out).toContain(t('ro', 'shell.as.locale', { name: 'ana', language: 'Română' }));
  expect(out).toContain(t('ro', 'shell.onlyYou'));
  const ana = await first(
    database.db.select().from(people).where(eq(people.platformUserId, 'ana')),
  );
  expect(ana?.locale).toBe('ro');
});

test('a language Frontline does not speak is answered with the ones it does, and nothing changes', async () => {
  const out = await session(['/as ana --locale xx']);
  expect(out).toContain(t('en', 'shell.locale.unknown', { name: 'ana' }));
  expect(
    await first(database.db.select().from(people).where(eq(people.platformUserId, 'ana'))),
  ).toBe(undefined);
});
