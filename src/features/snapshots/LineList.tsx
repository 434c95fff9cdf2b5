import type { LineRef } from '../../domain';

export function LineList({ lines }: { lines: LineRef[] }) {
  return (
    <ul className="snapshots__changes">
      {lines.map((line) => (
        <li key={line.code}>
          <span className="snapshots__code">{line.code}</span> {line.title}
        </li>
      ))}
    </ul>
  );
}
