import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { ensurePerson, type Directory, type Profile } from '../../../src/core/people/people';
import { people, type Workspace } from '../../../src/db/schema';
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

/** The platform's directory, as it answers now; counts how often it is asked. */
function directory(profile: Omit<Profile, 'platformUserId'>): Directory & { asked: number } {
  const d = {
    asked: 0,
    async lookup(platformUserId: string) {
      d.asked++;
      return { platformUserId, ...profile };
    },
  };
  return d;
}

const minutes = (n: number) => n * 60_000;
const ago = (ms: number) => new Date(f.clock.now.getTime() - ms);

test('an admin demoted on the platform loses Frontline admin rights within minutes (here 10)', async () => {
  await addPerson(f.ctx, workspace, {
    name: 'Ada',
    platformUserId: 'UADA',
    isAdmin: true,
    profileSyncedAt: ago(minutes(10)),
  });
  const demoted = directory({ name: 'Ada', isAdmin: false });
  const ada = await ensurePerson(f.ctx, workspace.id, 'UADA', demoted);
  expect(demoted.asked).toBe(1);
  expect(ada?.isAdmin).toBe(false);
  const stored = await first(
    f.ctx.db.select().from(people).where(eq(people.platformUserId, 'UADA')),
  );
  expect(stored?.isAdmin).toBe(false);
});

test('an admin read a moment ago is not asked about again', async () => {
  await addPerson(f.ctx, workspace, {
    name: 'Ada',
    platformUserId: 'UADA',
    isAdmin: true,
    profileSyncedAt: ago(minutes(1)),
  });
  const platform = directory({ name: 'Ada', isAdmin: false });
  const ada = await ensurePerson(f.ctx, workspace.id, 'UADA', platform);
  expect(platform.asked).toBe(0);
  expect(ada?.isAdmin).toBe(true);
});

test('anyone else is read again only after a day: rights are what needs minutes', async () => {
  await addPerson(f.ctx, workspace, {
    name: 'Ben',
    platformUserId: 'UBEN',
    isAdmin: false,
    profileSyncedAt: ago(minutes(60)),
  });
  const platform = directory({ name: 'Ben B.', isAdmin: false });
  await ensurePerson(f.ctx, workspace.id, 'UBEN', platform);
  expect(platform.asked).toBe(0);
});
