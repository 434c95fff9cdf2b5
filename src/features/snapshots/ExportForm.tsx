import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SHORT_LENGTH } from '../../domain';
import { useExportSnapshot } from './useExportSnapshot';

export function ExportForm() {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const exportSnapshot = useExportSnapshot();
  const labelId = useId();
  const hintId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    exportSnapshot.mutate(label);
  };
  return (
    <form className="snapshots__form" onSubmit={onSubmit}>
      <div className="snapshots__field">
        <label htmlFor={labelId}>{t('snapshots.export.label')}</label>
        <input id={labelId} type="text" value={label} maxLength={MAX_SHORT_LENGTH} aria-describedby={hintId} onChange={(event) => setLabel(event.target.value)} />
        <p id={hintId} className="snapshots__hint">
          {t('snapshots.export.labelHint')}
        </p>
      </div>
      <button type="submit" className="snapshots__button snapshots__button--primary" disabled={exportSnapshot.isPending}>
        {t('snapshots.export.button')}
      </button>
    </form>
  );
}
