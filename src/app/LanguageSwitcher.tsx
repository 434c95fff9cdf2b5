import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../i18n';
import { useUiStore } from '../state/uiStore';
import './language-switcher.css';

/** Each language is offered under its own name, so a reader finds theirs whatever is shown now. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const setLanguage = useUiStore((state) => state.setLanguage);
  const id = useId();
  return (
    <div className="language-switcher">
      <label className="language-switcher__label" htmlFor={id}>
        <span className="language-switcher__icon" aria-hidden="true">
          文A
        </span>
        {t('app.language')}
      </label>
      <select
        id={id}
        name="language"
        className="language-switcher__select"
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          setLanguage(language);
          void changeLanguage(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
