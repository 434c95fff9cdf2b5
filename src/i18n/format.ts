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

export function formatNumber(value: number, language: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(language), options).format(value);
}
