import { useId, useMemo } from 'react';
import {
  TEXT_LIMITS,
  linesInStatus,
  splitTarget,
  validateLeadUnit,
  validateTarget,
  validateText,
  validateYear,
  type ActionLine,
  type Health,
  type Status,
} from '../../../domain';
import { useFieldSave, type ActionLinePatch } from '../../../data';
import { EditableField } from '../../../ui/EditableField';
import { TextLinks } from '../../../ui/TextLinks';
import { useRecordedLineUpdate } from '../useRecordedLineUpdate';
import { useRecordedMove } from '../useRecordedMove';
import { useValidationMessage } from './useValidationMessage';
import { StatusEvidence } from './StatusEvidence';
import { HealthOptions, StatusOptions, useTranslation } from '../../../i18n';

const SUGGESTED_LEAD_UNITS = ['General Secretariat', 'BDT', 'TSB', 'BR', 'Regional offices'];

interface LineDetailsFormProps {
  line: ActionLine;
  lines: ActionLine[];
}

export function LineDetailsForm({ line, lines }: LineDetailsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = useRecordedLineUpdate();
  const moveTo = useRecordedMove(lines);
  const message = useValidationMessage();
  const target = splitTarget(line.target);
  const leadUnits = useMemo(
    () => [...new Set([...SUGGESTED_LEAD_UNITS, ...lines.map((l) => l.leadUnit).filter(Boolean)])],
    [lines],
  );

  const saveField = useFieldSave();
  // Each save replaces the values this render showed, so a change saved elsewhere since is never overwritten.
  const save = (patch: ActionLinePatch, field: string) => {
    const shown = Object.fromEntries(Object.keys(patch).map((key) => [key, line[key as keyof ActionLinePatch]]));
    return saveField(update(line.code, patch, `${line.code}: ${field}`, shown));
  };

  const textField = (field: 'title' | 'text' | 'healthReason' | 'notes', label: string, isRequired: boolean) =>
    (value: string) => {
      const result = validateText(value, TEXT_LIMITS[field], isRequired);
      if (!result.ok) return message(result.error, label);
      return save({ [field]: result.value }, label);
    };

  const commitLeadUnit = (value: string) => {
    const result = validateLeadUnit(value);
    if (!result.ok) return message(result.error);
    return save({ leadUnit: result.value }, t('panel.leadUnit'));
  };

  const commitTarget = (quarter: string, phase: string) => {
    const result = validateTarget(quarter, phase);
    if (!result.ok) return message(result.error);
    return save({ target: result.value }, t('panel.target'));
  };

  const commitCompletedYear = (value: string) => {
    const result = validateYear(value);
    if (!result.ok) return message(result.error);
    return save({ completedYear: result.value }, t('panel.completedYear'));
  };

  return (
    <section className="panel__section" aria-labelledby={`${id}-details`}>
      <h3 id={`${id}-details`} className="panel__section-title">
        {t('panel.details')}
      </h3>
      <div className="panel__grid">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('panel.status')}
          </label>
          <select
            id={`${id}-status`}
            value={line.status}
            onChange={(event) => {
              const status = event.target.value as Status;
              void moveTo(line.code, status, linesInStatus(lines, status).length, null);
            }}
          >
            <StatusOptions />
          </select>
        </div>
        <EditableField
          label={t('panel.completedYear')}
          value={line.completedYear === null ? '' : String(line.completedYear)}
          help={t('panel.completedYearHelp')}
          onCommit={commitCompletedYear}
        />
      </div>
      <StatusEvidence line={line} />
      {/* The reason beside the health it explains. */}
      <div className="panel__grid">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-health`}>
            {t('panel.health')}
          </label>
          <select
            id={`${id}-health`}
            value={line.health ?? ''}
            onChange={(event) => void save({ health: (event.target.value || null) as Health | null }, t('panel.health'))}
          >
            <option value="">{t('health.none')}</option>
            <HealthOptions />
          </select>
        </div>
        <EditableField
          label={t('panel.healthReason')}
          value={line.healthReason}
          maxLength={TEXT_LIMITS.healthReason}
          onCommit={textField('healthReason', t('panel.healthReason'), false)}
        />
      </div>
      <EditableField label={t('panel.titleField')} value={line.title} maxLength={TEXT_LIMITS.title} onCommit={textField('title', t('panel.titleField'), true)} />
      <EditableField label={t('panel.text')} value={line.text} maxLength={TEXT_LIMITS.text} isMultiline rows={5} onCommit={textField('text', t('panel.text'), true)} />
      <EditableField
        label={t('panel.leadUnit')}
        value={line.leadUnit}
        maxLength={TEXT_LIMITS.leadUnit}
        help={t('panel.leadUnitHelp')}
        list={`${id}-units`}
        onCommit={commitLeadUnit}
      />
      <datalist id={`${id}-units`}>
        {leadUnits.map((unit) => (
          <option key={unit} value={unit} />
        ))}
      </datalist>
      <div className="panel__grid">
        <EditableField
          label={t('panel.target')}
          value={target.quarter}
          help={t('panel.targetHelp')}
          onCommit={(quarter) => commitTarget(quarter, target.phase)}
        />
        <EditableField
          label={t('panel.phase')}
          value={target.phase}
          maxLength={TEXT_LIMITS.phase}
          help={t('panel.phaseHelp')}
          onCommit={(phase) => commitTarget(target.quarter, phase)}
        />
      </div>
      <EditableField label={t('panel.notes')} value={line.notes} maxLength={TEXT_LIMITS.notes} isMultiline onCommit={textField('notes', t('panel.notes'), false)} />
      <TextLinks text={line.notes} label={t('panel.notesLinks')} />
    </section>
  );
}
