import type { IndicatorPeriod, IndicatorUnit, PeriodKind } from '../../domain';
import { formatDate, intlLocale } from '../../i18n';

// Here, not in src/i18n/format.ts: only the indicator views use them, so they load with those views.
/**
 * An indicator's figure in its unit: counts as numbers, percentages with their sign, money with the
 * data's own currency (never converted), millions and more written short ("USD 7.6M").
 */
export function formatIndicatorValue(value: number, unit: IndicatorUnit, language: string): string {
  const locale = intlLocale(language);
  if (unit.kind === 'percent') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  if (unit.kind === 'count') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  const isLarge = Math.abs(value) >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: unit.currency,
    currencyDisplay: 'code',
    notation: isLarge ? 'compact' : 'standard',
    maximumFractionDigits: isLarge ? 2 : 0,
    minimumFractionDigits: 0,
  }).format(value);
}

/** A period as a reader names it: "2025", "2015–2018", "1 Jan – 30 Apr 2022", or the date of an "as of" figure. */
export function formatPeriodRange(period: Pick<IndicatorPeriod, 'start' | 'end'>, kind: PeriodKind, language: string): string {
  const locale = intlLocale(language);
  if (kind === 'year') return period.start.slice(0, 4);
  if (kind === 'years') return `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  if (kind === 'asOf') return formatDate(period.start, language);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(date(period.start), date(period.end));
}
