import type { ActionLine, Area } from '../../domain';
import type { CardFacts } from './ActionLineCard';
import type { BoardContainer } from './boardContainers';

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
