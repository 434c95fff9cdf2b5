import { useId, useRef, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n';
import { MAX_SNAPSHOT_BYTES } from '../../domain';
import { formatMegabytes } from './fileSizes';

export function ImportField({ onFile, disabled }: { onFile: (file: File) => void; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
    // Cleared so that choosing the same file again (after fixing it) checks it again.
    if (input.current) input.current.value = '';
  };
  return (
    <div className="snapshots__field">
      <label htmlFor={inputId} className="snapshots__file-label">
        {t('snapshots.import.label')}
      </label>
      <input ref={input} id={inputId} type="file" accept=".json,application/json" aria-describedby={hintId} disabled={disabled} onChange={onChange} />
      <p id={hintId} className="snapshots__hint">
        {t('snapshots.import.hint', { limit: formatMegabytes(MAX_SNAPSHOT_BYTES, i18n.language) })} {t('snapshots.dropHint')}
      </p>
    </div>
  );
}
