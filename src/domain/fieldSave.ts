/** How a field's save ended: saved, refused because the stored value changed meanwhile, or failed. */
export type FieldSaveResult = { status: 'saved' } | { status: 'stale' } | { status: 'failed'; reason: string };
