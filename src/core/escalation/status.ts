import { desc, eq, inArray } from 'drizzle-orm';
import {
  clients,
  escalationEvents,
  escalations,
  people,
  type Person,
  type Workspace,
} from '../../db/schema';
import { catalogs, t, type Locale, type MessageKey } from '../../i18n';
import { type CoreContext, keepWhere, text, type MessageModel, type Part } from '../shared';
import { maySee } from './access';
import { localeOf, personById } from '../people';

const SHOWN = 10;

/** A step of the trail in the reader's language (the routing names who got it). */
function kindLabel(locale: Locale, kind: string, note: string | null): string {
  const key = `escalate.kind.${kind}`;
  const label = key in catalogs.en ? t(locale, key as MessageKey) : kind.replace(/_/g, ' ');
  if (kind !== 'routed' && kind !== 'escalated') return label;
  return `${label} ${note === 'admins' ? t(locale, 'escalate.toAdmins') : (note ?? '')}`.trim();
}

/** `/escalate status`: the reports a person made or may handle, each with its audit trail. */
export async function reportStatus(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
): Promise<MessageModel> {
  const locale = localeOf(actor, workspace);
  const all = await ctx.db
    .select({ escalation: escalations, client: clients, reporter: people })
    .from(escalations)
    .innerJoin(clients, eq(escalations.clientId, clients.id))
    .innerJoin(people, eq(escalations.reporterId, people.id))
    .where(eq(escalations.workspaceId, workspace.id))
    .orderBy(desc(escalations.createdAt));
  const rows = (await keepWhere(all, (r) => maySee(ctx, r.reporter, actor))).slice(0, SHOWN);
  if (rows.length === 0) return { parts: [text(t(locale, 'escalate.status.none'))] };

  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const events = await ctx.db
    .select()
    .from(escalationEvents)
    .where(
      inArray(
        escalationEvents.escalationId,
        rows.map((r) => r.escalation.id),
      ),
    )
    .orderBy(escalationEvents.id);
  const parts: Part[] = [text({ bold: t(locale, 'escalate.status.title') })];
  for (const { escalation, client } of rows) {
    parts.push(
      text(
        t(locale, 'escalate.status.line', {
          id: escalation.id,
          client: client.name,
          severity: t(locale, `escalate.severity.${escalation.severity}`),
          status: t(locale, `escalate.status.${escalation.status}`),
          date: day.format(escalation.createdAt),
        }),
      ),
    );
    const trail: string[] = [];
    for (const e of events.filter((e) => e.escalationId === escalation.id)) {
      const who = e.actorId ? ((await personById(ctx, e.actorId))?.name ?? '?') : 'Frontline';
      const what = kindLabel(locale, e.kind, e.note);
      trail.push(t(locale, 'escalate.event', { date: day.format(e.createdAt), who, what }));
    }
    if (trail.length > 0) parts.push({ type: 'context', content: [trail.join('\n')] });
  }
  return { parts };
}
