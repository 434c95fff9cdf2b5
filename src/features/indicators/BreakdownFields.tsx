import { useTranslation } from '../../i18n';
import { TEXT_LIMITS } from '../../domain';
import { NumberField } from './NumberField';
import { SourceFields } from './SourceFields';
import { emptyPartDraft, type BreakdownDraft, type BreakdownPartDraft, type PeriodDraftErrors } from './periodDraft';

interface BreakdownFieldsProps {
  idPrefix: string;
  index: number;
  breakdown: BreakdownDraft;
  errors: PeriodDraftErrors;
  onChange: (breakdown: BreakdownDraft) => void;
  onRemove: () => void;
}

/** One breakdown of a period's figure: the dimension, its parts, their source, and why it may miss its total. */
export function BreakdownFields({ idPrefix, index, breakdown, errors, onChange, onRemove }: BreakdownFieldsProps) {
  const { t } = useTranslation();
  const path = `breakdowns.${index}`;
  const id = `${idPrefix}-breakdown-${index}`;
  const number = index + 1;
  const setPart = (partIndex: number, part: BreakdownPartDraft) =>
    onChange({ ...breakdown, parts: breakdown.parts.map((existing, at) => (at === partIndex ? part : existing)) });
  const dimensionError = errors[`${path}.dimension`];
  return (
    <fieldset className="period-form__breakdown">
      <legend>{t('indicators.edit.breakdowns.legend', { number })}</legend>
      <div className="period-form__breakdown-head">
        <div className="report-field">
          <label htmlFor={`${id}-dimension`}>{t('indicators.edit.breakdowns.dimension')}</label>
          <input
            id={`${id}-dimension`}
            type="text"
            dir="auto"
            maxLength={TEXT_LIMITS.title}
            aria-invalid={dimensionError ? true : undefined}
            aria-describedby={`${id}-dimension-hint${dimensionError ? ` ${id}-dimension-error` : ''}`}
            value={breakdown.dimension}
            onChange={(event) => onChange({ ...breakdown, dimension: event.target.value })}
          />
          <p id={`${id}-dimension-hint`} className="report-field__hint">
            {t('indicators.edit.breakdowns.dimensionHint')}
          </p>
          {dimensionError && (
            <p id={`${id}-dimension-error`} className="report-field__error">
              {t(`indicators.edit.periodForm.errors.${dimensionError}`)}
            </p>
          )}
        </div>
        <div className="report-field">
          <label htmlFor={`${id}-unit`}>{t('indicators.edit.breakdowns.partsUnit')}</label>
          <select id={`${id}-unit`} value={breakdown.partsUnit} onChange={(event) => onChange({ ...breakdown, partsUnit: event.target.value === 'share' ? 'share' : 'value' })}>
            <option value="value">{t('indicators.edit.breakdowns.partsUnitValue')}</option>
            <option value="share">{t('indicators.edit.breakdowns.partsUnitShare')}</option>
          </select>
        </div>
      </div>
      <ol className="period-form__parts">
        {breakdown.parts.map((part, partIndex) => {
          const partId = `${id}-part-${partIndex}`;
          const labelError = errors[`${path}.parts.${partIndex}.label`];
          return (
            <li key={part.key} className="period-form__part">
              <div className="report-field">
                <label htmlFor={`${partId}-label`}>{t('indicators.edit.breakdowns.partLabel', { number: partIndex + 1 })}</label>
                <input
                  id={`${partId}-label`}
                  type="text"
                  dir="auto"
                  maxLength={TEXT_LIMITS.title}
                  aria-invalid={labelError ? true : undefined}
                  aria-describedby={labelError ? `${partId}-label-error` : undefined}
                  value={part.label}
                  onChange={(event) => setPart(partIndex, { ...part, label: event.target.value })}
                />
                {labelError && (
                  <p id={`${partId}-label-error`} className="report-field__error">
                    {t(`indicators.edit.periodForm.errors.${labelError}`)}
                  </p>
                )}
              </div>
              <NumberField
                id={`${partId}-value`}
                label={t('indicators.edit.breakdowns.partValue', { number: partIndex + 1 })}
                value={part.value}
                error={errors[`${path}.parts.${partIndex}.value`]}
                onChange={(text) => setPart(partIndex, { ...part, value: text })}
              />
              <button
                type="button"
                className="report-button report-button--small period-form__remove-part"
                onClick={() => onChange({ ...breakdown, parts: breakdown.parts.filter((_, at) => at !== partIndex) })}
              >
                {t('indicators.edit.breakdowns.removePart', { number: partIndex + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="report-button report-button--small" onClick={() => onChange({ ...breakdown, parts: [...breakdown.parts, emptyPartDraft()] })}>
        {t('indicators.edit.breakdowns.addPart')}
      </button>
      <div className="period-form__source">
        <SourceFields idPrefix={id} path={path} source={breakdown} errors={errors} onChange={(field, text) => onChange({ ...breakdown, [field]: text })} />
      </div>
      <div className="report-field">
        <label htmlFor={`${id}-note`}>{t('indicators.edit.breakdowns.note')}</label>
        <textarea id={`${id}-note`} dir="auto" rows={2} maxLength={TEXT_LIMITS.notes} value={breakdown.note} onChange={(event) => onChange({ ...breakdown, note: event.target.value })} />
      </div>
      <button type="button" className="report-button report-button--small report-button--danger" onClick={onRemove}>
        {t('indicators.edit.breakdowns.remove', { number })}
      </button>
    </fieldset>
  );
}
