import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TEXT_LIMITS,
  statusKey,
  validateIsoDate,
  validateTarget,
  validateText,
  type Milestone,
  type Status,
} from '../../../domain';
import { todayIsoDate, useMilestoneMutation } from '../../../data';
import { useUiStore } from '../../../state/uiStore';
import { EditableField } from '../../../ui/EditableField';
import { useFieldSave } from '../useFieldSave';
import { useValidationMessage } from './useValidationMessage';
import { StatusOptions, isolate } from '../../../i18n';

interface MilestoneRowProps {
  milestone: Milestone;
  position: number;
  isFirst: boolean;
  isLast: boolean;
}

export function MilestoneRow({ milestone, position, isFirst, isLast }: MilestoneRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const { mutate, mutateAsync } = useMilestoneMutation();
  const message = useValidationMessage();
  const showToast = useUiStore((state) => state.showToast);
  const saveField = useFieldSave();
  const saveOver = <K extends 'title' | 'target' | 'completedOn'>(field: K, value: Milestone[K]) =>
    saveField(
      mutateAsync({ kind: 'update', id: milestone.id, patch: { [field]: value }, expected: { [field]: milestone[field] } }),
    );

  const remove = () => {
    mutateAsync({ kind: 'delete', id: milestone.id })
      .then(() =>
        showToast({
          kind: 'info',
          message: t('milestones.deleted', { title: isolate(milestone.title) }),
          action: { label: t('move.undo'), run: () => mutate({ kind: 'add', milestone }) },
        }),
      )
      .catch(() => undefined);
  };

  const changeStatus = (status: Status) => {
    const completedOn = status === 'Completed' ? (milestone.completedOn ?? todayIsoDate()) : null;
    mutate({ kind: 'update', id: milestone.id, patch: { status, completedOn } });
  };

  // The title in the buttons' accessible names, set apart from the words around it.
  const title = isolate(milestone.title);

  return (
    <li className={`milestone milestone--${statusKey(milestone.status)}`} aria-label={t('milestones.row', { position, title })}>
      <EditableField
        className="milestone__title"
        label={t('milestones.titleField')}
        value={milestone.title}
        maxLength={TEXT_LIMITS.title}
        onCommit={(value) => {
          const result = validateText(value, TEXT_LIMITS.title, true);
          if (!result.ok) return message(result.error, t('milestones.titleField'));
          return saveOver('title', result.value);
        }}
      />
      <div className="milestone__fields">
        <EditableField
          label={t('milestones.target')}
          value={milestone.target ?? ''}
          placeholder={t('milestones.targetExample')}
          onCommit={(value) => {
            const result = validateTarget(value, '');
            if (!result.ok) return message(result.error);
            return saveOver('target', result.value);
          }}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('milestones.status')}
          </label>
          <select id={`${id}-status`} value={milestone.status} onChange={(event) => changeStatus(event.target.value as Status)}>
            <StatusOptions />
          </select>
        </div>
        {/* Only a Completed milestone has a completion date; changing the status sets or clears it. */}
        {milestone.status === 'Completed' && (
          <EditableField
            label={t('milestones.completedOn')}
            type="date"
            value={milestone.completedOn ?? ''}
            onCommit={(value) => {
              const result = validateIsoDate(value);
              if (!result.ok) return message(result.error);
              return saveOver('completedOn', result.value);
            }}
          />
        )}
      </div>
      <div className="milestone__actions">
        <button
          type="button"
          className="icon-button"
          disabled={isFirst}
          aria-label={t('milestones.moveUp', { title })}
          onClick={() => mutate({ kind: 'move', id: milestone.id, offset: -1 })}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={isLast}
          aria-label={t('milestones.moveDown', { title })}
          onClick={() => mutate({ kind: 'move', id: milestone.id, offset: 1 })}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={t('milestones.delete', { title })}
          onClick={remove}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
    </li>
  );
}
