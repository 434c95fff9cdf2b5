import { findHiddenCharacter } from '../identifier';
import { validateIndicator, validatePeriod, type IndicatorIssue, type IndicatorPeriod, type IndicatorUnit } from '../indicators';
import { issue, type SnapshotIssue } from './issues';
import type { SnapshotIndicator } from './schema';

function hidden(value: string, path: string): SnapshotIssue[] {
  const found = findHiddenCharacter(value);
  return found ? [issue('hiddenCharacter', path, { ...found })] : [];
}

/** An indicator's own problems, as the editor would find them: a blank name, an unknown currency, unknown lines. */
function indicatorIssues(indicator: SnapshotIndicator, path: string, areaCodes: ReadonlySet<string>, lineCodes: ReadonlySet<string>): SnapshotIssue[] {
  const { areaCode } = indicator;
  return [
    ...hidden(indicator.id, `${path}.id`),
    ...(areaCode === null ? [] : hidden(areaCode, `${path}.areaCode`)),
    ...(areaCode === null || areaCodes.has(areaCode) ? [] : [issue('unknownArea', `${path}.areaCode`, { value: areaCode })]),
    ...indicator.lineCodes.flatMap((lineCode, j) => hidden(lineCode, `${path}.lineCodes[${j}]`)),
    ...validateIndicator(indicator, lineCodes).flatMap((found): SnapshotIssue[] => {
      if (found.code === 'nameMissing') return [issue('blankName', `${path}.name`)];
      if (found.code === 'currencyUnknown') return [issue('unknownCurrency', `${path}.unit.currency`, { value: found.currency })];
      if (found.code === 'lineUnknown') {
        return [issue('unknownLine', `${path}.lineCodes[${indicator.lineCodes.indexOf(found.lineCode)}]`, { value: found.lineCode })];
      }
      return [];
    }),
  ];
}

/**
 * A period's problems that the editor refuses to save. A breakdown that misses its total is left
 * out: sources round, and the indicator view shows the difference as a warning.
 */
function periodIssue(found: IndicatorIssue, period: IndicatorPeriod, path: string): SnapshotIssue[] {
  switch (found.code) {
    case 'dateInvalid':
      return [issue('badDate', `${path}.${found.field}`, { value: period[found.field] })];
    case 'endBeforeStart':
      return [issue('endBeforeStart', `${path}.end`, { start: period.start, end: period.end })];
    case 'periodClash':
      return [issue('periodClash', path, { start: period.start, end: period.end, otherStart: found.otherStart, otherEnd: found.otherEnd })];
    case 'percentOver100':
      return [issue('percentOver100', `${path}.${found.field}.value`, { value: found.value })];
    case 'negative':
      return [issue('negativeValue', `${path}.${found.field}.value`, { value: found.value })];
    case 'breakdownEmpty':
      return [issue('emptyBreakdown', `${path}.breakdowns[${period.breakdowns.findIndex((b) => b.id === found.breakdownId)}].parts`)];
    default:
      return [];
  }
}

/**
 * Indicators and their periods: references to areas, lines and indicators, and the indicators' own
 * rules (validation.ts), so a file cannot hold what the app would refuse to save.
 */
export function checkIndicators(
  indicators: readonly SnapshotIndicator[],
  periods: readonly IndicatorPeriod[],
  areaCodes: ReadonlySet<string>,
  lineCodes: ReadonlySet<string>,
): SnapshotIssue[] {
  const units = new Map<string, IndicatorUnit>(indicators.map((indicator) => [indicator.id, indicator.unit]));
  const periodsOf = new Map<string, IndicatorPeriod[]>();
  for (const period of periods) periodsOf.set(period.indicatorId, [...(periodsOf.get(period.indicatorId) ?? []), period]);
  return [
    ...indicators.flatMap((indicator, i) => indicatorIssues(indicator, `indicators[${i}]`, areaCodes, lineCodes)),
    ...periods.flatMap((period, i) => {
      const path = `indicatorPeriods[${i}]`;
      const unit = units.get(period.indicatorId);
      const ids = [...hidden(period.id, `${path}.id`), ...hidden(period.indicatorId, `${path}.indicatorId`)];
      if (!unit) return [...ids, issue('unknownIndicator', `${path}.indicatorId`, { value: period.indicatorId })];
      const found = validatePeriod(period, unit, periodsOf.get(period.indicatorId) ?? []);
      return [...ids, ...found.filter((each) => each.severity === 'error').flatMap((each) => periodIssue(each, period, path))];
    }),
  ];
}
