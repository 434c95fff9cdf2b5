/**
 * The first key that appears twice in one object of a JSON text, with its offset. JSON.parse keeps
 * the last of two equal keys without a word, so a file could carry a value no reader sees; strict
 * parsers refuse such files, and so does the import. The text must already be valid JSON.
 */
export function findDuplicateKey(text: string): { key: string; offset: number } | null {
  // One entry per open object (its keys so far) or array (null).
  const open: (Set<string> | null)[] = [];
  let isKeyNext = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') {
      let end = index + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open.at(-1);
      if (isKeyNext && keys) {
        const key = JSON.parse(text.slice(index, end + 1)) as string;
        if (keys.has(key)) return { key, offset: index };
        keys.add(key);
        isKeyNext = false;
      }
      index = end;
    } else if (char === '{') {
      open.push(new Set());
      isKeyNext = true;
    } else if (char === '[') {
      open.push(null);
    } else if (char === '}' || char === ']') {
      open.pop();
    } else if (char === ',') {
      isKeyNext = open.at(-1) instanceof Set;
    }
  }
  return null;
}
