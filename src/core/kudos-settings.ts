import { eq } from 'drizzle-orm';
import { people, workspaces, type Person, type Workspace } from '../db/schema';
import { t, type MessageKey } from '../i18n';
import type { CoreContext } from './core';
import type { Setting } from './kudos-command';
import { text, type MessageModel } from './message';
import { localeOf } from './people';

export const DAILY_LIMIT_MAX = 100;

export interface ChangeSettingInput {
  workspace: Workspace;
  actor: Person;
  setting: Setting;
  value: string;
  /** The channel the command was typed in (for `channel here`). */
  channel?: string;
}

/**
 * `announce on|off` is each person's own choice; `channel` and `limit` are the admins'.
 * Returns what to tell the person who asked.
 */
export function changeSetting(ctx: CoreContext, input: ChangeSettingInput): MessageModel {
  const locale = localeOf(input.actor, input.workspace);
  const say = (key: MessageKey, params: Record<string, string | number> = {}): MessageModel => ({
    parts: [text(t(locale, key, params))],
  });
  const { value } = input;
  const setWorkspace = (fields: Partial<Workspace>) =>
    ctx.db.update(workspaces).set(fields).where(eq(workspaces.id, input.workspace.id)).run();

  if (input.setting === 'announce') {
    if (value !== 'on' && value !== 'off') return say('settings.announce.usage');
    ctx.db
      .update(people)
      .set({ announceOptOut: value === 'off' })
      .where(eq(people.id, input.actor.id))
      .run();
    return say(value === 'off' ? 'settings.announce.off' : 'settings.announce.on');
  }

  if (!input.actor.isAdmin) return say('settings.notAdmin');
  ctx.log.info({ setting: input.setting, value, by: input.actor.id }, 'workspace setting changed');

  if (input.setting === 'channel') {
    if (value === 'here' && input.channel) {
      setWorkspace({ kudosChannel: input.channel });
      return say('settings.channel.here');
    }
    if (value === 'off') {
      setWorkspace({ kudosChannel: null });
      return say('settings.channel.off');
    }
    return say('settings.channel.usage');
  }

  if (value === 'off') {
    setWorkspace({ kudosDailyLimit: null });
    return say('settings.limit.off');
  }
  const limit = Number(value);
  if (!/^\d+$/.test(value) || limit < 1 || limit > DAILY_LIMIT_MAX) {
    return say('settings.limit.usage', { max: DAILY_LIMIT_MAX });
  }
  setWorkspace({ kudosDailyLimit: limit });
  return say('settings.limit.set', { limit });
}
