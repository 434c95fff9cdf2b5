import { Suspense, lazy } from 'react';
import { useTranslation } from '../../i18n';
import type { IndicatorUnit, TrendPoint } from '../../domain';

const IndicatorTrendChart = lazy(() => import('./IndicatorTrendChart'));

/**
 * Whole calendar years only, so a part of a year never reads as a fall. The chart is hidden from
 * screen readers: the periods table beside it holds the same figures as text.
 */
export function IndicatorTrend({ points, unit }: { points: TrendPoint[]; unit: IndicatorUnit }) {
  const { t } = useTranslation();
  if (points.length < 2) return null;
  return (
    <figure className="indicator__trend">
      <figcaption className="indicator__trend-caption">{t('indicators.trend')}</figcaption>
      <div className="indicator__trend-canvas" aria-hidden="true">
        <Suspense fallback={null}>
          <IndicatorTrendChart points={points} unit={unit} />
        </Suspense>
      </div>
    </figure>
  );
}
