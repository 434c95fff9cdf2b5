import { useId, useMemo, useState } from 'react';
import { labelSlug } from '../../domain';
import { useComparison, useStoredSnapshots } from '../../data';
import { formatDateTime, isolate, useTranslation } from '../../i18n';
import { ComparisonReport } from './ComparisonReport';
import { downloadCsv } from '../../ui/downloadFile';
import { CsvSeparatorSelect } from '../../ui/CsvSeparatorSelect';
import { useComparisonCsv } from './useComparisonCsv';

const CURRENT = 'current';

interface Side {
  id: string;
  /** The option's text, the report's title and the CSV file's name: a stored name is isolated from the words around it. */
  label: string;
}

export function ComparePanel() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const beforeId = useId();
  const afterId = useId();
  const { data: entries = [] } = useStoredSnapshots();
  const toCsv = useComparisonCsv();
  const [chosen, setChosen] = useState<{ before: string | null; after: string }>({ before: null, after: CURRENT });

  const sides: Side[] = useMemo(
    () => [
      { id: CURRENT, label: t('snapshots.compare.current') },
      ...entries.map((entry) => ({
        id: entry.id,
        // An automatic backup's name already says when it was made.
        label: entry.isAutomaticBackup
          ? isolate(entry.name)
          : t('snapshots.compare.option', { name: isolate(entry.name), date: formatDateTime(entry.createdAt, i18n.language) }),
      })),
    ],
    [entries, t, i18n.language],
  );
  const find = (id: string | null) => sides.find((side) => side.id === id);
  // Until the user picks, compare the newest snapshot with the current state.
  const before = find(chosen.before) ?? sides[1] ?? sides[0];
  const after = find(chosen.after) ?? sides[0];
  const stateId = (side: Side | undefined) => (!side || side.id === CURRENT ? null : side.id);
  const { data: comparison } = useComparison(stateId(before), stateId(after));

  const exportCsv = () => {
    if (!comparison || !before || !after) return;
    const fileName = `comparison-${labelSlug(before.label) || 'before'}-to-${labelSlug(after.label) || 'after'}.csv`;
    downloadCsv(fileName, toCsv(comparison));
  };

  const picker = (id: string, label: string, value: string | undefined, onChange: (value: string) => void) => (
    <div className="snapshots__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {sides.map((side) => (
          <option key={side.id} value={side.id}>
            {side.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section className="snapshots__section snapshots__compare" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('snapshots.compare.heading')}</h2>
      <p className="snapshots__hint">{t('snapshots.compare.intro')}</p>
      <div className="snapshots__form">
        {picker(beforeId, t('snapshots.compare.before'), before?.id, (value) => setChosen({ ...chosen, before: value }))}
        {picker(afterId, t('snapshots.compare.after'), after?.id, (value) => setChosen({ ...chosen, after: value }))}
        <div className="snapshots__actions">
          <button type="button" className="snapshots__button" disabled={!comparison} onClick={() => window.print()}>
            {t('snapshots.compare.print')}
          </button>
          <button type="button" className="snapshots__button" disabled={!comparison} onClick={exportCsv}>
            {t('snapshots.compare.exportCsv')}
          </button>
          <CsvSeparatorSelect />
        </div>
      </div>
      {before && after && before.id === after.id && <p>{t('snapshots.compare.same')}</p>}
      {comparison === null && <p>{t('snapshots.compare.unavailable')}</p>}
      {before && after && before.id !== after.id && comparison && (
        <ComparisonReport comparison={comparison} title={t('snapshots.compare.title', { before: before.label, after: after.label })} />
      )}
    </section>
  );
}
