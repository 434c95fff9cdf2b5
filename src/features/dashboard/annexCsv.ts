import type { TFunction } from 'i18next';
import { buildCsv, statusKey, type AnnexArea } from '../../domain';

/** The Annex 2 table as CSV: one row per action line, with its area, in the dashboard's order. */
export function buildAnnexCsv(annex: readonly AnnexArea[], t: TFunction): string {
  const header = [
    t('dashboard.columns.area'),
    t('dashboard.columns.code'),
    t('dashboard.columns.line'),
    t('dashboard.columns.status'),
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
      milestones.total > 0 ? t('dashboard.milestones', { completed: milestones.completed, total: milestones.total }) : '',
      line.target ?? '',
      line.health ? t(`dashboard.health.${line.health}`) : '',
      flag === 'overdue' ? t('priorities.flag.overdue') : flag === 'due-soon' ? t('priorities.flag.dueSoon') : '',
    ]),
  );
  return buildCsv(header, rows);
}
