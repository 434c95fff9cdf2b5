export type TeamRole = 'admin' | 'editor' | 'reader';

/** A person's role in the team from their CouchDB roles (sync/rules.mjs names them); null: none. */
export function teamRoleOf(roles: readonly string[]): TeamRole | null {
  if (roles.includes('_admin') || roles.includes('tracker-admin')) return 'admin';
  if (roles.includes('tracker-editor')) return 'editor';
  if (roles.includes('tracker-reader')) return 'reader';
  return null;
}
