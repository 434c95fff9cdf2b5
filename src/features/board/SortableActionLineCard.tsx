import { memo } from 'react';
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
  return (
    <ActionLineCard
      {...cardProps}
      drag={{
        nodeRef: setNodeRef,
        handleRef: setActivatorNodeRef,
        handleAttributes: attributes,
        listeners,
        style: { transform: CSS.Translate.toString(transform), transition },
        isPlaceholder: isDragging,
      }}
    />
  );
});
