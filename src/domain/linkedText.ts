/** A piece of free text: plain words, a web address, or an ITU document symbol. */
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string }
  | { kind: 'symbol'; text: string };

const ADDRESS = String.raw`https?:\/\/[^\s<>"]+`;
/*
 * ITU document symbols as the reports cite them: a body's letters (C, CL, CWG-FHR, TDAG...), its
 * two-digit session or year, a slash, an optional series (INF, ADD...) and the number, with an
 * optional revision: C25/54, CL-25/36, CWG-FHR-21/5, C23/INF/12, C23/62(Rev.1). The hyphen may be
 * a non-breaking one (U+2011), as in documents pasted from Word. Two digits before the slash keep
 * quarters and dates ("Q3/2025", "12/03/2026") out.
 */
const SYMBOL = String.raw`(?<![\p{L}\p{N}])[A-Z]{1,8}(?:[-\u2011][A-Z]{1,8})*[-\u2011]?\d{2}\/(?:[A-Z]{2,4}\/)?\d{1,4}(?:\((?:Rev|Add|Corr)\.\s?\d{1,2}\))?(?![\p{L}\p{N}/])`;
const PATTERN = new RegExp(`(${ADDRESS})|(${SYMBOL})`, 'gu');

/** Punctuation that ends a sentence around an address rather than belonging to it. */
const TRAILING = /[.,;:!?'"\u00bb\u201d\u2019]+$/;

/** An address without the punctuation written after it; a closing bracket stays only if the address opened one. */
function trimAddress(raw: string): string {
  let address = raw.replace(TRAILING, '');
  for (const [open, close] of [['(', ')'], ['[', ']']] as const) {
    while (address.endsWith(close) && address.split(close).length > address.split(open).length) {
      address = address.slice(0, -1).replace(TRAILING, '');
    }
  }
  return address;
}

/** The address as a link target, or null when it is not a well-formed http(s) address. */
function safeHref(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Splits text into plain parts, http(s) addresses and ITU document symbols, in order; joined, the
 * parts' texts are the text unchanged. Nothing here is markup: a view renders each part as text,
 * a link or a highlighted symbol, so text from the data can never become HTML.
 */
export function parseLinkedText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let plain = '';
  let end = 0;
  for (const match of text.matchAll(PATTERN)) {
    const [raw, address] = match;
    const found = address === undefined ? raw : trimAddress(address);
    const href = address === undefined ? null : safeHref(found);
    if (address !== undefined && href === null) continue;
    plain += text.slice(end, match.index);
    if (plain) parts.push({ kind: 'text', text: plain });
    plain = '';
    parts.push(href === null ? { kind: 'symbol', text: found } : { kind: 'link', text: found, href });
    end = match.index + found.length;
  }
  plain += text.slice(end);
  if (plain) parts.push({ kind: 'text', text: plain });
  return parts;
}
