import type { LineRef } from '../../domain';
import { CappedList } from './CappedList';

export function LineList({ lines }: { lines: LineRef[] }) {
  return (
    <CappedList
      items={lines}
      keyOf={(line) => line.code}
      renderItem={(line) => (
        <>
          <span className="snapshots__code">{line.code}</span> <bdi>{line.title}</bdi>
        </>
      )}
    />
  );
}
