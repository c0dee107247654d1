import { first } from '../../../src/db/query';
import { eq } from 'drizzle-orm';
import { servedBySomeoneElse } from '../../../src/core/clients/client-account';
import {
  clientHistory,
  DIFFICULT_WINDOW_DAYS,
  HISTORY_SHOWN,
  reportCounts,
} from '../../../src/core/clients/client-history';
import { findOrCreateClient } from '../../../src/core/clients/clients';
import { plainText } from '../../../src/core/shared/message';
import { reportAbuse, reportCard } from '../../../src/core/escalation/report';
import { clients, escalations, type Person, type Workspace } from '../../../src/db/schema';
import { t } from '../../../src/i18n';
import {
  addPerson,
  addWorkspace,
  openCoreFixture,
  type CoreFixture,
} from '../../support/core-fixture';

const DAY = 24 * 60 * 60 * 1000;
const WHAT = 'He shouted at me on the phone and called me useless.';

let f: CoreFixture;
let workspace: Workspace;
// Bo heads two teams: Max's (Ana) and Zed's (Pat).
let bo: Person, max: Person, zed: Person, ana: Person, pat: Person, admin: Person;
let requests = 0;

beforeEach(async () => {
  f = await openCoreFixture();
  workspace = await addWorkspace(f.ctx);
  const person = async (name: string, manager?: Person, isAdmin = false) =>
    await addPerson(f.ctx, workspace, {
      name,
      platformUserId: `U${name.toUpperCase()}`,
      managerId: manager?.id ?? null,
      timezone: 'UTC',
      isAdmin,
    });
  bo = await person('Bo');
  max = await person('Max', bo);
  zed = await person('Zed', bo);
  ana = await person('Ana', max);
  pat = await person('Pat', zed);
  admin = await person('Ada', undefined, true);
});

afterEach(() => f.database.close());

async function report(reporter: Person, client = 'ACME Ltd', severity = 'abusive') {
  const result = await reportAbuse(f.ctx, {
    workspace,
    reporter,
    values: { client, what: WHAT, severity },
    requestKey: `r${++requests}`,
  });
  if (!result.ok) throw new Error(plainText(result.reply));
  return result;
}
const later = (days: number) => {
  f.clock.now = new Date(f.clock.now.getTime() + days * DAY);
};
const acme = async () =>
  (await first(f.ctx.db.select().from(clients).where(eq(clients.name, 'ACME Ltd'))))!;
const historyFor = async (viewer: Person) => {
  const latest = (await f.ctx.db.select().from(escalations)).at(-1)!;
  return await clientHistory(f.ctx, workspace, await acme(), viewer, latest);
};

describe('difficult clients', () => {
  it('one report is no history: the card stays as it was', async () => {
    await report(ana);
    expect(await reportCounts(f.ctx, (await acme()).id)).toEqual({
      recent: 1,
      total: 1,
      difficult: false,
    });
    expect(await historyFor(max)).toBeUndefined();
  });

  it('a second report within 90 days makes the client difficult, with dates and outcomes', async () => {
    const first = await report(ana, 'ACME Ltd', 'concerning');
    await f.ctx.db
      .update(escalations)
      .set({ status: 'resolved', outcome: 'client_apologised' })
      .where(eq(escalations.id, first.escalation.id));
    later(30);
    await report(ana);
    expect(await reportCounts(f.ctx, (await acme()).id)).toEqual({
      recent: 2,
      total: 2,
      difficult: true,
    });
    const history = (await historyFor(max))!;
    expect(history).toMatchObject({ recentReports: 2, windowDays: 90, moreEarlier: 0 });
    expect(history.earlier).toEqual([
      {
        createdAt: first.escalation.createdAt,
        severity: 'concerning',
        status: 'resolved',
        outcome: 'client_apologised',
        reporter: { platformUserId: 'UANA', name: 'Ana' },
      },
    ]);
    const card = plainText(reportCard('en', await lastReport(), ana, await acme(), history));
    expect(card).toContain('ACME Ltd is a difficult client: 2 reports in the last 90 days');
    expect(card).toContain(
      `Mar 10, 2025: Concerning, resolved: ${t('en', 'escalate.outcome.client_apologised')}; reported by @Ana`,
    );
  });

  it('names an earlier reporter only inside the manager’s own chain', async () => {
    await report(pat);
    later(1);
    await report(ana);
    // Max is not in Pat's chain: Pat is "a colleague".
    expect((await historyFor(max))!.earlier[0]!.reporter).toBeNull();
    const card = plainText(
      reportCard('en', await lastReport(), ana, await acme(), await historyFor(max)),
    );
    expect(card).toContain(`reported by ${t('en', 'clients.history.colleague')}`);
    expect(card).not.toContain('Pat');
    // Bo is above both Zed and Max, the admins see everything, and Pat may see their own.
    expect((await historyFor(bo))!.earlier[0]!.reporter).toEqual({
      platformUserId: 'UPAT',
      name: 'Pat',
    });
    expect((await historyFor(admin))!.earlier[0]!.reporter?.name).toBe('Pat');
    expect((await historyFor(zed))!.earlier[0]!.reporter?.name).toBe('Pat');
    expect((await historyFor(pat))!.earlier[0]!.reporter?.name).toBe('Pat');
  });

  it('the card the manager gets is built with the history as that manager may see it', async () => {
    await report(pat);
    later(2);
    await report(ana);
    const [, second] = await f.ctx.db.select().from(escalations);
    const maxCard = plainText(
      reportCard(
        'en',
        second!,
        ana,
        await acme(),
        await clientHistory(f.ctx, workspace, await acme(), max, second!),
      ),
    );
    expect(maxCard).toContain('Earlier reports:');
    expect(maxCard).not.toContain('Pat');
  });

  it('reports older than 90 days are history but do not make a client difficult', async () => {
    await report(ana);
    later(DIFFICULT_WINDOW_DAYS + 10);
    await report(ana);
    expect(await reportCounts(f.ctx, (await acme()).id)).toEqual({
      recent: 1,
      total: 2,
      difficult: false,
    });
    expect(await historyFor(max)).toBeUndefined();
    later(5);
    await report(ana);
    const history = (await historyFor(max))!;
    expect(history.recentReports).toBe(2);
    // Newest first, the old one included: a manager sees the whole pattern.
    expect(history.earlier.map((e) => e.createdAt.getTime())).toEqual([
      f.clock.now.getTime() - 5 * DAY,
      f.clock.now.getTime() - (DIFFICULT_WINDOW_DAYS + 15) * DAY,
    ]);
  });

  it('lists at most a few earlier reports and counts the rest', async () => {
    for (let i = 0; i < HISTORY_SHOWN + 3; i++) {
      await report(ana);
      later(1);
    }
    const history = (await historyFor(max))!;
    expect(history.earlier).toHaveLength(HISTORY_SHOWN);
    expect(history.moreEarlier).toBe(2);
    expect(plainText(reportCard('en', await lastReport(), ana, await acme(), history))).toContain(
      t('en', 'clients.history.more', { count: 2 }),
    );
  });

  it('counts each client on its own', async () => {
    await report(ana, 'ACME Ltd');
    await report(ana, 'Globex');
    expect((await reportCounts(f.ctx, (await acme()).id)).recent).toBe(1);
    expect(await historyFor(max)).toBeUndefined();
  });
});

describe('a report on a client the reporter does not serve', () => {
  const own = async (owner: Person | null) =>
    await f.ctx.db
      .update(clients)
      .set({ ownerId: owner?.id ?? null })
      .where(eq(clients.id, (await findOrCreateClient(f.ctx.db, workspace.id, 'ACME Ltd')).id));

  it('is someone else’s only when the owner is outside the reporter’s line', async () => {
    const client = async () => await acme();
    await own(null);
    expect(await servedBySomeoneElse(f.ctx, await client(), ana)).toBeUndefined();
    await own(ana);
    expect(await servedBySomeoneElse(f.ctx, await client(), ana)).toBeUndefined();
    await own(max); // Max took the account over
    expect(await servedBySomeoneElse(f.ctx, await client(), ana)).toBeUndefined();
    expect(await servedBySomeoneElse(f.ctx, await client(), max)).toBeUndefined(); // Ana serves it for Max
    await own(pat);
    expect((await servedBySomeoneElse(f.ctx, await client(), ana))?.id).toBe(pat.id);
    expect(await servedBySomeoneElse(f.ctx, await client(), bo)).toBeUndefined(); // Pat is in Bo's team
  });

  it('is recorded and routed as usual, and the reporter is told who serves it', async () => {
    await own(pat);
    const result = await report(ana);
    expect(result.escalation.handlerId).toBe(max.id);
    const reply = plainText(result.reply);
    expect(reply).toContain(t('en', 'clients.notYours', { client: 'ACME Ltd', owner: '@Pat' }));
    // A retried submission answers the same.
    const retry = await reportAbuse(f.ctx, {
      workspace,
      reporter: ana,
      values: { client: 'ACME Ltd', what: WHAT, severity: 'abusive' },
      requestKey: `r${requests}`,
    });
    expect(retry.ok && retry.duplicate).toBe(true);
    expect(plainText(retry.reply)).toBe(reply);
  });

  it('says nothing more when the reporter serves it', async () => {
    await own(ana);
    expect(plainText((await report(ana)).reply)).not.toContain(
      t('en', 'clients.history.colleague'),
    );
    expect((await report(ana)).reply.parts).toHaveLength(1);
  });
});

async function lastReport() {
  return (await f.ctx.db.select().from(escalations)).at(-1)!;
}
