import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { columnIndexForDrop, type ActionLine, type Area } from '../../domain';
import { ActionLineCard, type CardFacts } from './ActionLineCard';
import { TransitionKeyboardSensor } from './TransitionKeyboardSensor';
import { BoardColumn } from './BoardColumn';
import { BoardLayout } from './BoardLayout';
import { findContainerOf, placeOnDrop, toItems, type BoardContainer, type ContainerItems } from './boardContainers';
import { useBoardAnnouncements } from './useBoardAnnouncements';
import { useBoardCollisionDetection } from './useBoardCollisionDetection';
import { useBoardMoves } from './useBoardMoves';

// Module constants: dnd-kit rebuilds every card's listeners when a sensor's options object changes.
const MOUSE_OPTIONS = { activationConstraint: { distance: 6 } };
const TOUCH_OPTIONS = { activationConstraint: { delay: 200, tolerance: 8 } };
const KEYBOARD_OPTIONS = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
const NO_CODES: string[] = [];

interface BoardAreaProps {
  lines: ActionLine[];
  /** Whether `lines`, deferred while the board re-renders, have caught up with the stored data. */
  isShowingStoredLines: boolean;
  containers: BoardContainer[];
  areas: Area[];
  isSwimlanes: boolean;
  isFiltered: boolean;
  linesByCode: ReadonlyMap<string, ActionLine>;
  factsByCode: ReadonlyMap<string, CardFacts>;
  areasByCode: ReadonlyMap<string, Area>;
  onOpen: (code: string) => void;
}

/**
 * The board's columns (or swimlanes) with drag and drop between and within them. Memoised: the
 * toolbar and the URL (an opened card, a keystroke in the search box) re-render the view first.
 */
export const BoardArea = memo(function BoardArea({
  lines,
  isShowingStoredLines,
  containers,
  areas,
  isSwimlanes,
  isFiltered,
  linesByCode,
  factsByCode,
  areasByCode,
  onOpen,
}: BoardAreaProps) {
  const [activeCode, setActiveCode] = useState<string | null>(null);
  // While dragging (and until the saved move shows in the data), cards are laid out from this.
  const [dragItems, setDragItems] = useState<ContainerItems | null>(null);
  const recentlyMovedToNewContainer = useRef(false);
  const isDragging = useRef(false);
  const [isDropSettled, setIsDropSettled] = useState(false);

  const baseItems = useMemo(() => toItems(containers), [containers]);
  const items = dragItems ?? baseItems;
  const containersById = useMemo(() => new Map(containers.map((c) => [c.id, c])), [containers]);
  const moves = useBoardMoves(lines, items);
  const collisionDetection = useBoardCollisionDetection(items, activeCode, recentlyMovedToNewContainer);
  const accessibility = useBoardAnnouncements(items, baseItems, containersById);

  // The dropped layout stays on screen until the saved (or rolled back) move shows in the lines the
  // board renders. Those are a deferred value (BoardView), and React may render a transition before
  // a deferred render: releasing the layout in a transition once the save settled let the card flash
  // back into its old column for a frame or more at 4x CPU throttling (seen by the benchmark).
  useEffect(() => {
    if (!isDropSettled || !isShowingStoredLines) return;
    setIsDropSettled(false);
    setDragItems((current) => (isDragging.current ? current : null));
  }, [isDropSettled, isShowingStoredLines]);

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      recentlyMovedToNewContainer.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [items]);

  const sensors = useSensors(
    useSensor(MouseSensor, MOUSE_OPTIONS),
    useSensor(TouchSensor, TOUCH_OPTIONS),
    useSensor(TransitionKeyboardSensor, KEYBOARD_OPTIONS),
  );

  const isSameLane = (a: string, b: string) =>
    containersById.get(a)?.areaCode === containersById.get(b)?.areaCode;

  const onDragStart = ({ active }: DragStartEvent) => {
    isDragging.current = true;
    setActiveCode(String(active.id));
    setDragItems(baseItems);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    // After a card changes column the layout shifts under the pointer; until that frame has been
    // painted, another change of column would bounce it back and forth (dnd-kit #1678, #2106).
    if (!over || recentlyMovedToNewContainer.current) return;
    const activeId = String(active.id);
    const overId = String(over.id);
    setDragItems((current) => {
      if (!current) return current;
      const from = findContainerOf(current, activeId);
      const to = findContainerOf(current, overId);
      if (!from || !to || from === to || !isSameLane(from, to)) return current;
      const target = current[to] ?? [];
      const overIndex = target.indexOf(overId);
      const translated = active.rect.current.translated;
      const isBelow = translated ? translated.top > over.rect.top + over.rect.height / 2 : false;
      const index = overIndex >= 0 ? overIndex + (isBelow ? 1 : 0) : target.length;
      recentlyMovedToNewContainer.current = true;
      return {
        ...current,
        [from]: (current[from] ?? []).filter((code) => code !== activeId),
        [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
      };
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const activeId = String(active.id);
    const current = dragItems;
    isDragging.current = false;
    setActiveCode(null);
    const release = () => startTransition(() => setDragItems((items) => (isDragging.current ? items : null)));
    if (!over || !current) return release();
    const overId = String(over.id);
    const from = findContainerOf(current, activeId);
    const to = findContainerOf(current, overId);
    const containerKey = to && from && isSameLane(from, to) ? to : from;
    const container = containerKey ? containersById.get(containerKey) : undefined;
    if (!from || !containerKey || !container) return release();
    const placed = placeOnDrop(current, activeId, from, containerKey, overId);
    setDragItems(placed);
    const codes = placed[containerKey] ?? [];
    const columnIndex = columnIndexForDrop(lines, activeId, container.status, codes, codes.indexOf(activeId));
    void moves.moveTo(activeId, container.status, columnIndex, 'handle').finally(() => setIsDropSettled(true));
  };

  const onDragCancel = () => {
    isDragging.current = false;
    setActiveCode(null);
    setDragItems(null);
  };

  const renderColumn = (container: BoardContainer, headingLevel: 2 | 3, label: string) => (
    <BoardColumn
      key={container.id}
      id={container.id}
      status={container.status}
      label={label}
      codes={items[container.id] ?? NO_CODES}
      linesByCode={linesByCode}
      factsByCode={factsByCode}
      areasByCode={areasByCode}
      isFiltered={isFiltered}
      headingLevel={headingLevel}
      moves={moves}
      onOpen={onOpen}
    />
  );

  const activeLine = activeCode ? linesByCode.get(activeCode) : undefined;
  const activeFacts = activeCode ? factsByCode.get(activeCode) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={MEASURING}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <BoardLayout containers={containers} areas={areas} isSwimlanes={isSwimlanes} renderColumn={renderColumn} />
      <DragOverlay>
        {activeLine && activeFacts ? (
          <ActionLineCard
            line={activeLine}
            area={areasByCode.get(activeLine.areaCode)}
            isFirst
            isLast
            moves={moves}
            onOpen={onOpen}
            {...activeFacts}
            drag="overlay"
          />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});
