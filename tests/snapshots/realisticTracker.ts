import {
  HEALTHS,
  SEED_STRATEGY,
  STATUSES,
  type SnapshotActionLine,
  type SnapshotHistoryEntry,
  type SnapshotMilestone,
  type SnapshotPriorityItem,
  type TrackerData,
} from '../../src/domain';
import { ulidForNumberedEntry } from '../../src/domain/ulid';
import { createRandom } from '../../bench/random.mjs';

/*
 * The largest tracker a secretariat can realistically build, to size the snapshot import limit
 * (MAX_SNAPSHOT_BYTES) from what the app produces. Deterministic: the same options give the same
 * tracker. Its profile, by default:
 *
 * - 2,000 action lines in 3 areas (the benchmark's largest portfolio), each with 10 milestones;
 * - texts of realistic length in the languages users write in (English, French, Spanish, Russian,
 *   Arabic, so a share of characters take two bytes in UTF-8): titles of 40 to 120 characters, full
 *   texts of 150 to 800, notes of up to 600 on most lines and 5,000 to 20,000 on one line in fifty,
 *   health reasons, status reasons, lead units, 60 priority items;
 * - 100,000 history entries (50 changes per line), in the mix the app records: moves (status,
 *   position), milestone changes, health, targets and titles, full-text edits, priority items, and
 *   notes edits, each of which records the whole text before and after (a sentence added to it):
 *   one entry in five is a notes edit, and one in two hundred rewrites a long note (5,000 to 20,000
 *   characters), 500 long rewrites in all.
 */

// Several people on a few devices each; null is a browser whose user set no name.
const AUTHORS: readonly (string | null)[] = ['Amina Diallo', 'Jean-Pierre Morel', null, 'María Fernández', 'Li Wei'];
const DEVICES: readonly string[] = ['01JD8X3Q5S7V9B1C3E5G7J9K1M', '01JD8X4R6T8W0C2D4F6H8K0M2N', '01JD8X5S7V9X1D3E5G7J9M1P3Q'];

export interface RealisticTrackerOptions {
  lines?: number;
  milestonesPerLine?: number;
  historyEntries?: number;
}

const WORDS: readonly (readonly string[])[] = [
  ['strengthen', 'partnership', 'resource', 'members', 'event', 'product', 'service', 'donor', 'funding', 'digital', 'network', 'outreach', 'report', 'review', 'plan', 'Council', 'consultation', 'Sector', 'proposal', 'agreement', 'the', 'of', 'and', 'with', 'for', 'in'],
  ['renforcer', 'partenariat', 'ressources', 'membres', 'manifestation', 'produit', 'donateurs', 'financement', 'numérique', 'réseau', 'rapport', 'examen', 'Conseil', 'consultation', 'proposition', 'accord', 'le', 'de', 'et', 'avec', 'pour', 'dans'],
  ['fortalecer', 'asociación', 'recursos', 'miembros', 'evento', 'producto', 'donantes', 'financiación', 'digital', 'red', 'informe', 'examen', 'Consejo', 'consulta', 'propuesta', 'acuerdo', 'el', 'de', 'y', 'con', 'para', 'en'],
  ['укрепление', 'партнерство', 'ресурсы', 'члены', 'мероприятие', 'продукт', 'доноры', 'финансирование', 'цифровой', 'сеть', 'доклад', 'обзор', 'Совет', 'консультации', 'предложение', 'соглашение', 'и', 'с', 'для', 'в'],
  ['تعزيز', 'الشراكة', 'الموارد', 'الأعضاء', 'حدث', 'منتج', 'المانحين', 'التمويل', 'رقمي', 'شبكة', 'تقرير', 'استعراض', 'المجلس', 'مشاورات', 'اقتراح', 'اتفاق', 'في', 'مع', 'من', 'إلى'],
];
// Most text is written in English; the rest in the other working languages.
const LANGUAGE_WEIGHTS = [0.6, 0.15, 0.1, 0.08, 0.07];
const UNITS = ['SG', 'BDT', 'TSB', 'BR', 'SPM', 'HRMD', 'FRMD', 'Membership, Partnerships and Resource Mobilization Division'];
const AREAS = [
  { code: 'M', name: 'Strengthen membership' },
  { code: 'E', name: 'Leverage events, products, and services' },
  { code: 'V', name: 'Increase voluntary contributions' },
];

export function buildRealisticTracker({ lines = 2000, milestonesPerLine = 10, historyEntries = 100_000 }: RealisticTrackerOptions = {}): TrackerData {
  const random = createRandom(20260115);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const language = (): readonly string[] => {
    let roll = random();
    for (const [index, weight] of LANGUAGE_WEIGHTS.entries()) {
      roll -= weight;
      if (roll < 0) return WORDS[index] ?? WORDS[0]!;
    }
    return WORDS[0]!;
  };
  /** Words in one language, about `length` characters long. */
  const text = (length: number): string => {
    const words = language();
    let out = '';
    while (out.length < length) out += (out === '' ? '' : out.length % 97 < 8 ? '. ' : ' ') + pick(words);
    return out.slice(0, length);
  };
  const quarter = () => `Q${between(1, 4)} ${between(2025, 2028)}`;
  const stamp = (index: number) => new Date(Date.UTC(2025, 0, 1) + index * 9 * 60_000).toISOString();

  const actionLines: SnapshotActionLine[] = Array.from({ length: lines }, (_, index) => {
    const area = AREAS[index % AREAS.length]!;
    const status = pick(STATUSES);
    return {
      code: `${area.code}${Math.floor(index / AREAS.length) + 1}`,
      areaCode: area.code,
      title: text(between(40, 120)),
      text: text(between(150, 800)),
      status,
      order: index,
      leadUnit: pick(UNITS),
      target: random() < 0.8 ? quarter() : null,
      statusSource: 'person',
      statusEvidence: [],
      statusReason: random() < 0.3 ? text(between(50, 200)) : '',
      completedYear: status === 'Completed' ? 2025 : null,
      health: pick(HEALTHS),
      healthReason: random() < 0.5 ? text(between(50, 400)) : '',
      notes: random() < 0.02 ? text(between(5000, 20_000)) : text(between(0, 600)),
      updatedAt: stamp(historyEntries),
      updatedBy: AUTHORS[index % AUTHORS.length] ?? null,
    };
  });
  const milestones: SnapshotMilestone[] = actionLines.flatMap((line) =>
    Array.from({ length: milestonesPerLine }, (_, order) => {
      const status = pick(STATUSES);
      return {
        id: `${line.code}-m${order + 1}`,
        lineCode: line.code,
        title: text(between(30, 120)),
        target: random() < 0.7 ? quarter() : null,
        status,
        completedOn: status === 'Completed' ? '2025-11-30' : null,
        order,
        updatedAt: stamp(historyEntries),
        updatedBy: AUTHORS[order % AUTHORS.length] ?? null,
      };
    }),
  );
  const priorityItems: SnapshotPriorityItem[] = Array.from({ length: Math.min(60, lines) }, (_, order) => ({
    id: `p${order + 1}`,
    lineCode: actionLines[order * Math.max(1, Math.floor(lines / 60))]?.code ?? 'M1',
    text: text(between(60, 250)),
    milestone: pick(STATUSES),
    target: quarter(),
    order,
    linkSource: 'person',
    updatedAt: stamp(historyEntries),
    updatedBy: AUTHORS[order % AUTHORS.length] ?? null,
  }));

  const history: SnapshotHistoryEntry[] = Array.from({ length: historyEntries }, (_, index) => {
    const line = pick(actionLines);
    const at = stamp(index);
    const base = { id: ulidForNumberedEntry(at, index + 1), at, entity: 'actionLine' as const, entityId: line.code, lineCode: line.code, author: AUTHORS[index % AUTHORS.length] ?? null, device: DEVICES[index % DEVICES.length] ?? 'imported' };
    const roll = random();
    if (roll < 0.35) {
      return random() < 0.5
        ? { ...base, field: 'status', from: pick(STATUSES), to: pick(STATUSES) }
        : { ...base, field: 'position', from: String(between(1, 700)), to: String(between(1, 700)) };
    }
    if (roll < 0.5) {
      const milestone = { ...base, entity: 'milestone' as const, entityId: `${line.code}-m${between(1, milestonesPerLine)}` };
      const kind = random();
      if (kind < 0.5) return { ...milestone, field: 'milestone.status', from: pick(STATUSES), to: pick(STATUSES) };
      if (kind < 0.7) return { ...milestone, field: 'milestone.title', from: text(between(30, 120)), to: text(between(30, 120)) };
      if (kind < 0.85) return { ...milestone, field: 'milestone.target', from: quarter(), to: quarter() };
      return { ...milestone, field: 'milestone', from: null, to: text(between(30, 120)) };
    }
    if (roll < 0.58) {
      return random() < 0.5
        ? { ...base, field: 'health', from: pick(HEALTHS), to: pick(HEALTHS) }
        : { ...base, field: 'healthReason', from: text(between(0, 400)), to: text(between(50, 400)) };
    }
    if (roll < 0.65) {
      const kind = random();
      if (kind < 0.4) return { ...base, field: 'target', from: quarter(), to: quarter() };
      if (kind < 0.8) return { ...base, field: 'title', from: text(between(40, 120)), to: text(between(40, 120)) };
      return { ...base, field: 'leadUnit', from: pick(UNITS), to: pick(UNITS) };
    }
    if (roll < 0.68) return { ...base, field: 'text', from: text(between(150, 800)), to: text(between(150, 800)) };
    if (roll < 0.7) {
      return { ...base, entity: 'priorityItem' as const, entityId: `p${between(1, 60)}`, field: 'priorityItem.text', from: text(between(60, 250)), to: text(between(60, 250)) };
    }
    if (roll < 0.895) {
      const before = text(between(0, 600));
      return { ...base, field: 'notes', from: before, to: `${before} ${text(between(20, 200))}` };
    }
    if (roll < 0.995) {
      const kind = random();
      if (kind < 0.5) return { ...base, field: 'milestone.order', entity: 'milestone' as const, entityId: `${line.code}-m1`, from: String(between(1, 10)), to: String(between(1, 10)) };
      return { ...base, field: 'statusConfirmed', from: 'inferred', to: line.status };
    }
    const before = text(between(5000, 19_800));
    return { ...base, field: 'notes', from: before, to: `${before} ${text(between(20, 200))}`.slice(0, 20_000) };
  });

  return {
    areas: AREAS.map((area, order) => ({ ...area, order, objectives: [] })),
    actionLines,
    milestones,
    priorityItems,
    // The seeded indicators are some 65 kB: nothing beside the history that sizes the file.
    indicators: [],
    indicatorPeriods: [],
    settings: { reportingDate: '2026-01-15', seededAt: '2025-01-01T08:00:00.000Z', strategy: SEED_STRATEGY },
    history,
  };
}
