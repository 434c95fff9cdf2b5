import { useState } from 'react';
import type { AnnexArea } from '../../domain';
import { progressMessageValues, IsolatedMessage, useTranslation } from '../../i18n';
import { useReportStore } from '../../state/reportStore';
import { AnnexLineRow } from './AnnexLineRow';
import { useIsPrinting } from './useIsPrinting';
import './dashboard.css';

interface AreaSectionProps {
  entry: AnnexArea;
  /** Links to the board; off in presentation and print. */
  interactive?: boolean;
  headingLevel?: 1 | 2;
  /** Short titles instead of full texts, for the large type of presentation mode. */
  brief?: boolean;
  /** Which of the slides an area is split across this is, when it takes more than one. */
  part?: { index: number; count: number };
}

/**
 * A long area shows this many lines on screen until "Show all" is pressed: at 2,000 lines, laying
 * out every row took the dashboard 2.3 s at 4x before its figures showed. Print shows every line.
 */
const AREA_LINE_LIMIT = 50;

/** One area of action as in Annex 2: objectives, figures, and every action line with its progress. */
export function AreaSection({ entry, interactive = true, headingLevel = 2, brief = false, part }: AreaSectionProps) {
  const { t, i18n } = useTranslation();
  const { area, figures, lines } = entry;
  const isDetailShown = useReportStore((state) => state.isDetailShown);
  const [isExpanded, setIsExpanded] = useState(false);
  const isPrinting = useIsPrinting();
  // Presentation slides bring their own share of the lines.
  const isShortened = interactive && lines.length > AREA_LINE_LIMIT;
  const shown = isShortened && !isExpanded && !isPrinting ? lines.slice(0, AREA_LINE_LIMIT) : lines;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const headingId = `area-${area.code}-heading`;
  return (
    <section className={`area-section area-section--${area.code.toLowerCase()}`} aria-labelledby={headingId}>
      <header className="area-section__header">
        <Heading id={headingId} className="area-section__title">
          <IsolatedMessage
            render={(values) => {
              const heading = t('dashboard.area.heading', values);
              return part ? t('report.part', { heading, part: part.index, parts: part.count }) : heading;
            }}
            values={{ code: area.code, name: area.name }}
          />
        </Heading>
        <p className="area-section__summary">
          {t('dashboard.area.summary', progressMessageValues(figures, i18n.language))}
        </p>
        {area.objectives.length > 0 && (
          <div className="area-section__objectives">
            <span className="area-section__objectives-label">{t('dashboard.area.objectives')}:</span>
            <ul>
              {area.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <table className="annex-table">
        <caption className="visually-hidden">
          <IsolatedMessage render={(values) => t('dashboard.area.tableCaption', values)} values={{ code: area.code, name: area.name }} />
        </caption>
        <thead>
          <tr>
            <th scope="col" className="annex-table__code">{t('dashboard.columns.code')}</th>
            <th scope="col">{t('dashboard.columns.line')}</th>
            <th scope="col" className="annex-table__progress">{t('dashboard.columns.progress')}</th>
            <th scope="col" className="annex-table__target">{t('dashboard.columns.target')}</th>
            <th scope="col" className="annex-table__health">{t('dashboard.columns.health')}</th>
            <th scope="col" className="annex-table__schedule">{t('dashboard.columns.schedule')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((line) => (
            <AnnexLineRow key={line.line.code} entry={line} interactive={interactive} brief={brief} isDetailShown={isDetailShown} />
          ))}
        </tbody>
      </table>
      {isShortened && (
        <button type="button" className="button button--secondary area-section__more" onClick={() => setIsExpanded((value) => !value)}>
          {isExpanded ? t('dashboard.area.showFewer', { count: AREA_LINE_LIMIT }) : t('dashboard.area.showAll', { count: lines.length, code: area.code })}
        </button>
      )}
    </section>
  );
}
