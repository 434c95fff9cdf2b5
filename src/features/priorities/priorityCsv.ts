import type { TFunction } from 'i18next';
import { buildCsv, computeScheduleFlag, statusKey, type CsvSeparator, type PriorityItem } from '../../domain';

/** The priorities table as CSV, in the order shown, with the reporting date the schedule column was judged against. */
export function buildPrioritiesCsv(items: readonly PriorityItem[], reportingDate: string, t: TFunction, separator: CsvSeparator): string {
  const header = [
    t('priorities.columns.position'),
    t('priorities.columns.line'),
    t('priorities.columns.link'),
    t('priorities.columns.item'),
    t('priorities.columns.milestone'),
    t('priorities.columns.target'),
    t('priorities.columns.schedule'),
    t('priorities.columns.reportingDate'),
  ];
  const rows = items.map((item, index) => {
    const flag = computeScheduleFlag(item.target, item.milestone, reportingDate);
    return [
      index + 1,
      item.lineCode,
      t(`priorities.linkSource.${item.linkSource}`),
      item.text,
      t(`status.${statusKey(item.milestone)}`),
      item.target,
      flag === 'overdue' ? t('scheduleFlag.overdue') : flag === 'due-soon' ? t('scheduleFlag.dueSoon') : '',
      reportingDate,
    ];
  });
  return buildCsv(header, rows, separator);
}
