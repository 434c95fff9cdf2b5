import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useUiStore } from '../state/uiStore';
import { DEFAULT_LANGUAGE, isLanguage, textDirection, type Language } from './languages';
import { loadMessages } from './loadMessages';

export const i18n = i18next.createInstance();

/** Screen readers pick their voice from `lang`; the tab's title reads in the same language. */
function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
  document.title = i18n.t('app.name');
}

/** Loads a language's messages once, then switches the interface and the document to it. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loadMessages(language));
  }
  await i18n.changeLanguage(language);
}

const saved = useUiStore.getState().language;
const initialLanguage: Language = isLanguage(saved) ? saved : DEFAULT_LANGUAGE;

i18n.on('languageChanged', applyDocumentLanguage);

// Awaited before any view renders, so a saved language never flashes English first.
await i18n.use(initReactI18next).init({
  lng: initialLanguage,
  // Every locale is complete (a test holds it), so no second language is fetched as a fallback.
  fallbackLng: false,
  resources: { [initialLanguage]: { translation: await loadMessages(initialLanguage) } },
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { DEFAULT_LANGUAGE, LANGUAGES, intlLocale, isLanguage, textDirection, type Language } from './languages';
export { formatDate, formatDateTime, formatNumber, formatPercent } from './format';
export { useQuarterFormat } from './useQuarterFormat';
export { StatusOptions } from './StatusOptions';
export { HealthOptions } from './HealthOptions';
