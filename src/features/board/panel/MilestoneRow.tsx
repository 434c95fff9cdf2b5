import { useId } from 'react';
import {
  TEXT_LIMITS,
  statusKey,
  validateIsoDate,
  validateTarget,
  validateText,
  type Milestone,
  type Status,
} from '../../../domain';
import { useFieldSave, useRecordedApply } from '../../../data';
import { EditableField } from '../../../ui/EditableField';
import { useValidationMessage } from './useValidationMessage';
import { StatusOptions, isolate, useTranslation } from '../../../i18n';

interface MilestoneRowProps {
  milestone: Milestone;
  position: number;
  isFirst: boolean;
  isLast: boolean;
  /** The date a milestone marked Completed is given: the reporting date, or today when none is set. */
  reportingDate: string;
}

export function MilestoneRow({ milestone, position, isFirst, isLast, reportingDate }: MilestoneRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordedApply();
  const message = useValidationMessage();
  const saveField = useFieldSave();
  // The title in labels and the buttons' accessible names, set apart from the words around it.
  const title = isolate(milestone.title);
  const edited = t('milestones.edited', { title });
  // Each change replaces the values this row showed, so a change saved elsewhere since is never overwritten.
  const saveOver = <K extends 'title' | 'target' | 'completedOn'>(field: K, value: Milestone[K]) =>
    saveField(record({ kind: 'milestone', before: milestone, after: { ...milestone, [field]: value } }, edited, { reportStale: false }));

  const remove = () => {
    record({ kind: 'milestone', before: milestone, after: null }, t('milestones.deleted', { title }), { confirm: true }).catch(() => undefined);
  };

  const changeStatus = (status: Status) => {
    // Reporting as of another date, the milestone was done by then, not on the day it is entered.
    const completedOn = status === 'Completed' ? (milestone.completedOn ?? reportingDate) : null;
    record({ kind: 'milestone', before: milestone, after: { ...milestone, status, completedOn } }, edited).catch(() => undefined);
  };

  const move = (offset: -1 | 1) => {
    const change = { kind: 'milestoneOrder', lineCode: milestone.lineCode, id: milestone.id, from: position - 1, to: position - 1 + offset } as const;
    record(change, t('milestones.reordered', { title, position: position + offset })).catch(() => undefined);
  };

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
          onClick={() => move(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={isLast}
          aria-label={t('milestones.moveDown', { title })}
          onClick={() => move(1)}
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
