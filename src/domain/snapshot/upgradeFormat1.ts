import { completionTimes, evidenceForStoredLine, linkSourceForStoredItem, objectivesForStoredArea } from '../evidenceUpgrade';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const records = (value: unknown): Json[] | null => (Array.isArray(value) ? value.filter(isRecord) : null);

/**
 * Format 1 -> 2: fills the fields version 2 added. Anything malformed is passed through as it is,
 * for the schema check that follows to report in the file's own terms.
 */
export function upgradeFormat1(older: Json): Json {
  const history = records(older.history) ?? [];
  const completed = completionTimes(
    history.map((entry) => ({
      lineCode: text(entry.lineCode),
      entity: text(entry.entity),
      field: text(entry.field),
      to: typeof entry.to === 'string' ? entry.to : null,
      at: text(entry.at),
    })),
  );
  const lines = records(older.actionLines);
  const items = records(older.priorityItems);
  const areas = records(older.areas);
  return {
    ...older,
    ...(areas && Array.isArray(older.areas) && areas.length === older.areas.length
      ? {
          areas: areas.map((area) =>
            Array.isArray(area.objectives) && area.objectives.every((o) => typeof o === 'string')
              ? { ...area, objectives: objectivesForStoredArea({ code: text(area.code), objectives: area.objectives }) }
              : area,
          ),
        }
      : {}),
    ...(lines && Array.isArray(older.actionLines) && lines.length === older.actionLines.length
      ? {
          actionLines: lines.map((line) => {
            const target = typeof line.target === 'string' ? line.target : null;
            const facts = { code: text(line.code), status: text(line.status), text: text(line.text), target };
            const filled = evidenceForStoredLine(facts, completed.get(facts.code) ?? null);
            return { ...line, ...filled, target: line.target === null ? filled.target : line.target };
          }),
        }
      : {}),
    ...(items && Array.isArray(older.priorityItems) && items.length === older.priorityItems.length
      ? {
          priorityItems: items.map((item) => ({
            ...item,
            linkSource: linkSourceForStoredItem({ id: text(item.id), lineCode: text(item.lineCode) }),
          })),
        }
      : {}),
  };
}
