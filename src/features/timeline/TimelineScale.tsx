import type { CSSProperties } from 'react';
import { useTranslation } from '../../i18n';
import { quartersInRange, type QuarterRange } from '../../domain';

/** The column headings: years over their quarters. */
export function TimelineScale({ range }: { range: QuarterRange }) {
  const { t } = useTranslation();
  const quarters = quartersInRange(range);
  const years = [...new Set(quarters.map((quarter) => quarter.year))];
  return (
    <div className="timeline__scale" aria-hidden="true" style={{ '--quarters': quarters.length } as CSSProperties}>
      <div className="timeline__scale-years">
        {years.map((year) => (
          <span key={year} style={{ gridColumn: `span ${quarters.filter((quarter) => quarter.year === year).length}` }}>
            {year}
          </span>
        ))}
      </div>
      <div className="timeline__scale-quarters">
        {quarters.map((quarter) => (
          <span key={`${quarter.year}-${quarter.quarter}`}>{t('timeline.quarterHeader', { quarter: quarter.quarter })}</span>
        ))}
      </div>
    </div>
  );
}
