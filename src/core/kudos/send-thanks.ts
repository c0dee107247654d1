import { changedRows, first, inTransaction } from '../../db/query';
import { and, eq, isNull } from 'drizzle-orm';
import { clients, kudos, type Person, type Workspace } from '../../db/schema';
import { t, type Locale } from '../../i18n';
import {
  type CoreContext,
  type FormModel,
  claimRequest,
  tInline,
  text,
  type MessageModel,
  isTimezone,
} from '../shared';
import { enqueueDelivery } from '../delivery';
import { refreshHomes } from '../home';
import { localeOf, mentionOf, personById, isInChainAbove } from '../people';

/** The button on a digest's kudos that opens the thank-you form. */
export const SEND_THANKS_ACTION = 'send-thanks';
export const THANKS_FORM_ID = 'send-thanks';
export const THANKS_NOTE_MAX = 2000;

type Found =
  | {
      ok: true;
      kudos: typeof kudos.$inferSelect;
      recipient: Person;
      clientName?: string;
      giver?: Person;
    }
  | { ok: false; reply: MessageModel };

const say = (message: string): MessageModel => ({ parts: [text(message)] });

/** The kudos, if the actor may thank its recipient: their manager or anyone above. */
async function findThankable(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  kudosId: number,
): Promise<Found> {
  const locale = localeOf(actor, workspace);
  const row = await first(
    ctx.db
      .select({ kudos, client: clients })
      .from(kudos)
      .leftJoin(clients, eq(kudos.clientId, clients.id))
      .where(and(eq(kudos.id, kudosId), eq(kudos.workspaceId, workspace.id))),
  );
  const recipient = row && (await personById(ctx, row.kudos.recipientId));
  if (!row || !recipient) return { ok: false, reply: say(t(locale, 'thanks.notFound')) };
  const manager = recipient.managerId ? await personById(ctx, recipient.managerId) : undefined;
  if (!manager || !(await isInChainAbove(ctx, actor.id, manager))) {
    ctx.log.warn({ actor: actor.id, kudos: kudosId }, 'thanks refused: not in the manager chain');
    return { ok: false, reply: say(t(locale, 'thanks.notYourReport', { name: recipient.name })) };
  }
  return {
    ok: true,
    kudos: row.kudos,
    recipient,
    clientName: row.client?.name,
    giver: await personById(ctx, row.kudos.giverId),
  };
}

function suggestedNote(locale: Locale, found: Extract<Found, { ok: true }>): string {
  return found.clientName
    ? t(locale, 'thanks.suggested.client', { name: found.recipient.name, client: found.clientName })
    : t(locale, 'thanks.suggested.peer', {
        name: found.recipient.name,
        giver: found.giver?.name ?? '',
      });
}

/** The small form a manager edits before thanks go out; or why they cannot thank. */
export async function thanksForm(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  kudosId: number,
): Promise<{ ok: true; form: FormModel } | { ok: false; reply: MessageModel }> {
  const found = await findThankable(ctx, workspace, actor, kudosId);
  if (!found.ok) return found;
  const locale = localeOf(actor, workspace);
  if (found.kudos.thankedAt) return { ok: false, reply: alreadyThanked(locale, found) };
  return {
    ok: true,
    form: {
      id: THANKS_FORM_ID,
      title: t(locale, 'thanks.form.title'),
      submit: t(locale, 'thanks.form.submit'),
      cancel: t(locale, 'form.kudos.cancel'),
      fields: [
        {
          id: 'note',
          kind: 'longtext',
          label: t(locale, 'thanks.form.note'),
          maxLength: THANKS_NOTE_MAX,
          initial: suggestedNote(locale, found),
        },
      ],
    },
  };
}

function alreadyThanked(locale: Locale, found: Extract<Found, { ok: true }>): MessageModel {
  const zone = found.recipient.timezone;
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: zone && isTimezone(zone) ? zone : 'UTC',
  }).format(found.kudos.thankedAt!);
  return say(t(locale, 'thanks.already', { name: found.recipient.name, date }));
}

export interface SendThanksInput {
  workspace: Workspace;
  actor: Person;
  kudosId: number;
  note: string;
  requestKey: string;
}

/** Records the thanks on the kudos and delivers the note to the employee as from the manager. */
export async function sendThanks(
  ctx: CoreContext,
  input: SendThanksInput,
): Promise<{ ok: boolean; reply: MessageModel; field?: 'note' }> {
  const locale = localeOf(input.actor, input.workspace);
  const found = await findThankable(ctx, input.workspace, input.actor, input.kudosId);
  if (!found.ok) return { ok: false, reply: found.reply };
  const note = input.note.trim();
  const length = [...note].length;
  if (length === 0 || length > THANKS_NOTE_MAX) {
    return {
      ok: false,
      field: 'note',
      reply: say(t(locale, 'thanks.noteLength', { max: THANKS_NOTE_MAX })),
    };
  }
  const now = ctx.now();
  const outcome = await inTransaction(ctx, async (ctx) => {
    if (!(await claimRequest(ctx.db, `${input.workspace.id}:${input.requestKey}`))) return 'retry';
    const updated = await ctx.db
      .update(kudos)
      .set({ thankedAt: now, thankedById: input.actor.id, thanksNote: note })
      .where(and(eq(kudos.id, found.kudos.id), isNull(kudos.thankedAt)));
    if (changedRows(updated) === 0) return 'already';
    const employeeLocale = localeOf(found.recipient, input.workspace);
    await enqueueDelivery(
      ctx.db,
      {
        workspaceId: input.workspace.id,
        key: `${input.workspace.id}:thanks:${found.kudos.id}`,
        to: { kind: 'person', personId: found.recipient.id },
        message: {
          parts: [
            text(
              ...tInline(employeeLocale, 'thanks.dm', {
                manager: [{ mention: mentionOf(input.actor) }],
              }),
            ),
            { type: 'quote', text: note },
          ],
        },
      },
      now,
    );
    await refreshHomes(ctx, input.workspace.id, [found.recipient.id, input.actor.id]);
    return 'sent';
  });
  if (outcome === 'already') {
    const fresh = await findThankable(ctx, input.workspace, input.actor, input.kudosId);
    return { ok: false, reply: fresh.ok ? alreadyThanked(locale, fresh) : fresh.reply };
  }
  ctx.log.info({ kudos: found.kudos.id, by: input.actor.id, outcome }, 'thanks recorded');
  return { ok: true, reply: say(t(locale, 'thanks.sent', { name: found.recipient.name })) };
}
