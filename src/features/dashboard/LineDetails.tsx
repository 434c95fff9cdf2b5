import { useTranslation } from '../../i18n';
import type { ActionLine } from '../../domain';

/** A line's lead unit and notes under its text, when the report includes them. */
export function LineDetails({ line }: { line: Pick<ActionLine, 'leadUnit' | 'notes'> }) {
  const { t } = useTranslation();
  const details = [
    { key: 'leadUnit', label: t('dashboard.columns.leadUnit'), value: line.leadUnit.trim() },
    { key: 'notes', label: t('dashboard.columns.notes'), value: line.notes.trim() },
  ].filter((detail) => detail.value !== '');
  if (details.length === 0) return null;
  return (
    <dl className="annex-row__details">
      {details.map((detail) => (
        <div key={detail.key} className={`annex-row__detail annex-row__detail--${detail.key}`}>
          <dt>{detail.label}:</dt>
          <dd>{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
