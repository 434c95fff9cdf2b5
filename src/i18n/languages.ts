/** The six official languages of the United Nations, named in their own language. */
export const LANGUAGES = [
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'zh', nativeName: '中文', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

export function textDirection(language: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((entry) => entry.code === language)?.dir ?? 'ltr';
}

/**
 * The locale handed to Intl. English reads "15 January 2026" (day month year), as in UN
 * documents; Arabic keeps Western digits, as UN Arabic documents do, so that figures match the
 * codes and quarters of the data ("M 10", "Q3 2025") shown beside them.
 */
export function intlLocale(language: string): string {
  if (language === 'en') return 'en-GB';
  if (language === 'ar') return 'ar-u-nu-latn';
  return language;
}
