import { useTranslation } from '../../i18n';
import { alignedMilestone, statusKey, type PriorityItem, type PriorityMismatch, type Status } from '../../domain';

interface PriorityMismatchNoteProps {
  item: PriorityItem;
  mismatch: PriorityMismatch;
  /** Brings the item's milestone status in line with its line; without it the note only says so. */
  onAlign?: (item: PriorityItem, milestone: Status) => void;
}

/** Says that a row contradicts its line's status in a way the report would not, and offers the fix. */
export function PriorityMismatchNote({ item, mismatch, onAlign }: PriorityMismatchNoteProps) {
  const { t } = useTranslation();
  const code = item.lineCode;
  const aligned = alignedMilestone(mismatch);
  const status = t(`status.${statusKey(aligned)}`);
  return (
    <div className="priority-mismatch">
      <p className="priority-mismatch__text">
        <span aria-hidden="true">⚠ </span>
        {t(`priorities.mismatch.${mismatch}`, { code })}
      </p>
      {onAlign && (
        <button
          type="button"
          className="report-button report-button--small"
          aria-label={t('priorities.mismatch.alignLabel', { code, status })}
          onClick={() => onAlign(item, aligned)}
        >
          {t('priorities.mismatch.align', { status })}
        </button>
      )}
    </div>
  );
}
