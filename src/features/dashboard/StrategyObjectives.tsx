import { useTranslation } from '../../i18n';
import type { Strategy } from '../../domain';

/** The strategy's objectives, once, in the report's words: they belong to the strategy, not to an area. */
export function StrategyObjectives({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation();
  if (strategy.objectives.length === 0) return null;
  return (
    <section className="dashboard__objectives" aria-labelledby="dashboard-objectives-heading">
      <h2 id="dashboard-objectives-heading">{t('dashboard.objectives')}</h2>
      <ul lang="en">
        {strategy.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}
