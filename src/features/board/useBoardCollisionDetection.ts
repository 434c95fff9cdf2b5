import { useCallback, useRef, type RefObject } from 'react';
import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { ContainerItems } from './boardContainers';

/**
 * Collision detection after dnd-kit's multiple-containers example: prefer the container under the
 * pointer, then the card under the pointer (or the closest one) inside it, and remember the last target while the layout settles
 * after a card changes container, so the target does not flicker between columns.
 */
export function useBoardCollisionDetection(
  items: ContainerItems,
  activeId: UniqueIdentifier | null,
  recentlyMovedToNewContainer: RefObject<boolean>,
): CollisionDetection {
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  return useCallback<CollisionDetection>(
    (args) => {
      // The pointer is tested against the columns first, then only against the cards of its
      // column: every card of a 2,000-line board on each pointer move made drags slow.
      const columns = { ...args, droppableContainers: args.droppableContainers.filter((container) => Object.hasOwn(items, container.id)) };
      const pointerCollisions = pointerWithin(columns);
      const collisions = pointerCollisions.length > 0 ? pointerCollisions : rectIntersection(args);
      let overId = getFirstCollision(collisions, 'id');
      if (overId != null) {
        const containerItems = new Set(items[String(overId)]);
        if (containerItems.size > 0) {
          // Within a column, the card under the pointer wins; without a pointer (keyboard), the
          // card closest to the dragged one.
          const cards = {
            ...args,
            droppableContainers: args.droppableContainers.filter((container) => containerItems.has(String(container.id))),
          };
          overId = pointerWithin(cards)[0]?.id ?? closestCenter(cards)[0]?.id ?? overId;
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      if (recentlyMovedToNewContainer.current) lastOverId.current = activeId;
      return lastOverId.current ? [{ id: lastOverId.current }] : [];
    },
    [activeId, items, recentlyMovedToNewContainer],
  );
}
