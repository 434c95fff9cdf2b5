import { memo, type HTMLAttributes, type Ref } from 'react';
import type { ActionLine, Area, ScheduleFlag } from '../../domain';
import { isolate, useQuarterFormat, IsolatedMessage, useTranslation } from '../../i18n';
import { HealthBadge } from '../../ui/HealthBadge';
import { InferredMark } from '../../ui/InferredMark';
import { MoveMenu } from './MoveMenu';
import type { BoardMoves } from './useBoardMoves';

export interface CardFacts {
  milestoneDone: number;
  milestoneTotal: number;
  hasPriority: boolean;
  scheduleFlag: ScheduleFlag;
}

/**
 * A card in its column is sortable through its handle (and, for pointers, the whole card); the
 * copy that follows the pointer during a drag is 'overlay', with no controls of its own.
 */
export type CardDrag =
  | {
      handleRef: Ref<HTMLButtonElement>;
      handleAttributes: HTMLAttributes<HTMLButtonElement>;
      listeners: HTMLAttributes<HTMLElement> | undefined;
      isPlaceholder: boolean;
    }
  | 'overlay';

/** What a card shows of its line; a line's other fields (its order, its notes) never re-render it. */
const CARD_LINE_FIELDS = ['code', 'title', 'status', 'statusSource', 'areaCode', 'health', 'leadUnit', 'target'] as const;
export type CardLine = Pick<ActionLine, (typeof CARD_LINE_FIELDS)[number]>;

interface ActionLineCardProps extends CardFacts {
  line: CardLine;
  area: Area | undefined;
  isFirst: boolean;
  isLast: boolean;
  moves: BoardMoves;
  onOpen: (code: string) => void;
  drag: CardDrag;
}

function isSameCard(previous: ActionLineCardProps, next: ActionLineCardProps): boolean {
  const { line: previousLine, ...previousRest } = previous;
  const { line: nextLine, ...nextRest } = next;
  return (
    CARD_LINE_FIELDS.every((field) => previousLine[field] === nextLine[field]) &&
    (Object.keys(nextRest) as (keyof typeof nextRest)[]).every((key) => previousRest[key] === nextRest[key]) &&
    Object.keys(previousRest).length === Object.keys(nextRest).length
  );
}

export const ActionLineCard = memo(function ActionLineCard({
  line,
  area,
  isFirst,
  isLast,
  moves,
  onOpen,
  milestoneDone,
  milestoneTotal,
  hasPriority,
  scheduleFlag,
  drag,
}: ActionLineCardProps) {
  const { t } = useTranslation();
  const { formatTarget } = useQuarterFormat();
  const isOverlay = drag === 'overlay';
  const titleId = isOverlay ? undefined : `card-${line.code}-title`;
  const className = [
    'card',
    `card--area-${line.areaCode.toLowerCase()}`,
    !isOverlay && drag.isPlaceholder ? 'card--placeholder' : '',
    isOverlay ? 'card--overlay' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article
      className={className}
      aria-labelledby={titleId}
      aria-hidden={isOverlay ? true : undefined}
      data-code={line.code}
      {...(isOverlay ? undefined : drag.listeners)}
    >
      <header className="card__header">
        {isOverlay ? (
          <span className="card__handle" aria-hidden="true">
            ⠿
          </span>
        ) : (
          <button
            ref={drag.handleRef}
            type="button"
            className="card__handle"
            aria-label={t('board.drag', { code: line.code })}
            {...drag.handleAttributes}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <span className="card__code">{line.code}</span>
        {scheduleFlag && (
          <span className={`flag flag--${scheduleFlag}`}>
            <span aria-hidden="true">{scheduleFlag === 'overdue' ? '⚠ ' : '◷ '}</span>
            {t(scheduleFlag === 'overdue' ? 'board.overdue' : 'board.dueSoon')}
          </span>
        )}
        <span className="card__spacer" />
        {!isOverlay && <MoveMenu line={line} isFirst={isFirst} isLast={isLast} moves={moves} />}
      </header>
      <h3 id={titleId} className="card__title">
        {isOverlay ? (
          line.title
        ) : (
          <button type="button" className="card__open" onClick={() => onOpen(line.code)}>
            {line.title}
          </button>
        )}
      </h3>
      <p className="card__meta">
        {area && (
          <span className="chip chip--area" title={t('board.area', { code: area.code, name: isolate(area.name) })}>
            {area.name}
          </span>
        )}
        {hasPriority && (
          <span className="chip chip--priority" title={t('board.priorityLabel')}>
            <span aria-hidden="true">★ </span>
            {t('board.priority')}
          </span>
        )}
        {line.health && <HealthBadge health={line.health} isLabelled />}
        {line.statusSource === 'inferred' && <InferredMark kind="status" />}
      </p>
      <p className="card__facts">
        <span>
          {line.leadUnit ? <IsolatedMessage render={(values) => t('board.leadUnit', values)} values={{ unit: line.leadUnit }} /> : t('board.noLeadUnit')}
        </span>
        <span>{line.target ? t('board.target', { target: formatTarget(line.target) }) : t('board.noTarget')}</span>
        {milestoneTotal > 0 && (
          <span title={t('board.milestonesLabel', { done: milestoneDone, total: milestoneTotal })}>
            {t('board.milestones', { done: milestoneDone, total: milestoneTotal })}
          </span>
        )}
      </p>
    </article>
  );
}, isSameCard);
