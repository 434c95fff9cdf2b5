import { useTranslation } from '../../i18n';
import { HEADLINE_FIGURES, HEALTH_COUNT_HEALTH, HEALTH_FIGURES, lineFieldChanges, statusKey, type TrackerComparison } from '../../domain';
import { IndicatorChanges } from './IndicatorChanges';
import { LineFieldChanges } from './LineFieldChanges';
import { LineList } from './LineList';
import { MilestoneChanges } from './MilestoneChanges';
import { PriorityItemChanges } from './PriorityItemChanges';
import { StatusChangeList } from './StatusChangeList';

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** Headline figures before and after, then every change, grouped as the committee reads them; indicator figures last. */
export function ComparisonReport({ comparison, title }: { comparison: TrackerComparison; title: string }) {
  const { t } = useTranslation();
  const { before, after } = comparison.figures;
  const health = comparison.health;
  return (
    <article className="snapshots__report" aria-label={title}>
      <p className="snapshots__report-title">{title}</p>
      <h3>{t('snapshots.compare.headline')}</h3>
      <table className="snapshots__table snapshots__table--figures">
        <thead>
          <tr>
            <th scope="col">{t('snapshots.compare.figure')}</th>
            <th scope="col">{t('snapshots.csv.before')}</th>
            <th scope="col">{t('snapshots.csv.after')}</th>
            <th scope="col">{t('snapshots.compare.change')}</th>
          </tr>
        </thead>
        <tbody>
          {HEADLINE_FIGURES.map((figure) => (
            <tr key={figure} data-figure={figure}>
              <th scope="row">{t(`snapshots.figureNames.${figure}`)}</th>
              <td>{before[figure]}</td>
              <td>{after[figure]}</td>
              <td>{after[figure] === before[figure] ? '' : signed(after[figure] - before[figure])}</td>
            </tr>
          ))}
          {HEALTH_FIGURES.map((figure) => (
            <tr key={figure} data-figure={figure}>
              <th scope="row">
                {t('snapshots.compare.health', { health: t(`health.${HEALTH_COUNT_HEALTH[figure]}`) })}
              </th>
              <td>{health.before[figure]}</td>
              <td>{health.after[figure]}</td>
              <td>{health.after[figure] === health.before[figure] ? '' : signed(health.after[figure] - health.before[figure])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('snapshots.compare.statusChanges')}</h3>
      {comparison.statusChanges.length > 0 ? (
        <StatusChangeList changes={comparison.statusChanges} />
      ) : (
        <p>{t('snapshots.compare.noStatusChanges')}</p>
      )}
      <h3>{t('snapshots.compare.lineChanges')}</h3>
      <LineFieldChanges lines={lineFieldChanges(comparison)} />
      {comparison.linesAdded.length > 0 && (
        <>
          <h3>{t('snapshots.compare.linesAdded')}</h3>
          <LineList lines={comparison.linesAdded} />
        </>
      )}
      {comparison.linesRemoved.length > 0 && (
        <>
          <h3>{t('snapshots.compare.linesRemoved')}</h3>
          <LineList lines={comparison.linesRemoved} />
        </>
      )}
      <h3>{t('snapshots.compare.milestones')}</h3>
      <MilestoneChanges comparison={comparison} />
      <h3>{t('snapshots.compare.priorityItems')}</h3>
      <PriorityItemChanges changes={comparison.priorityItems} statusName={(status) => t(`status.${statusKey(status)}`)} />
      <h3>{t('snapshots.compare.indicators')}</h3>
      <IndicatorChanges changes={comparison.indicators} />
    </article>
  );
}
