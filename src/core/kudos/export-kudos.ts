import { aliasFor } from '../../db/query';
import { and, asc, eq, gte } from 'drizzle-orm';
import { clients, kudos, people } from '../../db/schema';
import type { CoreContext } from '../shared';

export interface ExportedKudos {
  id: number;
  createdAt: string;
  giver: string;
  giverId: string | null;
  recipient: string;
  recipientId: string | null;
  client: string | null;
  words: string;
  values: string[];
  source: string;
  thankedAt: string | null;
}

export async function exportKudos(
  ctx: CoreContext,
  options: { workspaceId?: number; since?: Date } = {},
): Promise<ExportedKudos[]> {
  const giver = aliasFor(ctx.db, people, 'giver');
  const recipient = aliasFor(ctx.db, people, 'recipient');
  const rows = await ctx.db
    .select({ kudos, giver, recipient, client: clients })
    .from(kudos)
    .innerJoin(giver, eq(kudos.giverId, giver.id))
    .innerJoin(recipient, eq(kudos.recipientId, recipient.id))
    .leftJoin(clients, eq(kudos.clientId, clients.id))
    .where(
      and(
        options.workspaceId ? eq(kudos.workspaceId, options.workspaceId) : undefined,
        options.since ? gte(kudos.createdAt, options.since) : undefined,
      ),
    )
    .orderBy(asc(kudos.id));
  return rows.map((r) => ({
    id: r.kudos.id,
    createdAt: r.kudos.createdAt.toISOString(),
    giver: r.giver.name,
    giverId: r.giver.platformUserId,
    recipient: r.recipient.name,
    recipientId: r.recipient.platformUserId,
    client: r.client?.name ?? null,
    words: r.kudos.words,
    values: r.kudos.values,
    source: r.kudos.source,
    thankedAt: r.kudos.thankedAt?.toISOString() ?? null,
  }));
}

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula is prefixed with '. */
export function kudosCsv(rows: ExportedKudos[]): string {
  const columns: (keyof ExportedKudos)[] = [
    'id',
    'createdAt',
    'giver',
    'giverId',
    'recipient',
    'recipientId',
    'client',
    'words',
    'values',
    'source',
    'thankedAt',
  ];
  const cell = (value: unknown): string => {
    let s = Array.isArray(value) ? value.join(' ') : value == null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
