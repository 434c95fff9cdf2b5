import { useDeferredValue, useLayoutEffect, useRef } from 'react';
import { SyncNoticeList } from '../../teamSync';
import { BoardReadOnlyNote } from '../BoardReadOnlyNote';
import { IsolatedMessage, useTranslation } from '../../../i18n';
import type { ActionLine, Area } from '../../../domain';
import { LineDetailsForm } from './LineDetailsForm';
import { LineIndicators } from '../../indicators';
import { LineHistory } from './LineHistory';
import { MilestoneList } from './MilestoneList';
import { useIsTeamReader } from '../../../data';
import '../board-panel.css';

const PANEL_READ_ONLY_NOTE_ID = 'panel-read-only-note';

interface LinePanelProps {
  code: string;
  line: ActionLine | undefined;
  area: Area | undefined;
  lines: ActionLine[];
  onClose: () => void;
}

/**
 * The card's details in a modal side panel. The native dialog keeps focus inside and closes on
 * Escape; on close, focus returns to the card it was opened from.
 */
export function LinePanel({ code, line, area, lines, onClose }: LinePanelProps) {
  const { t } = useTranslation();
  const isReader = useIsTeamReader();
  const dialogRef = useRef<HTMLDialogElement>(null);
  // The panel opens in the click's own frame; its forms, milestones and history render just after,
  // in a render React can interrupt, so the click is answered at once even on a slow machine.
  const isBodyShown = useDeferredValue(true, false);

  // A layout effect, so focus is back on the card by the time the panel has left the page.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      document.querySelector<HTMLButtonElement>(`[data-code="${CSS.escape(code)}"] .card__open`)?.focus();
    };
  }, [code]);

  return (
    <dialog ref={dialogRef} className="panel" aria-labelledby="panel-title" onClose={onClose}>
      <header className="panel__header">
        <div>
          <h2 id="panel-title" className="panel__title">
            {t('panel.title', { code })}
          </h2>
          {area && <p className="panel__subtitle"><IsolatedMessage render={(values) => t('panel.area', values)} values={{ code: area.code, name: area.name }} /></p>}
        </div>
        <button type="button" className="button button--secondary panel__close" onClick={() => dialogRef.current?.close()}>
          {t('panel.close')}
        </button>
      </header>
      {!isBodyShown ? (
        <div className="panel__body" aria-busy="true" />
      ) : line ? (
        <div className="panel__body">
          <BoardReadOnlyNote id={PANEL_READ_ONLY_NOTE_ID} />
          <SyncNoticeList lineCode={line.code} />
          {/* A team reader's panel: every field and button in it is unavailable, and the note says why. */}
          <fieldset className="panel__fields" disabled={isReader} aria-describedby={isReader ? PANEL_READ_ONLY_NOTE_ID : undefined}>
            <LineDetailsForm line={line} lines={lines} />
            <MilestoneList line={line} />
            <LineIndicators code={line.code} />
            <LineHistory code={line.code} />
          </fieldset>
        </div>
      ) : (
        <p className="panel__body" role="alert">
          {t('panel.notFound', { code })}
        </p>
      )}
    </dialog>
  );
}
