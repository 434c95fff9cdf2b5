import { intlLocale } from '../../i18n';

function format(value: number, unit: 'megabyte' | 'byte', language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** A size in megabytes (of 1,048,576 bytes, as the size checks count them), such as "128 MB". */
export function formatMegabytes(bytes: number, language: string): string {
  return format(bytes / (1024 * 1024), 'megabyte', language);
}

/**
 * A file's size and the limit it passed, precise enough to differ: megabytes when they do
 * ("5.4 MB" against "5 MB"), bytes when a file is only just over ("5,242,881 byte" against
 * "5,242,880 byte"), so the message never says a size is larger than itself.
 */
export function describeSizeAgainstLimit(size: number, limit: number, language: string): { size: string; limit: string } {
  const megabytes = (bytes: number) => formatMegabytes(bytes, language);
  if (megabytes(size) !== megabytes(limit)) return { size: megabytes(size), limit: megabytes(limit) };
  return { size: format(size, 'byte', language), limit: format(limit, 'byte', language) };
}
