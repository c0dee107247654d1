import { en, type MessageKey } from './en';
import { lt } from './lt';
import { ro } from './ro';
import { ru } from './ru';

export type { MessageKey };
export type Catalog = Record<MessageKey, string>;

export const LOCALES = ['en', 'ru', 'lt', 'ro'] as const;
export type Locale = (typeof LOCALES)[number];

export const catalogs: Record<Locale, Catalog> = { en, ru, lt, ro };

export type Params = Record<string, string | number>;

/** 'ru-RU', 'ro_RO' or 'LT' → a supported language, or undefined. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  const language = value?.toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((l) => l === language);
}

/** The catalog text for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const template = catalogs[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
