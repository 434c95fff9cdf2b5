import { useId } from 'react';
import { changeLanguage, isLanguage, LANGUAGES, useTranslation } from '../i18n';
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
        <svg className="language-switcher__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9M12 3c-2.5 2.5-3.8 5.5-3.8 9s1.3 6.5 3.8 9" />
        </svg>
        <span className="language-switcher__text">{t('app.language')}</span>
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
