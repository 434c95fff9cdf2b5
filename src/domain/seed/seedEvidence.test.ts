import { describe, expect, it } from 'vitest';
import reportText from '../../../tests/fixtures/sources/003_90b6a69094807c00.txt?raw';
import { STATUS_SOURCES, countInferredStatuses, normalizeWhitespace, passageParts } from '../evidence';
import { parseTarget } from '../quarter';
import { splitTarget, validateTarget } from '../validation';
import { INFERRED_STARTED_REASON, SEED_AREAS, SEED_PRIORITY_ITEMS, SEED_STRATEGY, buildSeedActionLines } from './resourceMobilizationStrategy';
import { REPORT_DOCUMENT } from './reportPassages';

/** The extraction's broken words the catalogue allows fixing (shared/design/catalogue.md). */
const ALLOWED_FIXES: [RegExp, string][] = [
  [/leamned/g, 'learned'],
  [/\bigital/g, 'digital'],
  [/Al for Good/g, 'AI for Good'],
];

const fixedReport = normalizeWhitespace(ALLOWED_FIXES.reduce((text, [broken, fixed]) => text.replace(broken, fixed), reportText));
const lines = buildSeedActionLines('2026-01-01T00:00:00.000Z');
const byCode = new Map(lines.map((line) => [line.code, line]));
const codesWith = (source: string) => lines.filter((line) => line.statusSource === source).map((line) => line.code);

/** Where each part of a passage occurs, in order, or -1 for the first part that does not. */
function findInReport(text: string): number {
  let from = 0;
  for (const part of passageParts(text)) {
    const at = fixedReport.indexOf(normalizeWhitespace(part), from);
    if (at < 0) return -1;
    from = at + part.length;
  }
  return from;
}

describe('the seed evidence', () => {
  it('reads the report it quotes', () => {
    expect(fixedReport).toContain('Out of the 24 action lines, work has started on 18 (75 per cent).');
  });

  it('gives every seeded line a status source, and evidence or a reason', () => {
    expect(lines).toHaveLength(24);
    for (const line of lines) {
      expect(STATUS_SOURCES).toContain(line.statusSource);
      expect(line.statusSource).not.toBe('person');
      expect(line.statusEvidence.length + line.statusReason.length, line.code).toBeGreaterThan(0);
    }
  });

  it('quotes every passage word for word from the report, with its document and section heading', () => {
    const passages = lines.flatMap((line) => line.statusEvidence.map((passage) => ({ code: line.code, passage })));
    expect(passages.length).toBeGreaterThan(0);
    for (const { code, passage } of passages) {
      expect(findInReport(passage.text), `${code}: ${passage.text}`).toBeGreaterThanOrEqual(0);
      expect(passage.document).toBe(REPORT_DOCUMENT);
      expect(fixedReport, `${code}: section "${passage.section}"`).toContain(` ${passage.section} `);
    }
  });

  it('quotes no passage the report does not have', () => {
    expect(findInReport('Out of the 24 action lines, work has started on 19 (75 per cent).')).toBe(-1);
    expect(findInReport('Identify key non-member companies from under-represented parts of the digital ecosystem to join ITU. | Ongoing | Q3 2025')).toBe(-1);
  });

  it('marks as stated, supported and inferred exactly the statuses the catalogue lists', () => {
    expect(codesWith('stated')).toEqual(['M1b', 'M2', 'M3', 'M7', 'M8']);
    expect(codesWith('narrative')).toEqual(['M6', 'E1', 'E4', 'E5', 'E6', 'E7', 'V3', 'V5', 'V7']);
    expect(codesWith('inferred')).toEqual(['M1', 'M1a', 'M4', 'M5', 'E2', 'E3', 'V1', 'V2', 'V4', 'V6']);
    expect(countInferredStatuses(lines)).toBe(10);
    for (const code of codesWith('inferred')) {
      expect(byCode.get(code)?.status).toBe('Ongoing');
      expect(byCode.get(code)?.statusReason).toBe(INFERRED_STARTED_REASON);
    }
  });

  it('sets the completion year 2025 from the priorities table and the period 2026-2028 for the lines to be started', () => {
    expect(lines.filter((line) => line.completedYear !== null).map((line) => [line.code, line.completedYear])).toEqual([
      ['M1b', 2025],
      ['M3', 2025],
    ]);
    const toBeStarted = lines.filter((line) => line.status === 'To be started');
    expect(toBeStarted).toHaveLength(6);
    for (const line of toBeStarted) expect(line.target).toBe('2026-2028');
    for (const line of lines) {
      if (line.target === null) continue;
      const { quarter, phase } = splitTarget(line.target);
      expect(validateTarget(quarter, phase)).toEqual({ ok: true, value: line.target });
      expect(parseTarget(line.target), line.code).not.toBeNull();
    }
  });

  it('marks the links the report names as stated and the two "Review potential" items as inferred', () => {
    expect(SEED_PRIORITY_ITEMS.filter((item) => item.linkSource === 'inferred').map((item) => item.lineCode)).toEqual(['V1', 'V6']);
    for (const item of SEED_PRIORITY_ITEMS.filter((i) => i.linkSource === 'stated')) {
      expect(normalizeWhitespace(byCode.get(item.lineCode)?.text ?? '').toLowerCase()).toBe(normalizeWhitespace(item.text).toLowerCase());
    }
  });

  it('gives the six objectives to the strategy and none to the areas', () => {
    expect(SEED_STRATEGY.objectives).toHaveLength(6);
    for (const objective of SEED_STRATEGY.objectives) expect(fixedReport).toContain(objective);
    for (const area of SEED_AREAS) expect(area.objectives).toEqual([]);
  });
});
