import { useId } from 'react';
import { CSV_SEPARATOR_CHOICES, isCsvSeparatorChoice, localeCsvSeparator } from '../domain';
import { intlLocale, useTranslation } from '../i18n';
import { useCsvStore } from '../state/csvStore';
import './csv-separator-select.css';

/** Which separator the CSV downloads beside it use; one choice for every view, kept across reloads. */
export function CsvSeparatorSelect() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const choice = useCsvStore((state) => state.separator);
  const setChoice = useCsvStore((state) => state.setSeparator);
  const labels = {
    automatic: t('csv.automatic', { separator: localeCsvSeparator(intlLocale(i18n.language)) }),
    comma: t('csv.comma'),
    semicolon: t('csv.semicolon'),
    tab: t('csv.tab'),
  };
  return (
    <div className="csv-separator">
      <label htmlFor={id}>{t('csv.separator')}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          if (isCsvSeparatorChoice(event.target.value)) setChoice(event.target.value);
        }}
      >
        {CSV_SEPARATOR_CHOICES.map((each) => (
          <option key={each} value={each}>
            {labels[each]}
          </option>
        ))}
      </select>
    </div>
  );
}
