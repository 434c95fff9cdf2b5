import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { TEXT_LIMITS, type ActionLine, type Area, type Indicator } from '../../domain';
import { isolate, useTranslation } from '../../i18n';
import { indicatorDraftOf, indicatorFieldsFromDraft, type IndicatorDraft, type IndicatorDraftErrors, type UnitKind } from './indicatorDraft';
import { RecordFormButtons } from '../../ui/RecordFormButtons';

type IndicatorFields = Pick<Indicator, 'name' | 'unit' | 'direction' | 'areaCode' | 'lineCodes' | 'definition'>;

interface IndicatorFormProps {
  /** The indicator being edited, or null to add one. */
  indicator: Indicator | null;
  areas: Area[];
  lines: ActionLine[];
  /** Saves the fields; the form stays open, with what was typed, until the promise settles well. */
  onSubmit: (fields: IndicatorFields) => void;
  onCancel: () => void;
  /** Why the last save failed, shown above the buttons. */
  failure?: string | null;
}

const UNIT_KINDS: UnitKind[] = ['count', 'percent', 'money'];

/** Add or edit an indicator's own fields; nothing is saved until every field is valid. */
export function IndicatorForm({ indicator, areas, lines, onSubmit, onCancel, failure = null }: IndicatorFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<IndicatorDraft>(() => indicatorDraftOf(indicator));
  const [errors, setErrors] = useState<IndicatorDraftErrors>({});

  useEffect(() => headingRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = indicatorFieldsFromDraft(draft, new Set(lines.map((line) => line.code)));
    setErrors(result.ok ? {} : result.errors);
    if (result.ok) onSubmit(result.value);
  };

  const describedBy = (field: keyof IndicatorDraftErrors, hint?: string) =>
    [hint ?? '', errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: keyof IndicatorDraftErrors) => {
    const error = errors[field];
    return error ? (
      <p id={`${id}-${field}-error`} className="report-field__error">
        {t(`indicators.edit.form.errors.${error}`)}
      </p>
    ) : null;
  };
  // The chosen area's lines, and any line already chosen: a line is never unticked by hiding it.
  const offeredLines = lines.filter((line) => !draft.areaCode || line.areaCode === draft.areaCode || draft.lineCodes.includes(line.code));
  const toggleLine = (code: string, isChosen: boolean) =>
    setDraft({ ...draft, lineCodes: isChosen ? [...draft.lineCodes, code] : draft.lineCodes.filter((chosen) => chosen !== code) });

  return (
    <form className="record-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="record-form__title">
        {indicator ? t('indicators.edit.form.editTitle', { name: indicator.name }) : t('indicators.edit.form.addTitle')}
      </h2>
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="record-form__summary">
          {t('indicators.edit.errorSummary')}
        </p>
      )}
      <div className="record-form__grid">
        <div className="report-field report-field--wide">
          <label htmlFor={`${id}-name`}>{t('indicators.edit.form.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            dir="auto"
            maxLength={TEXT_LIMITS.title}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={describedBy('name')}
            value={draft.name}
            onChange={(event) => setDraft({ ...draft, name: event.target.value })}
          />
          {fieldError('name')}
        </div>
        <div className="report-field">
          <label htmlFor={`${id}-unit`}>{t('indicators.edit.form.unit')}</label>
          <select id={`${id}-unit`} value={draft.unitKind} onChange={(event) => setDraft({ ...draft, unitKind: UNIT_KINDS.find((kind) => kind === event.target.value) ?? 'count' })}>
            {UNIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind === 'money' ? t('indicators.edit.form.money') : t(`indicators.unit.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        {draft.unitKind === 'money' && (
          <div className="report-field">
            <label htmlFor={`${id}-currency`}>{t('indicators.edit.form.currency')}</label>
            <input
              id={`${id}-currency`}
              type="text"
              dir="ltr"
              autoCapitalize="characters"
              maxLength={3}
              aria-invalid={errors.currency ? true : undefined}
              aria-describedby={describedBy('currency', `${id}-currency-hint`)}
              value={draft.currency}
              onChange={(event) => setDraft({ ...draft, currency: event.target.value })}
            />
            <p id={`${id}-currency-hint`} className="report-field__hint">
              {t('indicators.edit.form.currencyHint')}
            </p>
            {fieldError('currency')}
          </div>
        )}
        <div className="report-field">
          <label htmlFor={`${id}-direction`}>{t('indicators.edit.form.direction')}</label>
          <select id={`${id}-direction`} value={draft.direction} onChange={(event) => setDraft({ ...draft, direction: event.target.value === 'lower' ? 'lower' : 'higher' })}>
            <option value="higher">{t('indicators.direction.higher')}</option>
            <option value="lower">{t('indicators.direction.lower')}</option>
          </select>
        </div>
        <div className="report-field">
          <label htmlFor={`${id}-area`}>{t('indicators.edit.form.area')}</label>
          <select id={`${id}-area`} value={draft.areaCode} onChange={(event) => setDraft({ ...draft, areaCode: event.target.value })}>
            <option value="">{t('indicators.strategyWide')}</option>
            {areas.map((area) => (
              <option key={area.code} value={area.code}>
                {t('indicators.area', { code: area.code, name: isolate(area.name) })}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="report-field report-field--wide indicator-form__lines" aria-describedby={describedBy('lineCodes', `${id}-lines-hint`)}>
          <legend>{t('indicators.edit.form.lines')}</legend>
          <p id={`${id}-lines-hint`} className="report-field__hint">
            {t('indicators.edit.form.linesHint')}
          </p>
          <div className="indicator-form__line-list">
            {offeredLines.map((line) => (
              <div key={line.code} className="indicator-form__line">
                <input
                  id={`${id}-line-${line.code}`}
                  type="checkbox"
                  checked={draft.lineCodes.includes(line.code)}
                  onChange={(event) => toggleLine(line.code, event.target.checked)}
                />
                <label htmlFor={`${id}-line-${line.code}`}>
                  <span className="indicator-form__code">{line.code}</span> <bdi>{line.title}</bdi>
                </label>
              </div>
            ))}
          </div>
          {fieldError('lineCodes')}
        </fieldset>
        <div className="report-field report-field--wide">
          <label htmlFor={`${id}-definition`}>{t('indicators.edit.form.definition')}</label>
          <textarea
            id={`${id}-definition`}
            dir="auto"
            rows={3}
            maxLength={TEXT_LIMITS.text}
            value={draft.definition}
            onChange={(event) => setDraft({ ...draft, definition: event.target.value })}
          />
        </div>
      </div>
      <RecordFormButtons saveLabel={t('indicators.edit.save')} cancelLabel={t('indicators.edit.cancel')} onCancel={onCancel} failure={failure} />
    </form>
  );
}
