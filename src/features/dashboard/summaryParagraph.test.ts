import { describe, expect, it } from 'vitest';
import { buildSeedActionLines, computeSummaryFacts, type ActionLine } from '../../domain';
import { i18n, loadViewMessages, type Language } from '../../i18n';
import { buildSummaryParagraph } from './summaryParagraph';

const seed = buildSeedActionLines('2026-01-01T00:00:00.000Z');

async function paragraph(lines: readonly ActionLine[], language: Language): Promise<string> {
  await loadViewMessages(language);
  return buildSummaryParagraph(computeSummaryFacts(lines), i18n.getFixedT(language), language);
}

describe('the summary paragraph', () => {
  it("reproduces the report's own sentence from the seed, in English", async () => {
    expect(await paragraph(seed, 'en')).toBe(
      'Out of the 24 action lines, work has started on 18 (75 per cent). Two action lines were completed in 2025, while the remaining six action lines are targeted for further assessment, with implementation to start and be completed in the period 2026-2028.',
    );
  });

  it('says the same in French', async () => {
    expect(await paragraph(seed, 'fr')).toBe(
      'Sur les 24 lignes d’action, les travaux ont commencé pour 18 d’entre elles (75 pour cent). Deux lignes d’action ont été achevées en 2025, tandis que les six lignes d’action restantes doivent faire l’objet d’une évaluation plus approfondie, leur mise en œuvre devant commencer et s’achever au cours de la période 2026-2028.',
    );
  });

  it('follows the data: another completion, a line without a period, no year', async () => {
    const changed = seed.map((line) =>
      line.code === 'M2' ? { ...line, status: 'Completed' as const, completedYear: 2026 } : line.code === 'E1' ? { ...line, target: 'Q4 2027' } : line,
    );
    expect(await paragraph(changed, 'en')).toBe(
      'Out of the 24 action lines, work has started on 18 (75 per cent). Three action lines were completed in 2025 and 2026, while the remaining six action lines are targeted for further assessment.',
    );
    const noYears = seed.map((line) => ({ ...line, completedYear: null }));
    expect(await paragraph(noYears, 'en')).toMatch(/ Two action lines were completed, while /);
  });
});
