/**
 * Writes made outside the page under test (another tab, an import in the snapshot worker, data
 * stored before the page opened): straight through the repositories, so the page learns of them
 * only from Dexie's change event, as it does of real ones. Feature code itself never imports
 * src/db; its tests reach the storage through here.
 */
export {
  moveActionLine,
  readTracker,
  replaceTrackerWithBackup,
  updateActionLine,
  updatePriorityItem,
} from '../../src/db';
export { writeReportingDate } from '../../src/db/trackerSettingWrite';
