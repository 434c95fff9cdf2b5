import type { Language } from './languages';

export type MessageTree = { [key: string]: string | MessageTree };

/** One chunk per language: the first load fetches only the language in use. */
const LOADERS: Record<Language, () => Promise<MessageTree>> = {
  en: () => import('./locales/en').then((module) => module.en),
  fr: () => import('./locales/fr').then((module) => module.fr),
  es: () => import('./locales/es').then((module) => module.es),
  ar: () => import('./locales/ar').then((module) => module.ar),
  ru: () => import('./locales/ru').then((module) => module.ru),
  zh: () => import('./locales/zh').then((module) => module.zh),
};

export function loadMessages(language: Language): Promise<MessageTree> {
  return LOADERS[language]();
}
