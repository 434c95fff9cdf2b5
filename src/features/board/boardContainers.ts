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
