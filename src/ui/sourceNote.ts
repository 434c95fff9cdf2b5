import type { MouseEvent } from 'react';

/** The id of the seed data note in the page footer, which links elsewhere on a page point to. */
export const SOURCE_NOTE_ID = 'source-note';

/**
 * Opens the footer's seed data note and moves focus to it. The hash holds the route, so a link to
 * the note moves focus itself instead of changing the address (as the skip link does).
 */
export function revealSourceNote(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  const note = document.getElementById(SOURCE_NOTE_ID);
  if (!(note instanceof HTMLDetailsElement)) return;
  note.open = true;
  note.querySelector('summary')?.focus();
}
