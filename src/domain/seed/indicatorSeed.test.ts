import { describe, expect, it } from 'vitest';
import text000 from '../../../tests/fixtures/sources/000_23dfb144c67c99a6.txt?raw';
import text001 from '../../../tests/fixtures/sources/001_cda9bb40b5d3682b.txt?raw';
import text002 from '../../../tests/fixtures/sources/002_2a53eea2d0296a00.txt?raw';
import text003 from '../../../tests/fixtures/sources/003_90b6a69094807c00.txt?raw';
import { normalizeWhitespace } from '../evidence';
import { hasErrors, periodKind, validateIndicator, validatePeriod } from '../indicators';
import type { Breakdown, IndicatorPeriod } from '../indicators';
import { buildSeedActionLines } from './resourceMobilizationStrategy';
import {
  SEED_INDICATORS,
  SEED_INDICATOR_PASSAGES,
  SEED_INDICATOR_PERIODS,
  SEED_SOURCE_DOCUMENTS,
  SEED_SOURCE_FILES,
  type SeedPassage,
  type SeedSourceFile,
} from './indicatorSeed';

const SOURCES: Record<SeedSourceFile, string> = {
  '000': normalizeWhitespace(text000),
  '001': normalizeWhitespace(text001),
  '002': normalizeWhitespace(text002),
  '003': normalizeWhitespace(text003),
};

/** Labels the seed spells right where the extraction broke them: seed label -> source words. */
const LABEL_FIXES: Record<string, string> = { 'Capacity Development': 'Capacit Development' };

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

interface Found {
  value: number;
  at: number;
}

/**
 * The numbers a passage gives, in order: "175,908", "USD 7.6 million", "30 billion", "72%",
 * "70 per cent", chart fractions ("3.9473684210526314E-2"), and small numbers in words ("five").
 * A passage's `scale` multiplies figures that carry no unit word of their own.
 */
function numbersIn(passage: Pick<SeedPassage, 'text' | 'scale'>): Found[] {
  const text = normalizeWhitespace(passage.text);
  const found: Found[] = [];
  const pattern = /(\d+(?:,\d{3})*(?:\.\d+)?(?:e[-+]?\d+)?)( (?:million|billion)\b)?|\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;
  for (const match of text.matchAll(pattern)) {
    const [, digits, unitWord, word] = match;
    if (word !== undefined) {
      found.push({ value: NUMBER_WORDS[word.toLowerCase()] ?? Number.NaN, at: match.index });
      continue;
    }
    const number = Number((digits ?? '').replace(/,/g, ''));
    const unit = unitWord?.trim().toLowerCase();
    const scale = unit === 'million' ? 1e6 : unit === 'billion' ? 1e9 : (passage.scale ?? 1);
    found.push({ value: number * scale, at: match.index });
  }
  return found;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** Whether a part's value is the figure: as written, or (for shares) a chart's fraction of 1. */
function matches(value: number, figure: number, share: boolean): boolean {
  return same(value, figure) || (share && same(value, figure * 100));
}

/** Whether the values occur in the passage's numbers in this order (other numbers may come between). */
function inOrder(values: readonly number[], figures: readonly Found[], share: boolean): boolean {
  let from = 0;
  for (const value of values) {
    const index = figures.findIndex((figure, i) => i >= from && matches(value, figure.value, share));
    if (index < 0) return false;
    from = index + 1;
  }
  return true;
}

/** Whether the labels occur in the passage in this order (case and whitespace aside). */
function labelsInOrder(labels: readonly string[], text: string): boolean {
  const haystack = normalizeWhitespace(text).toLowerCase();
  let from = 0;
  for (const label of labels) {
    const words = normalizeWhitespace(LABEL_FIXES[label] ?? label).toLowerCase();
    const at = haystack.indexOf(words, from);
    if (at < 0) return false;
    from = at + words.length;
  }
  return true;
}

const passageOf = (key: string): SeedPassage => {
  const passage = SEED_INDICATOR_PASSAGES[key];
  if (!passage) throw new Error(`no passage for ${key}`);
  return passage;
};

const indicatorNamed = (name: string) => {
  const indicator = SEED_INDICATORS.find((candidate) => candidate.name === name);
  if (!indicator) throw new Error(`no indicator named ${name}`);
  return indicator;
};

function periodOf(name: string, start: string, end: string): IndicatorPeriod {
  const { id } = indicatorNamed(name);
  const period = SEED_INDICATOR_PERIODS.find((candidate) => candidate.indicatorId === id && candidate.start === start && candidate.end === end);
  if (!period) throw new Error(`no period ${start}..${end} of ${name}`);
  return period;
}

const actualOf = (name: string, start: string, end: string) => periodOf(name, start, end).actual?.value;

function breakdownOf(period: IndicatorPeriod, dimension: string): Breakdown {
  const breakdown = period.breakdowns.find((candidate) => candidate.dimension === dimension);
  if (!breakdown) throw new Error(`no breakdown by ${dimension}`);
  return breakdown;
}

const partsOf = (breakdown: Breakdown) => Object.fromEntries(breakdown.parts.map((part) => [part.label, part.value]));

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const AGREEMENTS = 'BDT partnership agreements signed';
const CONTRIBUTIONS = 'Financial contributions signed (BDT)';

describe('the indicator seed', () => {
  it('copies the sources it quotes, and names each document as it describes itself', () => {
    expect(SOURCES['000']).toContain('ITU-D partnerships and resource mobilization');
    expect(SOURCES['001']).toContain('This document reports on partnerships and resource mobilization activities undertaken in 2022.');
    expect(SOURCES['002']).toContain('ITU-D PARTNERSHIP AND RESOURCE MOBILIZATION');
    expect(Object.keys(SEED_SOURCE_FILES).sort()).toEqual(['000', '001', '002', '003']);
    for (const document of Object.values(SEED_SOURCE_DOCUMENTS)) expect(document).not.toMatch(/\.txt\b|_[0-9a-f]{16}/);
  });

  it('quotes every passage word for word from its source file, under a section or chart the file has', () => {
    const entries = Object.entries(SEED_INDICATOR_PASSAGES);
    expect(entries.length).toBeGreaterThan(40);
    for (const [key, passage] of entries) {
      expect(SOURCES[passage.file], `${key}: ${passage.text}`).toContain(normalizeWhitespace(passage.text));
      expect(SOURCES[passage.file], `${key}: section ${passage.section}`).toContain(normalizeWhitespace(passage.section));
    }
  });

  it('finds no passage or number the sources do not have', () => {
    expect(SOURCES['000']).not.toContain('the ITU/BDT signed 77 partnership agreements');
    const figures = numbersIn(passageOf(`${periodOf(AGREEMENTS, '2025-01-01', '2025-12-31').id}:actual`));
    expect(inOrder([77], figures, false)).toBe(false);
    expect(inOrder([76], figures, false)).toBe(true);
    expect(numbersIn({ text: 'a total signed financial contribution of USD 175,908' }).map((found) => found.value)).toEqual([175908]);
    expect(numbersIn({ text: 'USD 1.19 million and 30 billion, five, 3.9473684210526314E-2' }).map((found) => found.value)).toEqual([
      1190000, 30e9, 5, 3.9473684210526314e-2,
    ]);
  });

  it('gives every seeded number a passage, and keeps no passage for a value it does not seed', () => {
    const keys = new Set<string>();
    for (const period of SEED_INDICATOR_PERIODS) {
      expect(period.baseline, period.id).toBeNull();
      expect(period.target, period.id).toBeNull();
      if (period.actual) keys.add(`${period.id}:actual`);
      for (const breakdown of period.breakdowns) keys.add(`${period.id}:${breakdown.id}`);
    }
    for (const key of keys) expect(SEED_INDICATOR_PASSAGES[key], key).toBeDefined();
    const notePassages = Object.keys(SEED_INDICATOR_PASSAGES).filter((key) => /:note:\d+$/.test(key));
    expect(new Set(Object.keys(SEED_INDICATOR_PASSAGES))).toEqual(new Set([...keys, ...notePassages]));
    for (const key of notePassages) {
      const period = SEED_INDICATOR_PERIODS.find((candidate) => key.startsWith(`${candidate.id}:`));
      expect(period?.note, key).not.toBe('');
    }
  });

  it('finds every seeded value in its passage, and each value takes its source from that passage', () => {
    for (const period of SEED_INDICATOR_PERIODS) {
      if (period.actual) {
        const passage = passageOf(`${period.id}:actual`);
        expect(period.actual.source).toEqual({ document: SEED_SOURCE_DOCUMENTS[passage.file], section: passage.section, page: null });
        if (passage.sumOfBreakdown === undefined) {
          expect(inOrder([period.actual.value], numbersIn(passage), false), `${period.id}: ${period.actual.value} in "${passage.text}"`).toBe(true);
        } else {
          // The source gives no total: the value is the sum of a chart's parts, quoted in full.
          const breakdown = period.breakdowns.find((candidate) => candidate.id === passage.sumOfBreakdown);
          expect(breakdown, period.id).toBeDefined();
          expect(passageOf(`${period.id}:${breakdown?.id ?? ''}`).text).toBe(passage.text);
          expect(period.actual.value).toBe(breakdown?.parts.reduce((sum, part) => sum + part.value, 0));
          expect(period.note).toMatch(/gives no total/);
        }
      }
      for (const breakdown of period.breakdowns) {
        const passage = passageOf(`${period.id}:${breakdown.id}`);
        const share = breakdown.partsUnit === 'share';
        const values = breakdown.parts.map((part) => part.value);
        expect(breakdown.source).toEqual({ document: SEED_SOURCE_DOCUMENTS[passage.file], section: passage.section, page: null });
        expect(inOrder(values, numbersIn(passage), share), `${period.id} ${breakdown.dimension}: ${values.join(', ')} in "${passage.text}"`).toBe(true);
        expect(labelsInOrder(breakdown.parts.map((part) => part.label), passage.text), `${period.id} ${breakdown.dimension} labels`).toBe(true);
      }
    }
  });

  it('notes every value the source gives as approximate or estimated', () => {
    const hedged = /\b(about|around|approximately|estimated value of)( USD)? $/i;
    for (const period of SEED_INDICATOR_PERIODS) {
      if (!period.actual) continue;
      const passage = passageOf(`${period.id}:actual`);
      const text = normalizeWhitespace(passage.text);
      const found = numbersIn(passage).find((figure) => same(period.actual?.value ?? Number.NaN, figure.value));
      if (found && hedged.test(text.slice(Math.max(0, found.at - 30), found.at))) {
        expect(period.note, `${period.id}: "${passage.text}"`).toMatch(/about|around|approximately|estimate/i);
      }
    }
  });

  it('passes validation: every indicator without an issue, every period without an error', () => {
    const knownLineCodes = new Set(buildSeedActionLines('2026-01-01T00:00:00.000Z').map((line) => line.code));
    const units = new Map(SEED_INDICATORS.map((indicator) => [indicator.id, indicator.unit]));
    for (const indicator of SEED_INDICATORS) {
      expect(validateIndicator(indicator, knownLineCodes), indicator.name).toEqual([]);
      expect(['M', 'E', 'V', null]).toContain(indicator.areaCode);
      for (const code of indicator.lineCodes) expect(code.charAt(0), `${indicator.name}: ${code}`).toBe(indicator.areaCode);
      expect(indicator.definition.length, indicator.name).toBeGreaterThan(20);
      expect(indicator.updatedAt).toBeNull();
      expect(indicator.updatedBy).toBeNull();
    }
    for (const period of SEED_INDICATOR_PERIODS) {
      const unit = units.get(period.indicatorId);
      if (!unit) throw new Error(`period ${period.id} of an unknown indicator`);
      const others = SEED_INDICATOR_PERIODS.filter((other) => other.indicatorId === period.indicatorId);
      const issues = validatePeriod(period, unit, others);
      expect(hasErrors(issues), `${period.id}: ${JSON.stringify(issues)}`).toBe(false);
      // A breakdown that misses its total (a warning) says why in its note.
      for (const issue of issues) {
        if (issue.code === 'breakdownSum') expect(period.breakdowns.find((b) => b.id === issue.breakdownId)?.note).not.toBe('');
      }
      expect(period.updatedAt).toBeNull();
      expect(period.updatedBy).toBeNull();
    }
    expect(SEED_INDICATOR_PERIODS.every((period) => period.breakdowns.every((breakdown) => breakdown.note.trim() !== ''))).toBe(true);
  });

  it('uses fixed, unique ULIDs and fractional ranks', () => {
    const ids = [
      ...SEED_INDICATORS.map((indicator) => indicator.id),
      ...SEED_INDICATOR_PERIODS.map((period) => period.id),
      ...SEED_INDICATOR_PERIODS.flatMap((period) => period.breakdowns.map((breakdown) => breakdown.id)),
    ];
    for (const id of ids) expect(id).toMatch(ULID);
    expect(new Set(ids).size).toBe(ids.length);
    const ranks = SEED_INDICATORS.map((indicator) => indicator.rank);
    expect(ranks).toEqual([...ranks].sort());
    expect(new Set(ranks).size).toBe(ranks.length);
    for (const rank of ranks) expect(rank).toMatch(/^a[0-9A-Za-z]$/);
  });

  it('holds the figures the issue lists', () => {
    expect(actualOf(AGREEMENTS, '2015-01-01', '2018-12-31')).toBe(200);
    expect(actualOf('BDT partnership addenda and amendments signed', '2015-01-01', '2018-12-31')).toBe(39);
    expect(actualOf(AGREEMENTS, '2018-01-01', '2018-12-31')).toBe(43);
    expect(actualOf('BDT partnership addenda and amendments signed', '2018-01-01', '2018-12-31')).toBe(7);
    expect(actualOf(AGREEMENTS, '2022-01-01', '2022-12-31')).toBe(71);
    expect(actualOf(AGREEMENTS, '2022-01-01', '2022-04-30')).toBe(33);
    expect(actualOf(AGREEMENTS, '2023-01-01', '2023-04-30')).toBe(30);
    expect(actualOf(AGREEMENTS, '2025-01-01', '2025-12-31')).toBe(76);
    expect(actualOf(AGREEMENTS, '2026-01-01', '2026-02-28')).toBe(5);
    expect(actualOf('BDT agreements with a financial contribution', '2025-01-01', '2025-12-31')).toBe(53);

    expect(actualOf(CONTRIBUTIONS, '2018-01-01', '2018-12-31')).toBe(10_900_000);
    expect(actualOf(CONTRIBUTIONS, '2022-01-01', '2022-12-31')).toBe(9_700_000);
    expect(actualOf(CONTRIBUTIONS, '2022-01-01', '2022-04-30')).toBe(3_890_000);
    expect(actualOf(CONTRIBUTIONS, '2023-01-01', '2023-04-30')).toBe(5_400_000);
    expect(actualOf(CONTRIBUTIONS, '2026-01-01', '2026-02-28')).toBe(175_908);
    const contributions2025 = periodOf(CONTRIBUTIONS, '2025-01-01', '2025-12-31');
    expect(contributions2025.actual?.value).toBe(7_600_000);
    expect(partsOf(breakdownOf(contributions2025, 'Contributor'))).toEqual({ 'BDT partners': 72, ITU: 28 });
    expect(indicatorNamed(CONTRIBUTIONS).unit).toEqual({ kind: 'money', currency: 'USD' });

    expect(actualOf('BDT partners with agreements signed', '2025-01-01', '2025-12-31')).toBe(60);
    expect(actualOf('BDT financial partners', '2025-01-01', '2025-12-31')).toBe(36);
    const partnerContributions2025 = periodOf("Partners' financial contributions signed (BDT)", '2025-01-01', '2025-12-31');
    expect(partnerContributions2025.actual?.value).toBe(5_500_000);
    expect(breakdownOf(partnerContributions2025, 'Top 5 financial partners').parts[0]).toEqual({
      label: 'Foreign, Commonwealth & Development Office, United Kingdom',
      value: 1_190_000,
    });

    const responses = periodOf('Member State responses on class of contribution 2028-2031', '2025-12-09', '2025-12-09');
    expect(periodKind(responses)).toBe('asOf');
    expect(responses.actual?.value).toBe(19);
    expect(breakdownOf(responses, 'Intention for the unit contribution level').parts.map((part) => part.value)).toEqual([17, 2]);
    expect(responses.note).toMatch(/inferred/);

    expect(actualOf('Share of the regular budget from Member State unit contributions', '2025-12-09', '2025-12-09')).toBe(70);
    expect(actualOf('Share of the regular budget from Sector Membership', '2025-12-09', '2025-12-09')).toBe(10);
    expect(actualOf('Partner2Connect Digital Coalition pledges', '2023-04-30', '2023-04-30')).toBe(617);
    expect(actualOf('Value of Partner2Connect pledges', '2023-04-30', '2023-04-30')).toBe(30_000_000_000);
  });

  it('keeps the 2015-2018 history consistent: the years add up to the four-year total', () => {
    const years = ['2015', '2016', '2017', '2018'].map((year) => actualOf(AGREEMENTS, `${year}-01-01`, `${year}-12-31`) ?? Number.NaN);
    expect(years).toEqual([68, 29, 60, 43]);
    expect(years.reduce((sum, value) => sum + value, 0)).toBe(actualOf(AGREEMENTS, '2015-01-01', '2018-12-31'));
  });

  it('seeds the data, not the labels, of the 2022 chart that contradicts itself, and says so', () => {
    const period = periodOf("Partners' financial contributions signed (BDT)", '2022-01-01', '2022-12-31');
    const byType = partsOf(breakdownOf(period, 'Partner type'));
    expect(byType['Governmental entities']).toBeCloseTo(75.59, 2);
    expect(byType['Private Sector entities']).toBeCloseTo(4.21, 2);
    expect(breakdownOf(period, 'Partner type').note).toMatch(/contradicts itself/);
  });
});
