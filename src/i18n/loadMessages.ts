import type { Language } from './languages';

export type MessageTree = { [key: string]: string | MessageTree };

/*
 * Two chunks per language, and only the language in use is fetched: the shell's and the board's
 * messages before the first paint, the other views' with the first of those views.
 */
const SHELL_LOADERS: Record<Language, () => Promise<MessageTree>> = {
  en: () => import('./locales/en/shell').then((module) => module.shell),
  fr: () => import('./locales/fr/shell').then((module) => module.shell),
  es: () => import('./locales/es/shell').then((module) => module.shell),
  ar: () => import('./locales/ar/shell').then((module) => module.shell),
  ru: () => import('./locales/ru/shell').then((module) => module.shell),
  zh: () => import('./locales/zh/shell').then((module) => module.shell),
};

const VIEW_LOADERS: Record<Language, () => Promise<MessageTree>> = {
  en: () => import('./locales/en/views').then((module) => module.views),
  fr: () => import('./locales/fr/views').then((module) => module.views),
  es: () => import('./locales/es/views').then((module) => module.views),
  ar: () => import('./locales/ar/views').then((module) => module.views),
  ru: () => import('./locales/ru/views').then((module) => module.views),
  zh: () => import('./locales/zh/views').then((module) => module.views),
};

export function loadShellMessages(language: Language): Promise<MessageTree> {
  return SHELL_LOADERS[language]();
}

export function loadViewMessageTree(language: Language): Promise<MessageTree> {
  return VIEW_LOADERS[language]();
}

/** Every message of a language, both parts. */
export async function loadMessages(language: Language): Promise<MessageTree> {
  const [shell, views] = await Promise.all([loadShellMessages(language), loadViewMessageTree(language)]);
  return { ...shell, ...views };
}
