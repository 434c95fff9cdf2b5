import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { yearRange } from '../../domain';
import { useReportingDate } from '../../data';
import { Timeline } from './Timeline';
import { TimelineRangeControls } from './TimelineRangeControls';
import { DEFAULT_FROM_YEAR, DEFAULT_TO_YEAR, selectableYears } from './defaultRange';
import { useTimelineRows } from './useTimelineRows';
import { PageHeader } from '../../ui/PageHeader';

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
      <PageHeader titleId="timeline-title" title={t('timeline.title')} intro={t('timeline.intro')} />
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
