import { eq } from 'drizzle-orm';
import { people, type Workspace } from '../../db/schema';
import { t, type MessageKey } from '../../i18n';
import { type CoreContext, type MessageModel, isTimezone, type DigestSchedule } from '../shared';
import type { ChangeSettingInput } from './change-setting';
import { localeOf } from '../people';

export const DAILY_LIMIT_MAX = 100;

/** What a setting's change is told, and how it answers and writes the workspace. */
export interface SettingChange {
  input: ChangeSettingInput;
  /** The value, lower-cased. */
  value: string;
  say: Say;
  /** Notes fields of the workspace to change; they are written once the change is decided. */
  setWorkspace: (fields: Partial<Workspace>) => void;
}

export type Say = (key: MessageKey, params?: Record<string, string | number>) => MessageModel;

/** `announce on|off` and `digest daily|weekly|off`: each person's own; undefined for the rest. */
export async function changeOwnSetting(
  ctx: CoreContext,
  change: SettingChange,
): Promise<MessageModel | undefined> {
  const { input, value, say } = change;
  if (input.setting === 'announce') {
    if (value !== 'on' && value !== 'off') return say('settings.announce.usage');
    await ctx.db
      .update(people)
      .set({ announceOptOut: value === 'off' })
      .where(eq(people.id, input.actor.id));
    return say(value === 'off' ? 'settings.announce.off' : 'settings.announce.on');
  }

  if (input.setting === 'digest' && isSchedule(value)) {
    await ctx.db.update(people).set({ digestSchedule: value }).where(eq(people.id, input.actor.id));
    return say(`settings.digest.${value}`);
  }
  return undefined;
}

/** The admins' kudos settings: `channel`, `digest default`, `summary` and `limit`. */
export function changeKudosSetting(change: SettingChange): MessageModel {
  const { input, value, say, setWorkspace } = change;
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

  if (input.setting === 'digest') {
    const schedule = value.replace(/^default\s+/, '');
    if (!value.startsWith('default') || !isSchedule(schedule)) return say('settings.digest.usage');
    setWorkspace({ digestDefault: schedule });
    return say('settings.digest.default', { schedule });
  }

  if (input.setting === 'summary') return changeSummary(input, say, setWorkspace);

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

const isSchedule = (v: string): v is DigestSchedule =>
  v === 'daily' || v === 'weekly' || v === 'off';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `here`, `off`, or `at mon 09:00 [Europe/Vilnius]`. */
function changeSummary(
  input: ChangeSettingInput,
  say: Say,
  setWorkspace: (fields: Partial<Workspace>) => void,
): MessageModel {
  const locale = localeOf(input.actor, input.workspace);
  const [word = '', dayWord = '', time = '', zone] = input.value.split(/\s+/);
  const when = (w: Workspace) => ({
    when: t(locale, 'settings.summary.when', {
      day: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, 10, 22 + w.summaryDay)), // 22 November 2026 is a Sunday
      ),
      time: w.summaryTime,
      timezone: w.timezone,
    }),
  });
  switch (word.toLowerCase()) {
    case 'here':
      if (!input.channel) break;
      setWorkspace({ summaryChannel: input.channel });
      return say('settings.summary.here', when(input.workspace));
    case 'off':
      setWorkspace({ summaryChannel: null });
      return say('settings.summary.off');
    case 'at': {
      const day = DAYS.indexOf(dayWord.toLowerCase().slice(0, 3));
      const hhmm = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time);
      if (day < 0 || !hhmm || (zone && !isTimezone(zone))) break;
      const fields = {
        summaryDay: day,
        summaryTime: `${hhmm[1]!.padStart(2, '0')}:${hhmm[2]}`,
        timezone: zone ?? input.workspace.timezone,
      };
      setWorkspace(fields);
      return say('settings.summary.at', when({ ...input.workspace, ...fields }));
    }
  }
  return say('settings.summary.usage');
}
