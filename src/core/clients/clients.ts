import { first, written } from '../../db/query';
import { and, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { clients, type Client } from '../../db/schema';
import type { Db } from '../../db/database';

/** The name of a client account, by id. */
export async function clientNameOf(db: Db, clientId: number | null): Promise<string | undefined> {
  if (clientId === null) return undefined;
  return (
    await first(db.select({ name: clients.name }).from(clients).where(eq(clients.id, clientId)))
  )?.name;
}

export function clientNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The client account with this name (any case or spacing), created if there is none. */
const clientByNameKey = prepared((db) =>
  db
    .select()
    .from(clients)
    .where(
      and(
        eq(clients.workspaceId, sql.placeholder('workspaceId')),
        eq(clients.nameKey, sql.placeholder('nameKey')),
      ),
    )
    .prepare(),
);

export async function findOrCreateClient(
  db: Db,
  workspaceId: number,
  name: string,
): Promise<Client> {
  const nameKey = clientNameKey(name);
  const existing = await first(clientByNameKey(db).execute({ workspaceId, nameKey }));
  if (existing) return existing;
  return await addClient(db, { workspaceId, name: name.trim().replace(/\s+/g, ' '), nameKey });
}

/**
 * A new client, or the one another request made of that name meanwhile: requests naming a
 * new client arrive together, and on PostgreSQL they run side by side.
 */
async function addClient(db: Db, client: typeof clients.$inferInsert): Promise<Client> {
  const [made] = await db.insert(clients).values(client).onConflictDoNothing().returning();
  if (made) return made;
  return (await first(
    clientByNameKey(db).execute({ workspaceId: client.workspaceId, nameKey: client.nameKey }),
  ))!;
}

/** A LIKE pattern for `value` in a JSON list's text, where it stands in quotes. */
const listed = (value: string) => `%${JSON.stringify(value).replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The account a client email belongs to: the one that knows the sender's domain, else one of
 * that name (which learns the domain), else a new one.
 */
export async function clientForEmail(
  db: Db,
  workspaceId: number,
  sender: { name: string; domain?: string },
): Promise<Client> {
  const { domain } = sender;
  if (domain) {
    const known = await first(
      db
        .select()
        .from(clients)
        .where(
          and(
            eq(clients.workspaceId, workspaceId),
            sql`${clients.emailDomains} LIKE ${listed(domain)} ESCAPE '\\'`,
          ),
        ),
    );
    if (known) return known;
  }
  const nameKey = clientNameKey(sender.name);
  // "Acme" from acme.com is the "ACME Ltd" someone already named, when it is the only one.
  const named =
    (await first(clientByNameKey(db).execute({ workspaceId, nameKey }))) ??
    onlyOne(
      await db
        .select()
        .from(clients)
        .where(
          and(
            eq(clients.workspaceId, workspaceId),
            sql`substr(${clients.nameKey}, 1, ${nameKey.length + 1}) = ${nameKey + ' '}`,
          ),
        )
        .limit(2),
    );
  if (named) {
    if (!domain || named.emailDomains.includes(domain)) return named;
    return await written(
      db
        .update(clients)
        .set({ emailDomains: [...named.emailDomains, domain] })
        .where(eq(clients.id, named.id))
        .returning(),
    );
  }
  return await addClient(db, {
    workspaceId,
    name: sender.name.trim().replace(/\s+/g, ' '),
    nameKey,
    emailDomains: domain ? [domain] : [],
  });
}

const onlyOne = <T>(rows: T[]): T | undefined => (rows.length === 1 ? rows[0] : undefined);
