import { t, type Locale } from '../i18n';
import { WORDS_MAX, WORDS_MIN } from './give-kudos';
import { text, type MessageModel } from './message';

export function kudosHelp(locale: Locale): MessageModel {
  return {
    parts: [
      text(t(locale, 'kudos.help', { min: WORDS_MIN, max: WORDS_MAX })),
      text(t(locale, 'kudos.help.settings')),
      text(t(locale, 'kudos.help.managers')),
    ],
  };
}
