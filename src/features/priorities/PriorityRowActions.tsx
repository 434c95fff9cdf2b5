import { useTranslation } from '../../i18n';
import type { PriorityItem } from '../../domain';

interface PriorityRowActionsProps {
  item: PriorityItem;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (offset: -1 | 1) => void;
  onEdit: () => void;
  onDelete: () => void;
}

export function PriorityRowActions({ item, canMoveUp, canMoveDown, onMove, onEdit, onDelete }: PriorityRowActionsProps) {
  const { t } = useTranslation();
  const code = item.lineCode;
  return (
    <div className="row-actions">
      <button type="button" className="report-button report-button--icon" aria-label={t('priorities.moveUp', { code })} title={t('priorities.moveUp', { code })} disabled={!canMoveUp} onClick={() => onMove(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="report-button report-button--icon" aria-label={t('priorities.moveDown', { code })} title={t('priorities.moveDown', { code })} disabled={!canMoveDown} onClick={() => onMove(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="report-button report-button--small" id={`edit-priority-${item.id}`} aria-label={t('priorities.edit', { code })} onClick={onEdit}>
        {t('priorities.form.editButton')}
      </button>
      <button type="button" className="report-button report-button--small report-button--danger" aria-label={t('priorities.delete', { code })} onClick={onDelete}>
        {t('priorities.form.deleteButton')}
      </button>
    </div>
  );
}
