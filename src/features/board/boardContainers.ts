import { STATUSES, linesInStatus, type ActionLine, type Area, type Status } from '../../domain';

/** A droppable list on the board: a status column, or one area's row of it in swimlane view. */
export interface BoardContainer {
  id: string;
  status: Status;
  areaCode: string | null;
  codes: string[];
}

export function containerId(status: Status, areaCode: string | null): string {
  return areaCode === null ? status : `${areaCode}|${status}`;
}

export function buildContainers(
  visibleLines: readonly ActionLine[],
  areas: readonly Area[],
  isSwimlanes: boolean,
): BoardContainer[] {
  const groups: (string | null)[] = isSwimlanes ? areas.map((area) => area.code) : [null];
  return groups.flatMap((areaCode) =>
    STATUSES.map((status) => ({
      id: containerId(status, areaCode),
      status,
      areaCode,
      codes: linesInStatus(
        visibleLines.filter((line) => areaCode === null || line.areaCode === areaCode),
        status,
      ).map((line) => line.code),
    })),
  );
}

export type ContainerItems = Record<string, string[]>;

export function toItems(containers: readonly BoardContainer[]): ContainerItems {
  return Object.fromEntries(containers.map((container) => [container.id, container.codes]));
}

export function findContainerOf(items: ContainerItems, id: string): string | undefined {
  if (id in items) return id;
  return Object.keys(items).find((key) => items[key]?.includes(id));
}

/**
 * The cards as they end up when `activeId` is dropped on `overId` (a card or a container): in the
 * over card's place, or at the end of an empty container. Covers a drop in another container that
 * no drag-over event had moved it to yet.
 */
export function placeOnDrop(
  items: ContainerItems,
  activeId: string,
  from: string,
  to: string,
  overId: string,
): ContainerItems {
  const target = items[to] ?? [];
  if (from === to) {
    const fromIndex = target.indexOf(activeId);
    const overIndex = target.indexOf(overId);
    return overIndex < 0 || overIndex === fromIndex ? items : { ...items, [to]: moveItem(target, fromIndex, overIndex) };
  }
  const overIndex = target.indexOf(overId);
  const index = overIndex < 0 ? target.length : overIndex;
  return {
    ...items,
    [from]: (items[from] ?? []).filter((code) => code !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
}

function moveItem(list: readonly string[], from: number, to: number): string[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
