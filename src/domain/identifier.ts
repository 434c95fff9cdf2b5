// Control, format (zero-width, bidirectional overrides and isolates, soft hyphen, BOM), line and
// paragraph separators, and any space but the plain one: characters that make one code look like
// another, or like nothing.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}]/u;

/** An identifier as stored and compared: Unicode NFC, so equal-looking codes are equal. */
export function normalizeIdentifier(value: string): string {
  return value.normalize('NFC');
}

type Found = { position: number; codePoint: string } | null;

function findCharacter(value: string, isHidden: (char: string, index: number, characters: string[]) => boolean): Found {
  const characters = [...value];
  const index = characters.findIndex((char, i) => isHidden(char, i, characters));
  if (index < 0) return null;
  const codePoint = characters[index]?.codePointAt(0) ?? 0;
  return { position: index + 1, codePoint: `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * The first character of an identifier that a reader cannot see or that reorders its text, with
 * its 1-based position and code point (U+200B); null when there is none. A space counts only
 * where it does not belong: at either end, or next to another.
 */
export function findHiddenCharacter(value: string): Found {
  return findCharacter(value, (char, i, characters) => {
    if (char === ' ') return i === 0 || i === characters.length - 1 || characters[i - 1] === ' ';
    return HIDDEN.test(char);
  });
}

/**
 * The same for a name a list offers and the board filters by (a lead unit): any character that is
 * invisible, a control character, changes the text direction or is a space other than the plain
 * one. Plain spaces are a name's own business.
 */
export function findHiddenCharacterInName(value: string): Found {
  return findCharacter(value, (char) => char !== ' ' && HIDDEN.test(char));
}
