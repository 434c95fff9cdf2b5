import { describe, expect, it } from 'vitest';
import { parseLinkedText, type TextPart } from './linkedText';

const joined = (parts: TextPart[]) => parts.map((part) => part.text).join('');

describe('parseLinkedText', () => {
  it('keeps text without addresses or symbols as one plain part', () => {
    expect(parseLinkedText('Fees under review, Q3/2025 at the latest, see 12/03/2026.')).toEqual([
      { kind: 'text', text: 'Fees under review, Q3/2025 at the latest, see 12/03/2026.' },
    ]);
    expect(parseLinkedText('')).toEqual([]);
  });

  it('finds http and https addresses, leaving the punctuation after them to the sentence', () => {
    const parts = parseLinkedText('See https://www.itu.int/council/, then (http://example.org/a_(b)) and https://x.org/p?q=1.');
    expect(parts.filter((part) => part.kind === 'link')).toEqual([
      { kind: 'link', text: 'https://www.itu.int/council/', href: 'https://www.itu.int/council/' },
      { kind: 'link', text: 'http://example.org/a_(b)', href: 'http://example.org/a_(b)' },
      { kind: 'link', text: 'https://x.org/p?q=1', href: 'https://x.org/p?q=1' },
    ]);
    expect(parts.at(-1)).toEqual({ kind: 'text', text: '.' });
  });

  it('never makes a link of another scheme or of markup', () => {
    const text = 'javascript:alert(1) <a href="https://evil.example">x</a> ftp://files.example/a';
    const links = parseLinkedText(text).filter((part) => part.kind === 'link');
    expect(links).toEqual([{ kind: 'link', text: 'https://evil.example', href: 'https://evil.example/' }]);
    expect(joined(parseLinkedText(text))).toBe(text);
  });

  it('finds ITU document symbols as reports cite them', () => {
    const text = 'Per C25/54 and CWG-FHR-21/5 (see also C23/INF/12, C23/62(Rev.1), CL-25/36 and CWG\u2011FHR-17/INF/9).';
    expect(parseLinkedText(text).filter((part) => part.kind === 'symbol').map((part) => part.text)).toEqual([
      'C25/54',
      'CWG-FHR-21/5',
      'C23/INF/12',
      'C23/62(Rev.1)',
      'CL-25/36',
      'CWG\u2011FHR-17/INF/9',
    ]);
    expect(joined(parseLinkedText(text))).toBe(text);
  });

  it('does not take a symbol out of a longer word or an address', () => {
    expect(parseLinkedText('ABC25/54X and xC25/54').every((part) => part.kind === 'text')).toBe(true);
    expect(parseLinkedText('https://www.itu.int/md/S25-CL-C-0054/en')).toEqual([
      { kind: 'link', text: 'https://www.itu.int/md/S25-CL-C-0054/en', href: 'https://www.itu.int/md/S25-CL-C-0054/en' },
    ]);
  });

  it('keeps the text around the parts, in order, so joined they read as the notes', () => {
    const text = 'Draft in C25/54; details at https://www.itu.int/x. Ask BDT.';
    expect(parseLinkedText(text)).toEqual([
      { kind: 'text', text: 'Draft in ' },
      { kind: 'symbol', text: 'C25/54' },
      { kind: 'text', text: '; details at ' },
      { kind: 'link', text: 'https://www.itu.int/x', href: 'https://www.itu.int/x' },
      { kind: 'text', text: '. Ask BDT.' },
    ]);
  });
});
