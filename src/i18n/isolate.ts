const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A user's value set apart from the message around it (Unicode first-strong isolate), for text
 * that cannot hold markup: toasts, options, labels. Its own direction (Arabic, or a stray U+202E)
 * then never reorders the words, arrows or punctuation of the message.
 */
export function isolate(value: string): string {
  return `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`;
}
