import { useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { computeScheduleFlag, priorityMismatch, type PriorityItem, type Status } from '../../domain';
import { useActionLines } from '../../data';
import { useQuarterFormat, useTranslation } from '../../i18n';
import { ScheduleFlagBadge } from '../../ui/ScheduleFlagBadge';
import { StatusBadge } from '../../ui/StatusBadge';
import '../../ui/report-controls.css';
import './priorities.css';
import { InferredMark } from '../../ui/InferredMark';
import { PriorityMismatchNote } from './PriorityMismatchNote';

interface PrioritiesTableProps {
  items: PriorityItem[];
  reportingDate: string;
  caption: string;
  /** Links to the board; off in presentation and print. */
  interactive?: boolean;
  /** Per-row controls (edit, delete, reorder); the table is read-only without them. */
  renderActions?: (item: PriorityItem, index: number) => ReactNode;
  /** Brings a row that contradicts its line in line with it; rows only say so without it. */
  onAlign?: (item: PriorityItem, milestone: Status) => void;
}

/** "Priorities for 2025 and 2026" as in the report: action item, milestone status, target. */
export function PrioritiesTable({ items, reportingDate, caption, interactive = true, renderActions, onAlign }: PrioritiesTableProps) {
  const { t } = useTranslation();
  const { formatTarget } = useQuarterFormat();
  const { data: lines } = useActionLines();
  const lineStatuses = useMemo(() => new Map((lines ?? []).map((line) => [line.code, line.status])), [lines]);
  return (
    <table className="priorities-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="priorities-table__position">{t('priorities.columns.position')}</th>
          <th scope="col">{t('priorities.columns.item')}</th>
          <th scope="col" className="priorities-table__milestone">{t('priorities.columns.milestone')}</th>
          <th scope="col" className="priorities-table__target">{t('priorities.columns.target')}</th>
          {renderActions && <th scope="col" className="priorities-table__actions">{t('priorities.columns.actions')}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => {
          const mismatch = priorityMismatch(item, lineStatuses.get(item.lineCode) ?? null);
          return (
          <tr key={item.id} data-priority-id={item.id} data-code={item.lineCode} data-mismatch={mismatch ?? undefined}>
            <td className="priorities-table__position">{index + 1}</td>
            <th scope="row" className="priorities-table__item">
              {interactive ? (
                <Link
                  className="priorities-table__code"
                  to={`/board?line=${encodeURIComponent(item.lineCode)}`}
                  aria-label={t('priorities.openLine', { code: item.lineCode })}
                >
                  {item.lineCode}
                </Link>
              ) : (
                <span className="priorities-table__code">{item.lineCode}</span>
              )}
              {interactive && item.linkSource === 'inferred' && <InferredMark kind="link" />}
              <span className="priorities-table__text">{item.text}</span>
            </th>
            <td>
              <StatusBadge status={item.milestone} />
              {mismatch && <PriorityMismatchNote item={item} mismatch={mismatch} onAlign={onAlign} />}
            </td>
            <td>
              <div className="priorities-table__target-cell">
                <span>{formatTarget(item.target)}</span>
                <ScheduleFlagBadge flag={computeScheduleFlag(item.target, item.milestone, reportingDate)} />
              </div>
            </td>
            {renderActions && <td className="priorities-table__actions">{renderActions(item, index)}</td>}
          </tr>
          );
        })}
      </tbody>
    </table>
  );
}
