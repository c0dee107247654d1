import { eq } from 'drizzle-orm';
import { workspaces, type Person, type Workspace } from '../../db/schema';
import { t, type MessageKey } from '../../i18n';
import { type CoreContext, text, type MessageModel } from '../shared';
import type { Setting } from '../kudos';
import { localeOf } from '../people';
import { changeKudosSetting, changeOwnSetting, type SettingChange } from './kudos-settings';
import { changeEmailSetting } from './email-settings';

export interface ChangeSettingInput {
  workspace: Workspace;
  actor: Person;
  setting: Setting;
  value: string;
  /** The channel the command was typed in (for `channel here`). */
  channel?: string;
}

/**
 * `announce` and a person's `digest` are each person's own choice; the rest are the admins':
 * forwarded emails' settings in email-settings, the kudos ones in kudos-settings.
 * Returns what to tell the person who asked.
 */
export async function changeSetting(
  ctx: CoreContext,
  input: ChangeSettingInput,
): Promise<MessageModel> {
  const locale = localeOf(input.actor, input.workspace);
  const changed: Partial<Workspace> = {};
  const change: SettingChange = {
    input,
    value: input.value.toLowerCase(),
    say: (key: MessageKey, params: Record<string, string | number> = {}) => ({
      parts: [text(t(locale, key, params))],
    }),
    setWorkspace: (fields: Partial<Workspace>) => void Object.assign(changed, fields),
  };
  const own = await changeOwnSetting(ctx, change);
  if (own) return own;

  if (!input.actor.isAdmin) return change.say('settings.notAdmin');
  ctx.log.info(
    { setting: input.setting, value: change.value, by: input.actor.id },
    'workspace setting changed',
  );
  const { setting } = input;
  const reply =
    setting === 'inbox' || setting === 'autorecord' || setting === 'reactions'
      ? changeEmailSetting(setting, change.value, input, change.say, change.setWorkspace)
      : changeKudosSetting(change);
  // Written before the answer says it is done.
  if (Object.keys(changed).length > 0) {
    await ctx.db.update(workspaces).set(changed).where(eq(workspaces.id, input.workspace.id));
  }
  return reply;
}
