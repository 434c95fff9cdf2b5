import type { ReactNode } from 'react';
import { IsolatedMessage, isolate, useTranslation } from '../../i18n';
import { statusKey, type Area } from '../../domain';
import type { BoardContainer } from './boardContainers';

interface BoardLayoutProps {
  containers: BoardContainer[];
  areas: Area[];
  isSwimlanes: boolean;
  renderColumn: (container: BoardContainer, headingLevel: 2 | 3, label: string) => ReactNode;
}

/** Status columns side by side, or one row of them per area of action (swimlanes). */
export function BoardLayout({ containers, areas, isSwimlanes, renderColumn }: BoardLayoutProps) {
  const { t } = useTranslation();
  const statusName = (container: BoardContainer) => t(`status.${statusKey(container.status)}`);
  if (!isSwimlanes) {
    return (
      <div className="board__columns">
        {containers.map((c) => renderColumn(c, 2, statusName(c)))}
      </div>
    );
  }
  return (
    <div className="board__lanes">
      {areas.map((area) => (
        <section key={area.code} className={`lane lane--area-${area.code.toLowerCase()}`} aria-labelledby={`lane-${area.code}`}>
          <h2 id={`lane-${area.code}`} className="lane__title">
            <IsolatedMessage render={(values) => t('board.laneTitle', values)} values={{ code: area.code, name: area.name }} />
          </h2>
          <div className="board__columns">
            {containers
              .filter((c) => c.areaCode === area.code)
              .map((c) => renderColumn(c, 3, t('board.laneRegion', { area: isolate(area.name), status: statusName(c) })))}
          </div>
        </section>
      ))}
    </div>
  );
}
