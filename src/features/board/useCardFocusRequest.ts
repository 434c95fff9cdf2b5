import { useEffect } from 'react';
import type { ActionLine } from '../../domain';
import { useUiStore } from '../../state/uiStore';

/**
 * A moved card may mount anew in another column, or lose focus as its list item moves; once the
 * card is at the requested place, focus goes to the requested control so keyboard users stay put.
 * Only focus that was lost on the way is brought back: when the saved move arrives late, the user
 * may already be in another control (the card's panel, the search box), and keeps it.
 */
export function useCardFocusRequest({ code, status, rank }: Pick<ActionLine, 'code' | 'status' | 'rank'>): void {
  const focusTarget = useUiStore(({ cardFocusRequest: request }) =>
    request?.code === code && request.status === status && request.rank === rank ? request.target : null,
  );
  const requestCardFocus = useUiStore((state) => state.requestCardFocus);
  useEffect(() => {
    if (!focusTarget) return;
    const card = document.querySelector(`article[data-code="${CSS.escape(code)}"]:not(.card--overlay)`);
    const active = document.activeElement;
    if (!active || active === document.body || card?.contains(active)) {
      card?.querySelector<HTMLElement>(focusTarget === 'handle' ? '.card__handle' : '.move-menu__button')?.focus();
    }
    requestCardFocus(null);
  }, [focusTarget, code, requestCardFocus]);
}
