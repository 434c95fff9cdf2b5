import type { shell } from './shell';
import type { views } from './views';

/**
 * Every English message key, the reference for type-checked keys. The messages live one file per
 * feature so features can be translated and edited apart, and load in two parts (shell, views).
 */
export type Messages = typeof shell & typeof views;
