import { initReactI18next } from 'react-i18next';
import { useUiStore } from '../state/uiStore';
import { DEFAULT_LANGUAGE, isLanguage, textDirection, type Language } from './languages';
import { loadShellMessages } from './loadMessages';
import { i18n, loadPart, markPartLoaded } from './messageParts';

/** Screen readers pick their voice from `lang`; the tab's title reads in the same language. */
function applyDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = textDirection(language);
  document.title = i18n.t('app.name');
}

/**
 * Loads a language's messages once, then switches the interface and the document to it. Both
 * parts: whichever view is on screen then has its messages, and switching is rare.
 */
export async function changeLanguage(language: Language): Promise<void> {
  await Promise.all([loadPart(language, 'shell'), loadPart(language, 'views')]);
  await i18n.changeLanguage(language);
}

const saved = useUiStore.getState().language;
const initialLanguage: Language = isLanguage(saved) ? saved : DEFAULT_LANGUAGE;

i18n.on('languageChanged', applyDocumentLanguage);

// Awaited before any view renders, so a saved language never flashes English first. A copy, as
// i18next merges the views' part into the object it holds.
const initialShell = await loadShellMessages(initialLanguage);
await i18n.use(initReactI18next).init({
  lng: initialLanguage,
  // Every locale is complete (a test holds it), so no second language is fetched as a fallback.
  fallbackLng: false,
  resources: { [initialLanguage]: { translation: { ...initialShell } } },
  interpolation: { escapeValue: false },
  returnNull: false,
});
markPartLoaded(initialLanguage, 'shell');

export { i18n, loadViewMessages } from './messageParts';
export { DEFAULT_LANGUAGE, LANGUAGES, intlLocale, isLanguage, textDirection, type Language } from './languages';
export { formatDate, formatDateTime, formatNumber, formatPercent, progressMessageValues } from './format';
export { useQuarterFormat } from './useQuarterFormat';
export { StatusOptions } from './StatusOptions';
export { HealthOptions } from './HealthOptions';
export { isolate } from './isolate';
export { IsolatedMessage } from './IsolatedMessage';
export { useTranslation } from './useTranslation';
