import { catalogs, LOCALES, t, toLocale, type MessageKey } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
const enKeys = Object.keys(en).sort();

describe('catalogs', () => {
  it('has a catalog for every locale and no other', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const catalog = catalogs[locale];

    it('has exactly the English keys', () => {
      expect(Object.keys(catalog).sort()).toEqual(enKeys);
    });

    it.each(enKeys)('%s has the same placeholders as English', (key) => {
      const text = catalog[key as MessageKey];
      expect(placeholders(text)).toEqual(placeholders(en[key as MessageKey]));
    });
  });

  describe.each(LOCALES)('%s', (locale) => {
    it('has no empty text', () => {
      const empty = Object.entries(catalogs[locale])
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });
  });

  it('the other languages are translations, not copies of English', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      expect(catalogs[locale]['kudos.error.self']).not.toBe(en['kudos.error.self']);
    }
  });
});

describe('toLocale', () => {
  it.each([
    ['ru-RU', 'ru'],
    ['ro_RO', 'ro'],
    ['LT', 'lt'],
    ['en-GB', 'en'],
    ['en', 'en'],
  ])('%j → %j', (value, locale) => {
    expect(toLocale(value)).toBe(locale);
  });

  it.each(['fr', 'fr-FR', '', 'russian', null, undefined])('%j is not supported', (value) => {
    expect(toLocale(value)).toBeUndefined();
  });
});

describe('t', () => {
  it('fills every placeholder', () => {
    expect(t('en', 'kudos.error.tooShort', { min: 10, length: 7 })).toBe(
      'Say a little more about what they did: at least 10 characters (you wrote 7).',
    );
  });

  it('fills the same placeholder wherever it is, in each language', () => {
    for (const locale of LOCALES) {
      const text = t(locale, 'kudos.help', { min: 10, max: 3000 });
      expect(text).toContain('10');
      expect(text).toContain('3000');
      expect(text).not.toMatch(/\{min\}|\{max\}/);
    }
  });

  it('leaves a placeholder it was given no value for, so the gap is visible', () => {
    expect(t('en', 'kudos.error.bot')).toContain('{name}');
  });

  it('does not read placeholders inside the values it fills in', () => {
    expect(t('en', 'kudos.announce', { giver: '{recipients}', recipients: 'Ben' })).toBe(
      '{recipients} gave kudos to Ben',
    );
  });

  it('uses the language asked for', () => {
    expect(t('ru', 'form.kudos.cancel')).toBe(catalogs.ru['form.kudos.cancel']);
    expect(t('ru', 'form.kudos.cancel')).not.toBe(t('en', 'form.kudos.cancel'));
  });
});
