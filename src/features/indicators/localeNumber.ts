import { intlLocale } from '../../i18n';

/**
 * A number as a person types it in their interface's language: "7 600 000" or "9,7" in French,
 * "7,600,000" or "9.7" in English. Group separators (and any spaces) are dropped and the
 * language's decimal sign read as a point; a point is always a decimal point where it is not a
 * group separator. Returns null for an empty text and NaN for one that is not a number.
 */
export function parseLocaleNumber(text: string, language: string): number | null {
  const parts = new Intl.NumberFormat(intlLocale(language)).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const compact = westernDigits(text).replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  const plain = compact.split(group).join('').split(decimal).join('.').replace(/^\u2212/, '-');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : Number.NaN;
}

/** Arabic-Indic and Persian digits, and the Arabic decimal and group signs, as Western ones. */
function westernDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, '');
}

/**
 * A number written for an input in the interface's language, without group separators and with
 * every digit JavaScript needs to read it back exactly: a figure saved untouched stays the same
 * number (a seeded share such as 19.736842105263158 is not rounded by being edited around).
 */
export function formatForInput(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  const decimal = new Intl.NumberFormat(intlLocale(language)).formatToParts(0.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return String(value).replace('.', decimal);
}
