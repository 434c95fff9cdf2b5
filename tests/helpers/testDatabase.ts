import { TrackerDatabase } from '../../src/db';
import { groupByLine, sortByRank, type Milestone } from '../../src/domain';

let counter = 0;

/** A fresh, uniquely named database per test, so tests never share state. */
export function createTestDatabase(): TrackerDatabase {
  counter += 1;
  return new TrackerDatabase(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every stored milestone, from the records of the lines that hold them. */
export async function storedMilestones(db: TrackerDatabase): Promise<Milestone[]> {
  return (await db.actionLines.toArray()).flatMap((line) => line.milestones);
}

export async function storedMilestone(db: TrackerDatabase, id: string): Promise<Milestone | undefined> {
  return (await storedMilestones(db)).find((milestone) => milestone.id === id);
}

/** Stores milestones as data written before the page opened: inside their lines' records. */
export function storeMilestones(db: TrackerDatabase, milestones: readonly Milestone[]): Promise<void> {
  return db.transaction('rw', db.actionLines, async () => {
    for (const [lineCode, added] of groupByLine(milestones)) {
      const line = await db.actionLines.get(lineCode);
      if (!line) throw new Error(`Line ${lineCode} does not exist.`);
      await db.actionLines.put({ ...line, milestones: sortByRank([...line.milestones, ...added]) });
    }
  });
}
