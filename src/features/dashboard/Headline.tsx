import type { HeadlineFigures } from '../../domain';
import { formatPercent, progressMessageValues, useTranslation } from '../../i18n';
// Here and in AreaSection, not only in DashboardView: the slides show these without the dashboard.
import './dashboard.css';

const HEALTH_COUNTS = [
  { key: 'onTrack', message: 'on-track' },
  { key: 'atRisk', message: 'at-risk' },
  { key: 'offTrack', message: 'off-track' },
  { key: 'notAssessed', message: 'none' },
] as const;

/** The report's opening figures, as tiles and as the sentence the report itself uses. */
export function Headline({ figures }: { figures: HeadlineFigures }) {
  const { t, i18n } = useTranslation();
  const percent = formatPercent(figures.startedPercent, i18n.language);
  const tiles = [
    { key: 'total', label: t('dashboard.headline.total'), value: String(figures.total) },
    { key: 'started', label: t('dashboard.headline.started'), value: t('dashboard.headline.startedValue', { count: figures.started, percent }) },
    { key: 'completed', label: t('dashboard.headline.completed'), value: String(figures.completed) },
    { key: 'ongoing', label: t('dashboard.headline.ongoing'), value: String(figures.ongoing) },
    { key: 'toBeStarted', label: t('dashboard.headline.toBeStarted'), value: String(figures.toBeStarted) },
    { key: 'overdue', label: t('dashboard.headline.overdue'), value: String(figures.overdue) },
    { key: 'dueSoon', label: t('dashboard.headline.dueSoon'), value: String(figures.dueSoon) },
  ];
  return (
    <section className="headline" aria-label={t('dashboard.headline.label')}>
      <dl className="headline__tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className={`headline__tile headline__tile--${tile.key}`} data-testid={`headline-${tile.key}`}>
            <dt className="headline__label">{tile.label}</dt>
            <dd className="headline__value">{tile.value}</dd>
          </div>
        ))}
      </dl>
      <div className="headline__health">
        <p className="headline__health-title">{t('dashboard.headline.health')}</p>
        <dl className="headline__health-counts">
          {HEALTH_COUNTS.map(({ key, message }) => (
            <div key={key} className={`headline__health-count health-count--${message}`} data-testid={`headline-health-${message}`}>
              <dt>{t(`health.${message}`)}</dt>
              <dd>{figures.health[key]}</dd>
            </div>
          ))}
        </dl>
      </div>
      <p className="headline__sentence">
        {t('dashboard.headline.sentence', progressMessageValues(figures, i18n.language))}
      </p>
    </section>
  );
}
