import type { ActionLine, Area, Status } from '../../domain';
import type { CardFacts } from './ActionLineCard';
import type { BoardContainer, ContainerItems } from './boardContainers';
import type { BoardMoves } from './useBoardMoves';

export interface BoardAreaProps {
  lines: ActionLine[];
  containers: BoardContainer[];
  areas: Area[];
  isSwimlanes: boolean;
  isFiltered: boolean;
  linesByCode: ReadonlyMap<string, ActionLine>;
  factsByCode: ReadonlyMap<string, CardFacts>;
  areasByCode: ReadonlyMap<string, Area>;
  onOpen: (code: string) => void;
}

/** What a status column is given, with or without drag and drop. */
export interface BoardColumnProps {
  id: string;
  status: Status;
  label: string;
  codes: string[];
  linesByCode: ReadonlyMap<string, ActionLine>;
  factsByCode: ReadonlyMap<string, CardFacts>;
  areasByCode: ReadonlyMap<string, Area>;
  isFiltered: boolean;
  headingLevel: 2 | 3;
  moves: BoardMoves;
  onOpen: (code: string) => void;
}

const NO_CODES: string[] = [];

type SharedColumnProps = Pick<BoardColumnProps, 'linesByCode' | 'factsByCode' | 'areasByCode' | 'isFiltered' | 'onOpen'>;

/** The props of each column of a board area, from the area's props and its cards as laid out. */
export function columnPropsOf(
  { linesByCode, factsByCode, areasByCode, isFiltered, onOpen }: SharedColumnProps,
  items: ContainerItems,
  moves: BoardMoves,
): (container: BoardContainer, headingLevel: 2 | 3, label: string) => BoardColumnProps {
  return (container, headingLevel, label) => ({
    id: container.id,
    status: container.status,
    label,
    codes: items[container.id] ?? NO_CODES,
    linesByCode,
    factsByCode,
    areasByCode,
    isFiltered,
    headingLevel,
    moves,
    onOpen,
  });
}
