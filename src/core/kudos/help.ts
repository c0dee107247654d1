import { t, type Locale, type MessageKey } from '../../i18n';
import { WORDS_MAX, WORDS_MIN } from './give-kudos';
import { text, type MessageModel, type Part } from '../shared';
import type { Platform } from '../people';

/** What else Frontline does where the help is read: each command's help ends with its siblings. */
const EVERYTHING: Record<Platform, MessageKey> = {
  slack: 'help.more.slack',
  teams: 'help.more.teams',
  shell: 'help.more.shell',
};

const everything = (locale: Locale, platform: Platform): Part =>
  text(t(locale, EVERYTHING[platform]));

/** Teams has no slash commands: its help starts by saying how commands are written there. */
const intro = (locale: Locale, platform: Platform): Part[] =>
  platform === 'teams' ? [text(t(locale, 'teams.help.intro'))] : [];

/** `/kudos help`. */
export function kudosHelp(locale: Locale, platform: Platform): MessageModel {
  return {
    parts: [
      ...intro(locale, platform),
      text(t(locale, 'kudos.help', { min: WORDS_MIN, max: WORDS_MAX })),
      text(t(locale, 'kudos.help.settings')),
      text(t(locale, 'kudos.help.managers')),
      everything(locale, platform),
    ],
  };
}

/** `/escalate help`: reports, the admins' client accounts, and the rest. */
export function escalateHelp(locale: Locale, platform: Platform): MessageModel {
  return {
    parts: [
      ...intro(locale, platform),
      text(t(locale, 'escalate.help')),
      text(t(locale, 'clients.help')),
      everything(locale, platform),
    ],
  };
}
