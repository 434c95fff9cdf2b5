import { indicatorsWithPositions } from '../rank';
import { SEED_INDICATORS, SEED_INDICATOR_PERIODS } from '../seed/indicatorSeed';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The `code` of each record of an array, ignoring anything else (the schema check reports it). */
function codesOf(value: unknown): Set<string> {
  const records: unknown[] = Array.isArray(value) ? value : [];
  return new Set(records.flatMap((record) => (isRecord(record) && typeof record.code === 'string' ? [record.code] : [])));
}

/**
 * Format 3 -> 4: a format 3 file knew no indicators, so it gains the seeded ones, as the database
 * upgrade to version 5 gives them to a database from before (seedIndicators.ts): importing an old
 * backup of the strategy's tracker gives the tracker that upgrading its database would have. A file
 * of another tracker (a sample with other areas and lines) gets them without the areas and lines it
 * lacks, so that it still imports. A file that already has the keys (malformed for format 3) keeps
 * them, for the schema check to judge.
 */
export function upgradeFormat3(older: Json): Json {
  const areaCodes = codesOf(older.areas);
  const lineCodes = codesOf(older.actionLines);
  const indicators = SEED_INDICATORS.map((indicator) => ({
    ...indicator,
    areaCode: indicator.areaCode !== null && areaCodes.has(indicator.areaCode) ? indicator.areaCode : null,
    lineCodes: indicator.lineCodes.filter((code) => lineCodes.has(code)),
  }));
  return {
    ...older,
    indicators: 'indicators' in older ? older.indicators : indicatorsWithPositions(indicators),
    indicatorPeriods: 'indicatorPeriods' in older ? older.indicatorPeriods : SEED_INDICATOR_PERIODS,
  };
}
