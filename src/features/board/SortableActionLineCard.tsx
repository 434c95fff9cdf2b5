import { memo, useMemo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { ActionLine, Area } from '../../domain';
import { ActionLineCard, type CardFacts } from './ActionLineCard';
import type { BoardMoves } from './useBoardMoves';

interface SortableActionLineCardProps extends CardFacts {
  line: ActionLine;
  area: Area | undefined;
  containerId: string;
  isFirst: boolean;
  isLast: boolean;
  moves: BoardMoves;
  onOpen: (code: string) => void;
}

export const SortableActionLineCard = memo(function SortableActionLineCard({
  containerId,
  ...cardProps
}: SortableActionLineCardProps) {
  const { t } = useTranslation();
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition, isDragging } = useSortable({
    id: cardProps.line.code,
    data: { containerId },
    attributes: { roleDescription: t('dnd.roleDescription') },
  });
  const transformText = CSS.Translate.toString(transform);
  // A stable drag object keeps the memoised card from re-rendering while other cards are dragged.
  const drag = useMemo(
    () => ({
      nodeRef: setNodeRef,
      handleRef: setActivatorNodeRef,
      handleAttributes: attributes,
      listeners,
      style: transformText || transition ? { transform: transformText, transition } : undefined,
      isPlaceholder: isDragging,
    }),
    [setNodeRef, setActivatorNodeRef, attributes, listeners, transformText, transition, isDragging],
  );
  return <ActionLineCard {...cardProps} drag={drag} />;
});
