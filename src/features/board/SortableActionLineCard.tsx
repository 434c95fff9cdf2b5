import { memo, useMemo } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ActionLine, Area } from '../../domain';
import { ActionLineCard, type CardFacts } from './ActionLineCard';
import type { BoardMoves } from './useBoardMoves';
import { useCardFocusRequest } from './useCardFocusRequest';

interface SortableActionLineCardProps extends CardFacts {
  line: ActionLine;
  area: Area | undefined;
  containerId: string;
  /** The translated "sortable card" role description, from the column so cards need no i18n hook. */
  roleDescription: string;
  isFirst: boolean;
  isLast: boolean;
  moves: BoardMoves;
  onOpen: (code: string) => void;
}

/**
 * A card's list item, sortable. dnd-kit re-renders every sortable on each drag event and gives
 * them all a new transition when a drag starts, so the transform and transition go on the list
 * item here, and the memoised card below only re-renders when its own content changes.
 */
export const SortableActionLineCard = memo(function SortableActionLineCard({
  containerId,
  roleDescription,
  ...cardProps
}: SortableActionLineCardProps) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, transition, isDragging } = useSortable({
    id: cardProps.line.code,
    data: { containerId },
    attributes: { roleDescription },
    disabled: cardProps.moves.isReadOnly,
  });
  useCardFocusRequest(cardProps.line);
  const transformText = CSS.Translate.toString(transform);
  const drag = useMemo(
    () => ({ handleRef: setActivatorNodeRef, handleAttributes: attributes, listeners, isPlaceholder: isDragging }),
    [setActivatorNodeRef, attributes, listeners, isDragging],
  );
  return (
    <li ref={setNodeRef} style={transformText || transition ? { transform: transformText, transition } : undefined}>
      <ActionLineCard {...cardProps} drag={drag} />
    </li>
  );
});
