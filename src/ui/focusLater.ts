/** Focuses the element with this id once the next frame has rendered it (a card added, a form closed). */
export function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
