import i18next from 'i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import { loadShellMessages, loadViewMessageTree, type MessageTree } from './loadMessages';

export const i18n = i18next.createInstance();

/*
 * A language's messages come in two parts: the shell's and the board's, fetched before the first
 * paint, and the other views', fetched with the first of those views.
 */
export type MessagePart = 'shell' | 'views';

const PART_LOADERS: Record<MessagePart, (language: Language) => Promise<MessageTree>> = {
  shell: loadShellMessages,
  views: loadViewMessageTree,
};
const loadingParts = new Map<string, Promise<void>>();
const loadedParts = new Set<string>();

/** Fetches one part of a language's messages once, and adds it to the language's bundle. */
export function loadPart(language: Language, part: MessagePart): Promise<void> {
  const key = `${language}:${part}`;
  let loading = loadingParts.get(key);
  if (!loading) {
    loading = PART_LOADERS[part](language).then(
      (messages) => {
        // A copy: i18next merges later parts into the object it holds, not into the module's export.
        i18n.addResourceBundle(language, 'translation', { ...messages }, true, true);
        loadedParts.add(key);
      },
      (error: unknown) => {
        // Forgotten, so that the next view or language switch tries the fetch again.
        loadingParts.delete(key);
        throw error;
      },
    );
    loadingParts.set(key, loading);
  }
  return loading;
}

/** Records a part handed to `i18n.init` directly. */
export function markPartLoaded(language: Language, part: MessagePart): void {
  loadingParts.set(`${language}:${part}`, Promise.resolve());
  loadedParts.add(`${language}:${part}`);
}

/**
 * The messages of every view but the board (and of the backup reminder), in the language shown
 * unless told otherwise. Views load them with their code; the board's first paint does without.
 */
export function loadViewMessages(language: Language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE): Promise<void> {
  return loadPart(language, 'views');
}

export function hasViewMessages(language: string): boolean {
  return loadedParts.has(`${language}:views`);
}
