import { eq } from 'drizzle-orm';
import { people, type Person, type Workspace } from '../../db/schema';
import { type CoreContext, tInline, text, type MessageModel } from '../shared';
import { localeOf, mentionOf, personById } from './people';
import { t } from '../../i18n';

export interface SetManagerInput {
  workspace: Workspace;
  actor: Person;
  /** The people named, in order: employee then manager. Missing ones are undefined. */
  employee?: Person;
  manager?: Person;
}

export type SetManagerResult = { ok: boolean; reply: MessageModel };

export async function setManager(
  ctx: CoreContext,
  input: SetManagerInput,
): Promise<SetManagerResult> {
  const locale = localeOf(input.actor, input.workspace);
  const refuse = (message: string): SetManagerResult => ({
    ok: false,
    reply: { parts: [text(message)] },
  });
  if (!input.actor.isAdmin) return refuse(t(locale, 'manager.notAdmin'));
  const { employee, manager } = input;
  if (!employee || !manager) return refuse(t(locale, 'manager.usage'));
  if (employee.id === manager.id) return refuse(t(locale, 'manager.self'));
  if (await isInChainAbove(ctx, employee.id, manager)) {
    return refuse(t(locale, 'manager.cycle', { employee: employee.name, manager: manager.name }));
  }
  await ctx.db.update(people).set({ managerId: manager.id }).where(eq(people.id, employee.id));
  ctx.log.info({ employee: employee.id, manager: manager.id, by: input.actor.id }, 'manager set');
  return {
    ok: true,
    reply: {
      parts: [
        text(
          ...tInline(locale, 'manager.set', {
            manager: [{ mention: mentionOf(manager) }],
            employee: [{ mention: mentionOf(employee) }],
          }),
        ),
      ],
    },
  };
}

/** True when `personId` is `from` or somewhere above `from` in the reporting chain. */
export async function isInChainAbove(
  ctx: CoreContext,
  personId: number,
  from: Person,
): Promise<boolean> {
  const seen = new Set<number>();
  let current: Person | undefined = from;
  while (current && !seen.has(current.id)) {
    if (current.id === personId) return true;
    seen.add(current.id);
    current = current.managerId ? await personById(ctx, current.managerId) : undefined;
  }
  return false;
}
