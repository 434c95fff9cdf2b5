import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { IndicatorUnit, TrendPoint } from '../../domain';
import { textDirection, useTranslation } from '../../i18n';
import { formatIndicatorValue } from './formatIndicator';

/** Bars of an indicator's whole years. Loaded lazily, like the dashboard's chart: recharts is heavy. */
export default function IndicatorTrendChart({ points, unit }: { points: TrendPoint[]; unit: IndicatorUnit }) {
  const { i18n } = useTranslation();
  // SVG does not follow the page's direction: the years run right to left by hand.
  const isRightToLeft = textDirection(i18n.language) === 'rtl';
  const format = (value: unknown) => (typeof value === 'number' ? formatIndicatorValue(value, unit, i18n.language) : '');
  const data = points.map((point) => ({ year: String(point.year), value: point.value }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} accessibilityLayer={false} margin={{ top: 20, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid vertical={false} stroke="var(--color-border)" />
        <XAxis dataKey="year" reversed={isRightToLeft} tick={{ fill: 'var(--color-text)' }} />
        <YAxis hide domain={[0, 'auto']} />
        <Bar dataKey="value" fill="var(--color-brand)" isAnimationActive={false} maxBarSize={56}>
          <LabelList dataKey="value" position="top" fill="var(--color-text)" formatter={format} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
