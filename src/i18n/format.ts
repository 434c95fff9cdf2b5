import type { ProgressFigures } from '../domain';
import { intlLocale } from './languages';

export function formatDate(isoDate: string, language: string): string {
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(iso: string, language: string, style: 'long' | 'medium' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: style, timeStyle: 'short' }).format(new Date(iso));
}

export function formatPercent(percent: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** A progress headline's figures as a message's values ("24 lines, 18 started = 75 %, ..."). */
export function progressMessageValues(
  figures: ProgressFigures,
  language: string,
): Omit<ProgressFigures, 'startedPercent'> & { percent: string } {
  const { startedPercent, ...counts } = figures;
  return { ...counts, percent: formatPercent(startedPercent, language) };
}

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(value);
}
