import { intlLocale } from '../../i18n';

function format(value: number, unit: 'megabyte' | 'byte', language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * A file's size and the limit it passed, precise enough to differ: megabytes when they do
 * ("5.4 MB" against "5 MB"), bytes when a file is only just over ("5,242,881 byte" against
 * "5,242,880 byte"), so the message never says a size is larger than itself.
 */
export function describeSizeAgainstLimit(size: number, limit: number, language: string): { size: string; limit: string } {
  const megabytes = (bytes: number) => format(bytes / (1024 * 1024), 'megabyte', language);
  if (megabytes(size) !== megabytes(limit)) return { size: megabytes(size), limit: megabytes(limit) };
  return { size: format(size, 'byte', language), limit: format(limit, 'byte', language) };
}
