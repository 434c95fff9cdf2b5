import type { TFunction } from 'i18next';
import type { SummaryFacts } from '../../domain';

/** Small numbers in words, as the report writes them ("Two action lines"), where the language has them. */
function numberText(count: number, t: TFunction): string {
  const words = t('dashboard.summary.numbers').split('|');
  return words[count] ?? String(count);
}

function capitalize(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/**
 * The headline as a paragraph in the report's style ("Out of the 24 action lines, work has
 * started on 18 (75 per cent). Two action lines were completed in 2025, while ..."), in the
 * current language, from the data alone.
 */
export function buildSummaryParagraph(facts: SummaryFacts, t: TFunction, language: string): string {
  const started = t('dashboard.summary.started', {
    total: facts.total,
    started: facts.started,
    percent: facts.startedPercent,
  });
  const years = new Intl.ListFormat(language, { type: 'conjunction' }).format(facts.completedYears.map(String));
  const completedCount = { count: facts.completed, number: numberText(facts.completed, t) };
  let sentence =
    facts.completed === 0
      ? t('dashboard.summary.completedNone')
      : years === ''
        ? t('dashboard.summary.completed', completedCount)
        : t('dashboard.summary.completedIn', { ...completedCount, years });
  if (facts.toBeStarted > 0) {
    sentence = t('dashboard.summary.remaining', { completed: sentence, count: facts.toBeStarted, number: numberText(facts.toBeStarted, t) });
    if (facts.toBeStartedPeriod) sentence = t('dashboard.summary.period', { sentence, period: facts.toBeStartedPeriod });
  }
  return t('dashboard.summary.paragraph', { first: started, second: capitalize(t('dashboard.summary.end', { sentence }), language) });
}
