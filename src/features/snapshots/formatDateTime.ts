import { intlLocale } from '../../i18n';

/** A date and time such as "15 January 2026 at 09:30", in the user's time zone. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
