const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A user's value set apart from the message around it (Unicode first-strong isolate), for text
 * that cannot hold markup (<bdi>): toasts, options, accessible names (aria-label), tooltips (title),
 * chart labels. Its own direction (Arabic, or a stray U+202E) then never reorders the words, arrows
 * or punctuation of the message. Free text is isolated (titles, names, lead units, snapshot names);
 * identifiers are not: a code cannot hold a direction, control or invisible character (refused by
 * findHiddenCharacter, domain/identifier.ts), and controls are called by their code ("Move M2"),
 * by voice too.
 */
export function isolate(value: string): string {
  return `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;
}

