/*
 * The benchmark's peer: a board made the way dnd-kit's documentation shows, after its
 * multiple-containers sortable story (stories/2 - Presets/Sortable/MultipleContainers.tsx in
 * clauderic/dnd-kit), with the sensors of its Sortable guide (PointerSensor, and KeyboardSensor
 * with sortableKeyboardCoordinates). Left out, as the app has none of them: sortable columns, the
 * trash, adding and removing columns, and the story's style callbacks and fade-in of newly mounted
 * items. Everything else, memoisation included, is as the story has it; the cards show what the
 * app's cards show, with the class names and data attributes the benchmark's probes look for.
 */
import { forwardRef, memo, useCallback, useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  closestCenter,
  defaultDropAnimationSideEffects,
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DraggableSyntheticListeners,
  type DropAnimation,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Transform } from '@dnd-kit/utilities';
import type { PeerBoard, PeerCard } from './types';

type Items = Record<UniqueIdentifier, UniqueIdentifier[]>;

const dropAnimation: DropAnimation = {
  sideEffects: defaultDropAnimationSideEffects({
    styles: {
      active: {
        opacity: '0.5',
      },
    },
  }),
};

function DroppableContainer({ children, id, items }: { children: ReactNode; id: UniqueIdentifier; items: UniqueIdentifier[] }) {
  const { active, over, setNodeRef } = useDroppable({
    id,
    data: {
      type: 'container',
      children: items,
    },
  });
  const isOverContainer = over
    ? (id === over.id && active?.data.current?.type !== 'container') || items.includes(over.id)
    : false;

  return (
    <section ref={setNodeRef} className={`Container${isOverContainer ? ' hover' : ''}`} data-container={id} aria-label={String(id)}>
      <h2 className="Header">{id}</h2>
      <ul>{children}</ul>
    </section>
  );
}

export function MultipleContainers({ board }: { board: PeerBoard }) {
  const [cards] = useState(() => new Map(board.columns.flatMap((column) => column.cards.map((card) => [card.code, card]))));
  const [items, setItems] = useState<Items>(() =>
    Object.fromEntries(board.columns.map((column) => [column.id, column.cards.map((card) => card.code)])),
  );
  const [containers] = useState(Object.keys(items));
  const [activeId, setActiveId] = useState<UniqueIdentifier | null>(null);
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const recentlyMovedToNewContainer = useRef(false);

  /**
   * Custom collision detection strategy optimized for multiple containers
   *
   * - First, find any droppable containers intersecting with the pointer.
   * - If there are none, find intersecting containers with the active draggable.
   * - If there are no intersecting containers, return the last matched intersection
   */
  const collisionDetectionStrategy: CollisionDetection = useCallback(
    (args) => {
      // Start by finding any intersecting droppable
      const pointerIntersections = pointerWithin(args);
      const intersections =
        pointerIntersections.length > 0
          ? // If there are droppables intersecting with the pointer, return those
            pointerIntersections
          : rectIntersection(args);
      let overId: UniqueIdentifier | null | undefined = getFirstCollision(intersections, 'id');

      if (overId != null) {
        if (overId in items) {
          const containerItems = items[overId] ?? [];

          // If a container is matched and it contains items
          if (containerItems.length > 0) {
            // Return the closest droppable within that container
            overId = closestCenter({
              ...args,
              droppableContainers: args.droppableContainers.filter(
                (container) => container.id !== overId && containerItems.includes(container.id),
              ),
            })[0]?.id;
          }
        }

        lastOverId.current = overId ?? null;

        return overId == null ? [] : [{ id: overId }];
      }

      // When a draggable item moves to a new container, the layout may shift
      // and the `overId` may become `null`. We manually set the cached `lastOverId`
      // to the id of the draggable item that was moved to the new container, otherwise
      // the previous `overId` will be returned which can cause items to incorrectly shift positions
      if (recentlyMovedToNewContainer.current) {
        lastOverId.current = activeId;
      }

      // If no droppable is matched, return the last match
      return lastOverId.current ? [{ id: lastOverId.current }] : [];
    },
    [activeId, items],
  );
  const [clonedItems, setClonedItems] = useState<Items | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
    }),
  );
  const findContainer = (id: UniqueIdentifier) => {
    if (id in items) {
      return id;
    }

    return Object.keys(items).find((key) => items[key]?.includes(id));
  };

  const onDragCancel = () => {
    if (clonedItems) {
      // Reset items to their original state in case items have been
      // Dragged across containers
      setItems(clonedItems);
    }

    setActiveId(null);
    setClonedItems(null);
  };

  useEffect(() => {
    requestAnimationFrame(() => {
      recentlyMovedToNewContainer.current = false;
    });
  }, [items]);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetectionStrategy}
      measuring={{
        droppable: {
          strategy: MeasuringStrategy.Always,
        },
      }}
      onDragStart={({ active }) => {
        setActiveId(active.id);
        setClonedItems(items);
      }}
      onDragOver={({ active, over }) => {
        const overId = over?.id;

        if (overId == null) {
          return;
        }

        const overContainer = findContainer(overId);
        const activeContainer = findContainer(active.id);

        if (!overContainer || !activeContainer) {
          return;
        }

        if (activeContainer !== overContainer) {
          setItems((items) => {
            const activeItems = items[activeContainer] ?? [];
            const overItems = items[overContainer] ?? [];
            const overIndex = overItems.indexOf(overId);
            const activeIndex = activeItems.indexOf(active.id);

            let newIndex: number;

            if (overId in items) {
              newIndex = overItems.length + 1;
            } else {
              const isBelowOverItem =
                over && active.rect.current.translated && active.rect.current.translated.top > over.rect.top + over.rect.height;

              const modifier = isBelowOverItem ? 1 : 0;

              newIndex = overIndex >= 0 ? overIndex + modifier : overItems.length + 1;
            }

            recentlyMovedToNewContainer.current = true;

            return {
              ...items,
              [activeContainer]: activeItems.filter((item) => item !== active.id),
              [overContainer]: [...overItems.slice(0, newIndex), activeItems[activeIndex] ?? active.id, ...overItems.slice(newIndex, overItems.length)],
            };
          });
        }
      }}
      onDragEnd={({ active, over }) => {
        const activeContainer = findContainer(active.id);

        if (!activeContainer) {
          setActiveId(null);
          return;
        }

        const overId = over?.id;

        if (overId == null) {
          setActiveId(null);
          return;
        }

        const overContainer = findContainer(overId);

        if (overContainer) {
          const activeIndex = (items[activeContainer] ?? []).indexOf(active.id);
          const overIndex = (items[overContainer] ?? []).indexOf(overId);

          if (activeIndex !== overIndex) {
            setItems((items) => ({
              ...items,
              [overContainer]: arrayMove(items[overContainer] ?? [], activeIndex, overIndex),
            }));
          }
        }

        setActiveId(null);
      }}
      onDragCancel={onDragCancel}
    >
      <div className="Board">
        {containers.map((containerId) => (
          <DroppableContainer key={containerId} id={containerId} items={items[containerId] ?? []}>
            <SortableContext items={items[containerId] ?? []} strategy={verticalListSortingStrategy}>
              {(items[containerId] ?? []).map((value, index) => {
                const card = cards.get(String(value));
                return card ? <SortableItem key={value} id={value} index={index} card={card} /> : null;
              })}
            </SortableContext>
          </DroppableContainer>
        ))}
      </div>
      {createPortal(
        <DragOverlay dropAnimation={dropAnimation}>{activeId ? renderSortableItemDragOverlay(activeId) : null}</DragOverlay>,
        document.body,
      )}
    </DndContext>
  );

  function renderSortableItemDragOverlay(id: UniqueIdentifier) {
    const card = cards.get(String(id));
    return card ? <Item card={card} dragOverlay /> : null;
  }
}

function SortableItem({ id, index, card }: { id: UniqueIdentifier; index: number; card: PeerCard }) {
  const { setNodeRef, setActivatorNodeRef, listeners, isDragging, isSorting, transform, transition } = useSortable({
    id,
  });

  return (
    <Item
      ref={setNodeRef}
      card={card}
      dragging={isDragging}
      sorting={isSorting}
      handleProps={{ ref: setActivatorNodeRef }}
      index={index}
      transition={transition}
      transform={transform}
      listeners={listeners}
    />
  );
}

interface ItemProps {
  card: PeerCard;
  dragOverlay?: boolean;
  dragging?: boolean;
  handleProps?: { ref: (element: HTMLElement | null) => void };
  index?: number;
  listeners?: DraggableSyntheticListeners;
  sorting?: boolean;
  transition?: string | null;
  transform?: Transform | null;
}

const Item = memo(
  forwardRef<HTMLLIElement, ItemProps>(function Item(
    { card, dragOverlay, dragging, handleProps, index, listeners, sorting, transition, transform },
    ref,
  ) {
    useEffect(() => {
      if (!dragOverlay) {
        return;
      }

      document.body.style.cursor = 'grabbing';

      return () => {
        document.body.style.cursor = '';
      };
    }, [dragOverlay]);

    const className = ['card', dragging && !dragOverlay ? 'card--placeholder' : '', dragOverlay ? 'card--overlay' : '']
      .filter(Boolean)
      .join(' ');

    return (
      <li
        className={['Wrapper', sorting ? 'sorting' : '', dragOverlay ? 'dragOverlay' : ''].filter(Boolean).join(' ')}
        style={
          {
            transition,
            '--translate-x': transform ? `${Math.round(transform.x)}px` : undefined,
            '--translate-y': transform ? `${Math.round(transform.y)}px` : undefined,
            '--scale-x': transform?.scaleX ? `${transform.scaleX}` : undefined,
            '--scale-y': transform?.scaleY ? `${transform.scaleY}` : undefined,
            '--index': index,
          } as CSSProperties
        }
        ref={ref}
      >
        <article className={className} data-code={card.code}>
          <header className="card__header">
            <button ref={handleProps?.ref} type="button" className="card__handle" aria-label={`Drag ${card.code}`} {...listeners}>
              ⠿
            </button>
            <span className="card__code">{card.code}</span>
          </header>
          <h3 className="card__title">{card.title}</h3>
          <p className="card__meta">
            <span className="chip">{card.area}</span>
            {card.priority && <span className="chip">★ Priority</span>}
            {card.health && <span className="chip">{card.health}</span>}
          </p>
          <p className="card__facts">
            <span>{card.leadUnit ? `Lead: ${card.leadUnit}` : 'No lead unit'}</span>
            <span>{card.target ? `Target: ${card.target}` : 'No target'}</span>
            {card.total > 0 && <span>{`Milestones ${card.done}/${card.total}`}</span>}
          </p>
        </article>
      </li>
    );
  }),
);
