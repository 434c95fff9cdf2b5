import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearRange } from '../../domain';
import { useReportingDate } from '../../data';
import { Timeline } from './Timeline';
import { TimelineRangeControls } from './TimelineRangeControls';
import { DEFAULT_FROM_YEAR, DEFAULT_TO_YEAR, selectableYears } from './defaultRange';
import { useTimelineRows } from './useTimelineRows';

export function TimelineView() {
  const { t } = useTranslation();
  const { reportingDate } = useReportingDate();
  const [years, setYears] = useState({ from: DEFAULT_FROM_YEAR, to: DEFAULT_TO_YEAR });
  const [shown, setShown] = useState(years);
  const range = useMemo(() => yearRange(shown.from, shown.to), [shown]);
  const { groups, isPending, error } = useTimelineRows(range);

  if (isPending) return <p className="page__status">{t('app.loading')}</p>;
  if (error) {
    return (
      <p className="page__status" role="alert">
        {t('app.loadFailed', { message: error.message })}
      </p>
    );
  }

  return (
    <section className="page" aria-labelledby="timeline-title">
      <header className="page__header">
        <h1 id="timeline-title" className="page__title">
          {t('timeline.title')}
        </h1>
        <p className="page__intro">{t('timeline.intro')}</p>
      </header>
      <TimelineRangeControls
        fromYear={years.from}
        toYear={years.to}
        years={selectableYears(reportingDate)}
        onChange={(from, to) => {
          setYears({ from, to });
          // An impossible range keeps the last good one on screen while the message explains why.
          if (from <= to) setShown({ from, to });
        }}
      />
      <Timeline groups={groups} range={range} reportingDate={reportingDate} />
    </section>
  );
}
