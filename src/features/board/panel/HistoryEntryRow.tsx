import { useId, useState } from 'react';
import { STATUS_SOURCES, isStatus, statusKey, type HistoryEntry, type RevertRefusal, type StatusSource } from '../../../domain';
import { IsolatedMessage, formatDateTime, useTranslation } from '../../../i18n';
import { HistoryAuthor } from '../../../ui/HistoryAuthor';
import { i18nHistoryField } from './historyLabels';
import type { RevertOutcome } from './useRevertHistoryEntry';

interface HistoryEntryRowProps {
  entry: HistoryEntry;
  /** This device's id: an entry made elsewhere says so. */
  thisDevice: string | null;
  /** Why the entry cannot be reverted, known from the history alone; null when it can. */
  refusal: RevertRefusal | null;
  onRevert: () => Promise<RevertOutcome>;
}

/** One change of the line's history, with "Revert this change", or why it cannot be reverted. */
export function HistoryEntryRow({ entry, thisDevice, refusal, onRevert }: HistoryEntryRowProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [outcome, setOutcome] = useState<RevertOutcome>(null);

  const value = (raw: string | null) => {
    if (raw === null) return t('history.none');
    if (isStatus(raw)) return t(`status.${statusKey(raw)}`);
    if (entry.field === 'statusConfirmed' && (STATUS_SOURCES as readonly string[]).includes(raw)) return t(`statusSource.${raw as StatusSource}`);
    if (entry.field === 'health' && (raw === 'on-track' || raw === 'at-risk' || raw === 'off-track')) return t(`health.${raw}`);
    return raw;
  };

  const reason = outcome === 'stale' ? t('errors.stale') : outcome ? t(`history.refused.${outcome}`) : null;

  return (
    <li className="history__entry">
      <span className="history__when">
        <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language, 'medium')}</time>
        <span className="history__who">
          <HistoryAuthor entry={entry} thisDevice={thisDevice} />
        </span>
      </span>
      <span className="history__what" id={`${id}-what`}>
        <IsolatedMessage
          render={(placeholders) => t('history.entry', placeholders)}
          values={{ field: i18nHistoryField(t, entry.field), from: value(entry.from), to: value(entry.to) }}
        />
      </span>
      {/* Focusable even when refused, so that asking says why instead of the button going silent. */}
      <button
        type="button"
        className="history__revert"
        aria-disabled={refusal ? true : undefined}
        aria-describedby={`${id}-what${reason ? ` ${id}-reason` : ''}`}
        onClick={() => {
          if (refusal) setOutcome(refusal);
          else void onRevert().then(setOutcome);
        }}
      >
        {t('history.revert')}
      </button>
      <p id={`${id}-reason`} className="history__refusal" role="status">
        {reason}
      </p>
    </li>
  );
}
