import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from '../../i18n';
import { splitIntoSlides, yearRange } from '../../domain';
import { useIndicatorPeriods, useIndicators, usePriorityItems } from '../../data';
import { useReportStore } from '../../state/reportStore';
import { AreaSection, useAnnexData } from '../dashboard';
import { AreaFigures } from '../indicators';
import { PrioritiesTable } from '../priorities';
import { DEFAULT_FROM_YEAR, DEFAULT_TO_YEAR, Timeline, useTimelineRows } from '../timeline';
import { SummarySlide } from './SummarySlide';
import { useFullscreen } from './useFullscreen';
import { usePresentationKeys } from './usePresentationKeys';
import './presentation.css';

const TIMELINE_RANGE = yearRange(DEFAULT_FROM_YEAR, DEFAULT_TO_YEAR);

/*
 * Rows an area slide holds. The type scales with the screen's width, so on a 16:9 screen a slide
 * holds the same rows at 1280x720 as at 3840x2160; these leave room for two-line titles in the
 * longest languages (the overflow test in tests/e2e/presentation-fit.spec.ts holds them to it).
 */
const ROWS_PER_SLIDE = 7;
const ROWS_PER_SLIDE_WITH_DETAILS = 4;

interface Slide {
  id: string;
  content: ReactNode;
}

/** Full-screen, read-only slides for the committee: summary, each area, priorities, timeline. */
export function PresentationView() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const rootRef = useRef<HTMLDivElement>(null);
  const data = useAnnexData();
  const priorities = usePriorityItems();
  const timeline = useTimelineRows(TIMELINE_RANGE);
  const indicators = useIndicators();
  const indicatorPeriods = useIndicatorPeriods();
  const [index, setIndex] = useState(0);
  const isDetailShown = useReportStore((state) => state.isDetailShown);
  const rowsPerSlide = isDetailShown ? ROWS_PER_SLIDE_WITH_DETAILS : ROWS_PER_SLIDE;

  // The areas with a figure to show: each gets a "Figures" slide after its lines.
  const areasWithFigures = useMemo(() => {
    const reported = new Set((indicatorPeriods.data ?? []).filter((period) => period.actual).map((period) => period.indicatorId));
    return new Set((indicators.data ?? []).filter((indicator) => reported.has(indicator.id)).map((indicator) => indicator.areaCode));
  }, [indicators.data, indicatorPeriods.data]);

  const slides = useMemo<Slide[]>(
    () => [
      { id: 'summary', content: <SummarySlide summary={data} /> },
      ...data.annex.flatMap((entry) => {
        const parts = splitIntoSlides(entry.lines, rowsPerSlide);
        const figures: Slide[] = areasWithFigures.has(entry.area.code)
          ? [
              {
                id: `figures-${entry.area.code}`,
                content: (
                  <div className="slide">
                    <AreaFigures areaCode={entry.area.code} areaName={entry.area.name} isSlide />
                  </div>
                ),
              },
            ]
          : [];
        const lineSlides = parts.map((lines, part) => ({
          id: `area-${entry.area.code}-${part + 1}`,
          content: (
            <div className="slide">
              <AreaSection
                entry={{ ...entry, lines }}
                part={parts.length > 1 ? { index: part + 1, count: parts.length } : undefined}
                interactive={false}
                headingLevel={1}
                brief
              />
            </div>
          ),
        }));
        return [...lineSlides, ...figures];
      }),
      {
        id: 'priorities',
        content: (
          <div className="slide">
            <h1 className="slide__title">{t('priorities.title')}</h1>
            <PrioritiesTable items={priorities.data ?? []} reportingDate={data.reportingDate} caption={t('priorities.title')} interactive={false} />
          </div>
        ),
      },
      // One roadmap slide per area: the whole roadmap on one screen would need type too small for a meeting room.
      ...timeline.groups.map((group) => ({
        id: `timeline-${group.area.code}`,
        content: (
          <div className="slide slide--timeline">
            <h1 className="slide__title">{t('presentation.timelineTitle')}</h1>
            <Timeline groups={[group]} range={TIMELINE_RANGE} reportingDate={data.reportingDate} />
          </div>
        ),
      })),
    ],
    [areasWithFigures, data, priorities.data, rowsPerSlide, timeline.groups, t],
  );

  const count = slides.length;
  const current = Math.min(index, count - 1);
  const leave = useCallback(() => navigate('/dashboard'), [navigate]);
  const keys = useMemo(
    () => ({
      next: () => setIndex((value) => Math.min(value + 1, count - 1)),
      previous: () => setIndex((value) => Math.max(value - 1, 0)),
      first: () => setIndex(0),
      last: () => setIndex(count - 1),
      leave,
    }),
    [count, leave],
  );
  usePresentationKeys(keys);
  useFullscreen(rootRef, leave);

  if (data.isPending || priorities.isPending || timeline.isPending) {
    return <p className="page__status">{t('app.loading')}</p>;
  }

  const slideLabel = t('presentation.slideOf', { current: current + 1, total: count });
  return (
    <div ref={rootRef} className="presentation">
      {/* Focusable so a slide taller than the screen can be scrolled with the keyboard. */}
      <div
        className="presentation__stage"
        role="region"
        aria-roledescription={t('presentation.slideRole')}
        aria-label={slideLabel}
        key={slides[current]?.id}
        tabIndex={0}
      >
        {slides[current]?.content}
      </div>
      <nav className="presentation__controls" aria-label={t('presentation.region')}>
        <button type="button" className="presentation__button" onClick={keys.previous} disabled={current === 0}>
          <span className="presentation__arrow" aria-hidden="true">←</span>
          {t('presentation.previous')}
        </button>
        <p className="presentation__position" aria-live="polite">
          {slideLabel}
        </p>
        <button type="button" className="presentation__button" onClick={keys.next} disabled={current === count - 1}>
          {t('presentation.next')}
          <span className="presentation__arrow" aria-hidden="true">→</span>
        </button>
        <span className="presentation__hint">{t('presentation.keysHint')}</span>
        <button type="button" className="presentation__button presentation__button--exit" onClick={leave}>
          {t('presentation.exit')}
        </button>
      </nav>
    </div>
  );
}
