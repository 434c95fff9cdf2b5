import { JOINED_REVISIONS_KEY, type JoinedRevisions, type TeamRevision, type TrackerDatabase } from './database';

function isJoined(record: TeamRevision | JoinedRevisions | undefined): record is JoinedRevisions {
  return record?.docId === JOINED_REVISIONS_KEY;
}

async function readJoined(db: TrackerDatabase): Promise<JoinedRevisions | undefined> {
  const record = await db.teamRevisions.get(JOINED_REVISIONS_KEY);
  return isJoined(record) ? record : undefined;
}

/** What the team database last had of each record, in the order asked: its own revision, else the join's. */
export async function readTeamRevisions(db: TrackerDatabase, docIds: readonly string[]): Promise<(TeamRevision | undefined)[]> {
  const [joined, ...own] = await db.teamRevisions.bulkGet([JOINED_REVISIONS_KEY, ...docIds]);
  const joinedRevs = isJoined(joined) ? joined.revs : undefined;
  return docIds.map((docId, index) => {
    const revision = own[index];
    if (revision && !isJoined(revision)) return revision;
    const rev = joinedRevs?.get(docId);
    return rev === undefined ? undefined : { docId, rev };
  });
}

/** Every record the team database has, as far as this browser knows. */
export async function readTeamDocIds(db: TrackerDatabase): Promise<string[]> {
  const [keys, joined] = await Promise.all([db.teamRevisions.toCollection().primaryKeys(), readJoined(db)]);
  const docIds = new Set(keys.filter((key) => key !== JOINED_REVISIONS_KEY));
  for (const docId of joined?.revs.keys() ?? []) docIds.add(docId);
  return [...docIds];
}

export async function putTeamRevisions(db: TrackerDatabase, revisions: readonly TeamRevision[]): Promise<void> {
  if (revisions.length > 0) await db.teamRevisions.bulkPut([...revisions]);
}

/** A join's revisions, after the join cleared the table. */
export async function putJoinedRevisions(db: TrackerDatabase, revisions: readonly TeamRevision[]): Promise<void> {
  await db.teamRevisions.put({ docId: JOINED_REVISIONS_KEY, revs: new Map(revisions.map(({ docId, rev }) => [docId, rev])) });
}

/** Forgets the team's revisions of records the team deleted, the join's included. */
export async function deleteTeamRevisions(db: TrackerDatabase, docIds: readonly string[]): Promise<void> {
  if (docIds.length === 0) return;
  const joined = await readJoined(db);
  await db.teamRevisions.bulkDelete([...docIds]);
  if (!joined || !docIds.some((docId) => joined.revs.has(docId))) return;
  const revs = new Map(joined.revs);
  for (const docId of docIds) revs.delete(docId);
  await db.teamRevisions.put({ docId: JOINED_REVISIONS_KEY, revs });
}
