import type { TFunction } from 'i18next';
import { buildCsv, statusKey, type ActionLine, type AnnexArea, type CsvSeparator } from '../../domain';

/** The reason and each quoted passage with its section, one per line of the cell. */
function evidenceText(line: ActionLine): string {
  const passages = line.statusEvidence.map((passage) => `${passage.section}: \u201c${passage.text}\u201d`);
  return [line.statusReason, ...passages].filter(Boolean).join('\n');
}

/**
 * The Annex 2 table as CSV: one row per action line, with its area, in the dashboard's order, and
 * every field a person can set on a line. Milestones are two numbers a spreadsheet can add up; the
 * reporting date, the same on every row, says what the schedule column was judged against.
 */
export function buildAnnexCsv(annex: readonly AnnexArea[], reportingDate: string, t: TFunction, separator: CsvSeparator): string {
  const header = [
    t('dashboard.columns.area'),
    t('dashboard.columns.code'),
    t('dashboard.columns.title'),
    t('dashboard.columns.line'),
    t('dashboard.columns.leadUnit'),
    t('dashboard.columns.status'),
    t('dashboard.columns.statusSource'),
    t('dashboard.columns.evidence'),
    t('dashboard.columns.completedYear'),
    t('dashboard.columns.milestones'),
    t('dashboard.columns.milestonesTotal'),
    t('dashboard.columns.target'),
    t('dashboard.columns.health'),
    t('dashboard.columns.healthReason'),
    t('dashboard.columns.schedule'),
    t('dashboard.columns.notes'),
    t('dashboard.columns.reportingDate'),
  ];
  const rows = annex.flatMap(({ area, lines }) =>
    lines.map(({ line, flag, milestones }) => [
      t('dashboard.area.heading', { code: area.code, name: area.name }),
      line.code,
      line.title,
      line.text,
      line.leadUnit,
      t(`status.${statusKey(line.status)}`),
      t(`statusSource.${line.statusSource}`),
      evidenceText(line),
      line.completedYear,
      milestones.completed,
      milestones.total,
      line.target,
      line.health ? t(`health.${line.health}`) : '',
      line.healthReason,
      flag === 'overdue' ? t('scheduleFlag.overdue') : flag === 'due-soon' ? t('scheduleFlag.dueSoon') : '',
      line.notes,
      reportingDate,
    ]),
  );
  return buildCsv(header, rows, separator);
}
