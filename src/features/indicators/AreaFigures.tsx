import { latestActualPeriod } from '../../domain';
import { useIndicatorPeriods, useIndicators } from '../../data';
import { IsolatedMessage, useTranslation } from '../../i18n';
import { ValueSourceText } from './ValueSourceText';
import { usePeriodLabel } from './usePeriodLabel';
import './indicators.css';
import { formatIndicatorValue } from './formatIndicator';

interface AreaFiguresProps {
  areaCode: string;
  areaName: string;
  /** A slide's: the title of the page, and no source column, too long to read across a room. */
  isSlide?: boolean;
}

/** The "Figures" of one area: each indicator's latest value, its period and its source, on the dashboard, on paper and on a slide. */
export function AreaFigures({ areaCode, areaName, isSlide = false }: AreaFiguresProps) {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const indicators = useIndicators();
  const periods = useIndicatorPeriods();
  const rows = (indicators.data ?? [])
    .filter((indicator) => indicator.areaCode === areaCode)
    .flatMap((indicator) => {
      const latest = latestActualPeriod((periods.data ?? []).filter((period) => period.indicatorId === indicator.id));
      return latest?.actual ? [{ indicator, latest, actual: latest.actual }] : [];
    });
  if (rows.length === 0) return null;
  const headingId = `area-${areaCode}-figures`;
  const Heading = isSlide ? 'h1' : 'h3';
  return (
    <section className={isSlide ? 'area-figures area-figures--slide' : 'area-figures'} aria-labelledby={headingId}>
      <Heading id={headingId} className={isSlide ? 'slide__title' : 'area-figures__title'}>
        <IsolatedMessage render={(values) => t('indicators.figures.heading', values)} values={{ code: areaCode, name: areaName }} />
      </Heading>
      <table className="area-figures__table">
        <thead>
          <tr>
            <th scope="col">{t('indicators.figures.indicator')}</th>
            <th scope="col">{t('indicators.latest')}</th>
            <th scope="col">{t('indicators.columns.period')}</th>
            {!isSlide && <th scope="col">{t('indicators.columns.source')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ indicator, latest, actual }) => (
            <tr key={indicator.id}>
              <th scope="row">
                <bdi>{indicator.name}</bdi>
              </th>
              <td className="area-figures__value">{formatIndicatorValue(actual.value, indicator.unit, i18n.language)}</td>
              <td>{periodLabel(latest)}</td>
              {!isSlide && (
                <td className="area-figures__source">
                  <ValueSourceText source={actual.source} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
