import { MAX_SNAPSHOT_BYTES } from '../../src/domain';
import validSmall from './valid-small.json';

/**
 * Bad files too large or too binary to keep in the repository; built on the fly from the small
 * valid snapshot beside this file.
 */
export function generatedBadFiles(): Record<string, Uint8Array> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const withLongNotes = structuredClone(validSmall);
  const [firstLine] = withLongNotes.actionLines;
  if (firstLine) firstLine.notes = 'x'.repeat(100_000);
  // A valid file padded with spaces to 1 MB over the limit; bytes, not a string, to build it fast.
  const valid = encode(JSON.stringify(validSmall));
  const overLimit = new Uint8Array(MAX_SNAPSHOT_BYTES + 1024 * 1024).fill(0x20);
  overLimit.set(valid);
  return {
    'empty (0 bytes)': new Uint8Array(0),
    'binary bytes': Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256),
    'UTF-16 text': Uint8Array.from([0xff, 0xfe, ...Array.from(encode('{"format"')).flatMap((byte) => [byte, 0])]),
    '100,000-character string': encode(JSON.stringify(withLongNotes)),
    '100,000-character label': encode(JSON.stringify({ ...validSmall, label: 'y'.repeat(100_000) })),
    'file 1 MB over the limit': overLimit,
  };
}
