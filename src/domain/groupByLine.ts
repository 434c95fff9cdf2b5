/** Records by the line they belong to, each group in the records' order. */
export function groupByLine<T extends { lineCode: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.lineCode);
    if (group) group.push(record);
    else groups.set(record.lineCode, [record]);
  }
  return groups;
}
