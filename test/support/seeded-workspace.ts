import { written } from '../../src/db/query';
import { eq } from 'drizzle-orm';
import type { CoreContext } from '../../src/core/shared/core';
import { findOrCreateClient } from '../../src/core/clients/clients';
import {
  clients,
  escalations,
  kudos,
  people,
  type Person,
  type Workspace,
} from '../../src/db/schema';

/**
 * A small company: Ada (admin) ← Dora (manager of managers) ← Max and Nia (managers) ←
 * Ana, Ben (Max's) and Eve (Nia's); Cy has no manager; Gia gives kudos.
 * Ana reported ACME; Eve reported Globex. Each report's words are unique, to be looked for.
 */
export interface Seeded {
  ada: Person;
  dora: Person;
  max: Person;
  nia: Person;
  ana: Person;
  ben: Person;
  eve: Person;
  cy: Person;
  gia: Person;
  /** Texts that only the reporter, their chain and admins may ever see. */
  secrets: { anaReport: string; anaWords: string; eveReport: string; eveWords: string };
  reportClients: { ana: string; eve: string };
}

const HOUR = 60 * 60 * 1000;

export async function seedWorkspace(
  ctx: CoreContext,
  workspace: Workspace,
  ids: (name: string) => string = (name) => `U${name.toUpperCase()}`,
): Promise<Seeded> {
  const add = async (name: string, fields: Partial<typeof people.$inferInsert> = {}) =>
    await written(
      ctx.db
        .insert(people)
        .values({ workspaceId: workspace.id, name, platformUserId: ids(name), ...fields })
        .returning(),
    );
  const ada = await add('Ada', { isAdmin: true, team: 'Board' });
  const dora = await add('Dora', { managerId: ada.id, team: 'Service' });
  const max = await add('Max', { managerId: dora.id, team: 'Support' });
  const nia = await add('Nia', { managerId: dora.id, team: 'Accounts' });
  const ana = await add('Ana', { managerId: max.id, team: 'Support' });
  const ben = await add('Ben', { managerId: max.id, team: 'Support' });
  const eve = await add('Eve', { managerId: nia.id, team: 'Accounts' });
  const cy = await add('Cy', { team: 'Support' });
  const gia = await add('Gia', { managerId: max.id, team: 'Support' });
  const now = ctx.now().getTime();
  const acmePraise = await findOrCreateClient(ctx.db, workspace.id, 'Initech');
  let ref = 0;
  const praise = async (
    recipient: Person,
    words: string,
    hoursAgo: number,
    fields: Partial<typeof kudos.$inferInsert> = {},
  ) =>
    await written(
      ctx.db
        .insert(kudos)
        .values({
          workspaceId: workspace.id,
          giverId: gia.id,
          recipientId: recipient.id,
          words,
          source: 'command',
          sourceRef: `seed-${++ref}`,
          createdAt: new Date(now - hoursAgo * HOUR),
          ...fields,
        })
        .returning(),
    );
  await praise(ana, 'Ana untangled our invoices in one call.', 2, {
    clientId: acmePraise.id,
    values: ['care'],
  });
  await praise(ana, 'Thanks for covering my shift', 30, {
    thankedAt: new Date(now - 20 * HOUR),
    thankedById: max.id,
    thanksNote: 'Proud of you, Ana.',
  });
  await praise(eve, 'Eve found the lost parcel for us.', 5, { clientId: acmePraise.id });
  await praise(ben, 'Ben fixed the printer', 24 * 60);

  const secrets = {
    anaReport: 'The ACME buyer shouted at Ana about the invoice in front of everyone.',
    anaWords: 'You are useless, I will have you fired',
    eveReport: 'The Globex manager insulted Eve twice on the phone this week.',
    eveWords: 'Nobody wants to hear from an idiot',
  };
  const report = async (
    reporter: Person,
    client: string,
    what: string,
    words: string,
    hoursAgo: number,
  ) => {
    const c = await findOrCreateClient(ctx.db, workspace.id, client);
    return await written(
      ctx.db
        .insert(escalations)
        .values({
          workspaceId: workspace.id,
          reporterId: reporter.id,
          clientId: c.id,
          handlerId: reporter.managerId,
          severity: 'abusive',
          whatHappened: what,
          clientWords: words,
          cause: 'delay',
          sourceRef: `seed-report-${++ref}`,
          createdAt: new Date(now - hoursAgo * HOUR),
          timerAt: new Date(now - HOUR),
        })
        .returning(),
    );
  };
  await report(ana, 'ACME Hardware', secrets.anaReport, secrets.anaWords, 3);
  await report(ana, 'ACME Hardware', 'ACME called again and swore at Ana.', 'again', 50);
  await report(eve, 'Globex Trading', secrets.eveReport, secrets.eveWords, 4);
  await ctx.db
    .update(clients)
    .set({ yearlyValue: 120000, yearlyServiceCost: 90000 })
    .where(eq(clients.name, 'ACME Hardware'));
  return {
    ada,
    dora,
    max,
    nia,
    ana,
    ben,
    eve,
    cy,
    gia,
    secrets,
    reportClients: { ana: 'ACME Hardware', eve: 'Globex Trading' },
  };
}
