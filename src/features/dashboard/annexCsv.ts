import type { TFunction } from 'i18next';
import { buildCsv, statusKey, type ActionLine, type AnnexArea } from '../../domain';

/** The reason and each quoted passage with its section, one per line of the cell. */
function evidenceText(line: ActionLine): string {
  const passages = line.statusEvidence.map((passage) => `${passage.section}: \u201c${passage.text}\u201d`);
  return [line.statusReason, ...passages].filter(Boolean).join('\n');
}

/** The Annex 2 table as CSV: one row per action line, with its area, in the dashboard's order. */
export function buildAnnexCsv(annex: readonly AnnexArea[], t: TFunction): string {
  const header = [
    t('dashboard.columns.area'),
    t('dashboard.columns.code'),
    t('dashboard.columns.line'),
    t('dashboard.columns.status'),
    t('dashboard.columns.statusSource'),
    t('dashboard.columns.evidence'),
    t('dashboard.columns.completedYear'),
    t('dashboard.columns.milestones'),
    t('dashboard.columns.target'),
    t('dashboard.columns.health'),
    t('dashboard.columns.schedule'),
  ];
  const rows = annex.flatMap(({ area, lines }) =>
    lines.map(({ line, flag, milestones }) => [
      t('dashboard.area.heading', { code: area.code, name: area.name }),
      line.code,
      line.text,
      t(`status.${statusKey(line.status)}`),
      t(`statusSource.${line.statusSource}`),
      evidenceText(line),
      line.completedYear === null ? '' : String(line.completedYear),
      milestones.total > 0 ? t('dashboard.milestones', { completed: milestones.completed, total: milestones.total }) : '',
      line.target ?? '',
      line.health ? t(`dashboard.health.${line.health}`) : '',
      flag === 'overdue' ? t('scheduleFlag.overdue') : flag === 'due-soon' ? t('scheduleFlag.dueSoon') : '',
    ]),
  );
  return buildCsv(header, rows);
}
