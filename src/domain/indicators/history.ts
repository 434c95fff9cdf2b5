import { diffForHistory } from '../history';
import type { HistoryChange } from '../types';
import type { Breakdown, Indicator, IndicatorPeriod, IndicatorUnit, IndicatorValue, ValueSource } from './types';

/*
 * History keeps values as text. An indicator's structured fields (its unit, its lines, a value with
 * its source, breakdowns) are written as short readable texts: the history shows them as they are,
 * and no revert reads them back (undo keeps whole records).
 */

export function unitText(unit: IndicatorUnit): string {
  return unit.kind === 'money' ? `money ${unit.currency}` : unit.kind;
}

export function sourceText(source: ValueSource | null): string | null {
  if (!source) return null;
  return [source.document, source.section, source.page === null ? '' : `p. ${source.page}`].filter(Boolean).join(', ');
}

function valueText(value: IndicatorValue | null): string | null {
  return value ? String(value.value) : null;
}

function breakdownsText(breakdowns: readonly Breakdown[]): string | null {
  if (breakdowns.length === 0) return null;
  return breakdowns
    .map((breakdown) => `${breakdown.dimension}: ${breakdown.parts.map((part) => `${part.label} ${part.value}${breakdown.partsUnit === 'share' ? ' %' : ''}`).join('; ')}`)
    .join(' | ');
}

const INDICATOR_FIELDS = ['name', 'unit', 'direction', 'areaCode', 'lineCodes', 'definition'] as const;

function indicatorTexts(indicator: Indicator) {
  return {
    name: indicator.name,
    unit: unitText(indicator.unit),
    direction: indicator.direction,
    areaCode: indicator.areaCode,
    lineCodes: indicator.lineCodes.join(', '),
    definition: indicator.definition,
  };
}

const PERIOD_FIELDS = [
  'start',
  'end',
  'baseline',
  'baselineSource',
  'target',
  'targetSource',
  'actual',
  'actualSource',
  'breakdowns',
  'note',
] as const;

function periodTexts(period: IndicatorPeriod) {
  return {
    start: period.start,
    end: period.end,
    baseline: valueText(period.baseline),
    baselineSource: sourceText(period.baseline?.source ?? null),
    target: valueText(period.target),
    targetSource: sourceText(period.target?.source ?? null),
    actual: valueText(period.actual),
    actualSource: sourceText(period.actual?.source ?? null),
    breakdowns: breakdownsText(period.breakdowns),
    note: period.note,
  };
}

/** An indicator's history entries hold its id where a line's hold the line's code (types.ts). */
function indicatorContext(indicatorId: string, entity: 'indicator' | 'indicatorPeriod', entityId: string, at: string) {
  return { at, entity, entityId, lineCode: indicatorId };
}

/** The history of an edit to an indicator's own fields: one entry per changed field. */
export function indicatorEditHistory(before: Indicator, after: Indicator, at: string): HistoryChange[] {
  return diffForHistory(indicatorTexts(before), indicatorTexts(after), INDICATOR_FIELDS, indicatorContext(after.id, 'indicator', after.id, at));
}

/** Adding (before null) or deleting (after null) an indicator: one entry, named by the indicator. */
export function indicatorPresenceHistory(before: Indicator | null, after: Indicator | null, at: string): HistoryChange[] {
  const indicator = after ?? before;
  if (!indicator) return [];
  return [{ ...indicatorContext(indicator.id, 'indicator', indicator.id, at), field: 'indicator', from: before?.name ?? null, to: after?.name ?? null }];
}

/** Adding, editing or deleting a period: one entry for an add or a delete, one per changed field for an edit. */
export function periodHistory(before: IndicatorPeriod | null, after: IndicatorPeriod | null, at: string): HistoryChange[] {
  const period = after ?? before;
  if (!period) return [];
  const context = indicatorContext(period.indicatorId, 'indicatorPeriod', period.id, at);
  if (!before || !after) {
    const label = `${period.start} – ${period.end}`;
    return [{ ...context, field: 'period', from: before ? label : null, to: after ? label : null }];
  }
  return diffForHistory(periodTexts(before), periodTexts(after), PERIOD_FIELDS, context).map((entry) => ({ ...entry, field: `period.${entry.field}` }));
}
