// The team database's rules, enforced by the server itself: CouchDB runs `validate_doc_update` on
// every write (PUT, POST, DELETE, _bulk_docs, replication), whatever client sent it, so a person
// who bypasses the app's interface is refused the same way. Read access is the security object's:
// members by role.

/** CouchDB roles of a team. Roles are server-wide, so they carry the app's prefix. */
export const ROLES = { reader: 'tracker-reader', editor: 'tracker-editor', admin: 'tracker-admin' };

/** Members by role; only server admins administer the database (its rules and security). */
export function securityObject() {
  return {
    admins: { names: [], roles: [] },
    members: { names: [], roles: [ROLES.reader, ROLES.editor, ROLES.admin] },
  };
}

/**
 * CouchDB's validate_doc_update, as the design document carries it: its source is sent to the
 * server, so it is written for CouchDB's JavaScript engine (ES5) and uses nothing outside itself.
 * A record is stored as { _id: '<kind>:<key>', kind, record, author }: `author` is the CouchDB
 * user who wrote this revision.
 */
function validateDocUpdate(newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  function has(role) {
    return roles.indexOf(role) !== -1;
  }
  // Server admins set the database up and replicate it between servers.
  if (has('_admin')) return;
  var isTeamAdmin = has('tracker-admin');
  if (!isTeamAdmin && !has('tracker-editor')) {
    throw { forbidden: 'Your role (' + (has('tracker-reader') ? 'reader' : 'none') + ') may not change the tracker.' };
  }
  if (newDoc.author !== userCtx.name) throw { forbidden: 'The author must be the signed-in user (' + userCtx.name + ').' };
  // Who may write each kind of record: areas come with the strategy, so only a team admin
  // changes them (replacing all team data from a snapshot file, for instance).
  var writers = { area: 'admin', line: 'editor', priorityItem: 'editor', indicator: 'editor', period: 'editor', history: 'editor', setting: 'editor' };
  var separator = newDoc._id.indexOf(':');
  var kind = separator > 0 ? newDoc._id.slice(0, separator) : '';
  if (!Object.prototype.hasOwnProperty.call(writers, kind) || separator === newDoc._id.length - 1) {
    throw { forbidden: 'Unknown kind of record: ' + newDoc._id + '.' };
  }
  if (!newDoc._deleted && (newDoc.kind !== kind || typeof newDoc.record !== 'object' || newDoc.record === null)) {
    throw { forbidden: 'A record needs its kind (' + kind + ') and its fields.' };
  }
  if (isTeamAdmin) return;
  if (writers[kind] === 'admin') throw { forbidden: 'Only a team admin changes the ' + kind + ' records.' };
  if (kind === 'line' && (!oldDoc || newDoc._deleted)) throw { forbidden: 'Only a team admin adds or removes action lines.' };
  // The strategy and the seed date come with the areas; the reporting date is the team's to set.
  if (kind === 'setting' && newDoc._id !== 'setting:reportingDate') throw { forbidden: 'Only a team admin changes the ' + newDoc._id.slice(separator + 1) + ' setting.' };
  if (kind === 'history') {
    if (oldDoc || newDoc._deleted) throw { forbidden: 'History entries are never changed.' };
    if (newDoc.record.author !== userCtx.name) throw { forbidden: "A history entry's author must be the signed-in user." };
  }
}

/** The design document that carries the rules. */
export function designDocument() {
  return {
    _id: '_design/tracker',
    language: 'javascript',
    // CouchDB compiles the source as an anonymous function.
    validate_doc_update: validateDocUpdate.toString().replace(/^function validateDocUpdate/, 'function'),
  };
}
