import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { AnnexArea } from '../../domain';
import { isolate, textDirection, useTranslation } from '../../i18n';

const SERIES = [
  { key: 'completed', color: 'var(--color-status-completed)' },
  { key: 'ongoing', color: 'var(--color-status-ongoing)' },
  { key: 'toBeStarted', color: 'var(--color-status-tobestarted)' },
] as const;

/** Stacked bars of status per area. Loaded lazily: recharts is the heaviest dependency. */
export default function StatusChart({ annex, height, labelWidth }: { annex: AnnexArea[]; height: number; labelWidth: number }) {
  const { t, i18n } = useTranslation();
  // SVG does not follow the page's direction: mirror the axes by hand for right-to-left languages.
  const isRightToLeft = textDirection(i18n.language) === 'rtl';
  const data = annex.map(({ area, figures }) => ({
    // Drawn as SVG text, which cannot hold a <bdi>.
    name: t('dashboard.chart.areaLabel', { code: area.code, name: isolate(area.name) }),
    completed: figures.completed,
    ongoing: figures.ongoing,
    toBeStarted: figures.toBeStarted,
  }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={isRightToLeft ? { top: 8, right: 8, bottom: 8, left: 24 } : { top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="var(--color-border)" />
        <XAxis type="number" allowDecimals={false} reversed={isRightToLeft} tick={{ fill: 'var(--color-text-muted)' }} />
        <YAxis type="category" dataKey="name" orientation={isRightToLeft ? 'right' : 'left'} width={labelWidth} tick={{ fill: 'var(--color-text)' }} />
        <Legend formatter={(value: string) => <span className="status-chart__legend">{value}</span>} />
        {SERIES.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={t(`status.${series.key}`)}
            stackId="status"
            fill={series.color}
            isAnimationActive={false}
          >
            <LabelList dataKey={series.key} position="center" fill="#fff" fontWeight={700} formatter={hideZero} />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

function hideZero(value: unknown): string {
  return typeof value === 'number' && value > 0 ? String(value) : '';
}
