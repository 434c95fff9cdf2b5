/** Byte order mark: tells spreadsheet tools the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
// A spreadsheet may split a cell at either convention's separator (comma; semicolon in French,
// Spanish and Russian locales), a tab or a line break; a formula could start any piece it gets.
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n]\s*)([=+\-@])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * Escapes one cell per RFC 4180, quoting any cell that holds a separator of either convention,
 * and defuses spreadsheet formulas by prefixing an apostrophe to every piece that could start one.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string') {
    text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a BOM and CRLF line endings, as RFC 4180 specifies. */
export function buildCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
