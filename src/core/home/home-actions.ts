import { eq } from 'drizzle-orm';
import { recordScoreAsKudos, SCORE_KUDOS_ACTION } from '../scores';
import { people, type Person, type Workspace } from '../../db/schema';
import { t, toLocale, type MessageKey } from '../../i18n';
import { setCheckInDays } from '../escalation';
import { type CoreContext, type FormModel, text, type MessageModel } from '../shared';
import { changeSetting } from '../settings';
import { localeOf } from '../people';
import { OVERVIEW_SETTINGS, type OverviewSetting } from './admins-overview';
import { HOME_ACTIONS, HOME_ACTION_PREFIX, LANGUAGE_NAMES } from './home-message';

export const HOME_SETTING_FORM_ID = 'home-setting';

/** What a click on the home asks for: another page, a form, or a change already made. */
export type HomeClick =
  | { kind: 'page'; page?: string }
  | { kind: 'form'; form: FormModel; setting: OverviewSetting }
  | { kind: 'changed'; reply: MessageModel }
  | { kind: 'unknown' };

const USAGE: Record<OverviewSetting, MessageKey> = {
  channel: 'settings.channel.usage',
  summary: 'settings.summary.usage',
  inbox: 'settings.inbox.usage',
  reactions: 'settings.reactions.usage',
  limit: 'settings.limit.usage',
  autorecord: 'settings.autorecord.usage',
  checkin: 'escalate.checkIn.days.usage',
  digest: 'settings.digest.usage',
};

export const isHomeAction = (actionId: string) => actionId.startsWith(HOME_ACTION_PREFIX);

/** The form an admin fills in to change one workspace setting, as its command would. */
export function settingForm(
  locale: ReturnType<typeof localeOf>,
  setting: OverviewSetting,
): FormModel {
  const name = t(locale, `home.setting.${setting}`);
  return {
    id: HOME_SETTING_FORM_ID,
    title: t(locale, 'home.setting.form.title'),
    submit: t(locale, 'home.setting.form.submit'),
    cancel: t(locale, 'form.kudos.cancel'),
    fields: [
      {
        id: 'value',
        kind: 'text',
        label: t(locale, 'home.setting.form.value', { setting: name }),
        hint: t(locale, USAGE[setting], { max: 100 }),
        maxLength: 200,
      },
    ],
  };
}

async function setLanguage(ctx: CoreContext, workspace: Workspace, person: Person, value: string) {
  const locale = toLocale(value);
  if (!locale) return { kind: 'unknown' as const };
  await ctx.db.update(people).set({ locale }).where(eq(people.id, person.id));
  return {
    kind: 'changed' as const,
    reply: { parts: [text(t(locale, 'home.language.set', { language: LANGUAGE_NAMES[locale] }))] },
  };
}

/** A click on someone's own home: re-checked here, whatever the button said. */
export async function homeClicked(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  actionId: string,
  value: string,
): Promise<HomeClick> {
  const action = actionId.split(':', 1)[0];
  switch (action) {
    case HOME_ACTIONS.older:
      return { kind: 'page', page: value };
    case HOME_ACTIONS.newest:
      return { kind: 'page' };
    case HOME_ACTIONS.announce:
      return {
        kind: 'changed',
        reply: await changeSetting(ctx, { workspace, actor, setting: 'announce', value }),
      };
    case HOME_ACTIONS.digest:
      if (!['daily', 'weekly', 'off'].includes(value)) return { kind: 'unknown' };
      return {
        kind: 'changed',
        reply: await changeSetting(ctx, { workspace, actor, setting: 'digest', value }),
      };
    case HOME_ACTIONS.language:
      return await setLanguage(ctx, workspace, actor, value);
    case SCORE_KUDOS_ACTION:
      return { kind: 'changed', reply: await recordScoreAsKudos(ctx, workspace, actor, value) };
    case HOME_ACTIONS.setting: {
      const setting = OVERVIEW_SETTINGS.find((s) => s === value);
      if (!setting) return { kind: 'unknown' };
      if (!actor.isAdmin)
        return {
          kind: 'changed',
          reply: { parts: [text(t(localeOf(actor, workspace), 'settings.notAdmin'))] },
        };
      return { kind: 'form', form: settingForm(localeOf(actor, workspace), setting), setting };
    }
  }
  return { kind: 'unknown' };
}

/** `#C123`, `<#C123|general>` or `C123`: a channel named in the form, for the "here" settings. */
const CHANNEL = /^(?:<#([CGD][A-Z0-9]+)(?:\|[^>]*)?>|#?([CGD][A-Z0-9]{2,}))$/;

/**
 * The setting form was sent: the value is what the setting's command takes. Where the command
 * says "here", the form names the channel instead.
 */
export async function changeSettingFromHome(
  ctx: CoreContext,
  workspace: Workspace,
  actor: Person,
  setting: string,
  raw: string,
): Promise<MessageModel> {
  const chosen = OVERVIEW_SETTINGS.find((s) => s === setting);
  const value = raw.trim();
  if (!chosen) return { parts: [text(t(localeOf(actor, workspace), 'error.generic'))] };
  if (chosen === 'checkin') return await setCheckInDays(ctx, workspace, actor, value);
  const named = CHANNEL.exec(value);
  if (named && (chosen === 'channel' || chosen === 'summary' || chosen === 'inbox')) {
    const channel = named[1] ?? named[2]!;
    return await changeSetting(ctx, { workspace, actor, setting: chosen, value: 'here', channel });
  }
  // The overview's digest is the workspace default, not the admin's own schedule.
  const command = chosen === 'digest' && !/^default\b/i.test(value) ? `default ${value}` : value;
  return await changeSetting(ctx, { workspace, actor, setting: chosen, value: command });
}
