/*
 * The peer board's data: a dataset's cards, column by column, with what each card shows. The peer
 * has no storage; like dnd-kit's example it renders from data it has in memory, which the
 * benchmark puts on the page as window.__peerBoard before the page's scripts run.
 */

const STATUSES = ['To be started', 'Ongoing', 'Completed'];

/** The peer board of a snapshot (the format of bench/datasets.mjs and of the app's export). */
export function peerBoardFrom(snapshot) {
  const areaNames = new Map(snapshot.areas.map((area) => [area.code, area.name]));
  const priorityCodes = new Set(snapshot.priorityItems.map((item) => item.lineCode));
  const counts = new Map();
  for (const milestone of snapshot.milestones) {
    const count = counts.get(milestone.lineCode) ?? { done: 0, total: 0 };
    count.total += 1;
    if (milestone.status === 'Completed') count.done += 1;
    counts.set(milestone.lineCode, count);
  }
  const byOrder = (a, b) => a.order - b.order || a.code.localeCompare(b.code);
  return {
    columns: STATUSES.map((status) => ({
      id: status,
      cards: snapshot.actionLines
        .filter((line) => line.status === status)
        .sort(byOrder)
        .map((line) => ({
          code: line.code,
          title: line.title,
          area: areaNames.get(line.areaCode) ?? line.areaCode,
          health: line.health,
          leadUnit: line.leadUnit,
          target: line.target,
          done: counts.get(line.code)?.done ?? 0,
          total: counts.get(line.code)?.total ?? 0,
          priority: priorityCodes.has(line.code),
        })),
    })),
  };
}

/** An init script that puts the board on the page; JSON.parse reads large data faster than a literal. */
export function peerBoardScript(board) {
  return `window.__peerBoard = JSON.parse(${JSON.stringify(JSON.stringify(board))});`;
}
