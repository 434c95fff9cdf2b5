/** Byte order mark: tells spreadsheet tools the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

export type CsvSeparator = ',' | ';' | '\t';

/** What the user picks: the language's convention, or one separator whatever the language. */
export type CsvSeparatorChoice = 'automatic' | 'comma' | 'semicolon' | 'tab';

export const CSV_SEPARATOR_CHOICES: readonly CsvSeparatorChoice[] = ['automatic', 'comma', 'semicolon', 'tab'];

const CHOSEN_SEPARATORS: Record<Exclude<CsvSeparatorChoice, 'automatic'>, CsvSeparator> = { comma: ',', semicolon: ';', tab: '\t' };

/**
 * The separator a spreadsheet set to this locale reads: where the decimal mark is a comma (French,
 * Spanish, Russian...), spreadsheets take the semicolon as the list separator, and a comma-separated
 * file lands with each row in one cell. Read from Intl, so every locale follows its own convention.
 */
export function localeCsvSeparator(locale: string): CsvSeparator {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}

export function resolveCsvSeparator(choice: CsvSeparatorChoice, locale: string): CsvSeparator {
  return choice === 'automatic' ? localeCsvSeparator(locale) : CHOSEN_SEPARATORS[choice];
}

export function isCsvSeparatorChoice(value: unknown): value is CsvSeparatorChoice {
  return CSV_SEPARATOR_CHOICES.some((choice) => choice === value);
}

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

/** A CSV document with a BOM and CRLF line endings, as RFC 4180 specifies, its cells split by `separator`. */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  separator: CsvSeparator,
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(separator));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
