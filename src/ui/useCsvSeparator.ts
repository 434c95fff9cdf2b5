import { resolveCsvSeparator, type CsvSeparator } from '../domain';
import { intlLocale, useTranslation } from '../i18n';
import { useCsvStore } from '../state/csvStore';

/** The separator CSV downloads use now: the user's choice, or the interface language's convention. */
export function useCsvSeparator(): CsvSeparator {
  const { i18n } = useTranslation();
  const choice = useCsvStore((state) => state.separator);
  return resolveCsvSeparator(choice, intlLocale(i18n.language));
}
