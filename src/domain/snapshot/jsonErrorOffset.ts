/** Thrown from deep in the scan to leave it at once, carrying where the text stopped being JSON. */
class JsonSyntaxErrorAt extends Error {
  constructor(readonly offset: number) {
    super(`Not JSON at offset ${offset}.`);
  }
}

/**
 * The offset of the first syntax error in `text`, or null when it is valid JSON. Browsers word
 * JSON.parse errors differently and often leave out the position, so the place is found here.
 */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const fail = (): never => {
    throw new JsonSyntaxErrorAt(i);
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text.charAt(i) !== char) fail();
      i += 1;
    }
  };
  const string = () => {
    i += 1;
    while (i < text.length && text.charAt(i) !== '"') {
      const char = text.charCodeAt(i);
      if (char < 0x20) fail();
      if (text.charAt(i) === '\\') {
        i += 1;
        if (text.charAt(i) === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail();
      }
      i += 1;
    }
    if (i >= text.length) fail();
    i += 1;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match?.[0].length ?? 0;
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(i);
    if (char === '{') return container('}', () => {
      skipSpace();
      if (text.charAt(i) !== '"') fail();
      string();
      skipSpace();
      if (text.charAt(i) !== ':') fail();
      i += 1;
      value();
    });
    if (char === '[') return container(']', value);
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    if (char === '-' || (char >= '0' && char <= '9')) return number();
    fail();
  };
  const container = (close: string, member: () => void) => {
    i += 1;
    skipSpace();
    if (text.charAt(i) === close) {
      i += 1;
      return;
    }
    for (;;) {
      member();
      skipSpace();
      if (text.charAt(i) === ',') i += 1;
      else if (text.charAt(i) === close) {
        i += 1;
        return;
      } else fail();
    }
  };
  try {
    value();
    skipSpace();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof JsonSyntaxErrorAt) return error.offset;
    throw error;
  }
}
