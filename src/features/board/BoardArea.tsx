import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { afterNextPaint } from '../../data';
import type { CardDragProps } from './ActionLineCard';
import type { BoardAreaProps } from './boardAreaProps';
import { StaticBoardArea } from './StaticBoardArea';

type DndArea = ComponentType<BoardAreaProps>;

/** Once loaded, later visits to the board render drag and drop from the start. */
let loadedDndArea: DndArea | null = null;

function loadDndArea(): Promise<DndArea> {
  return import('./BoardDndArea').then((module) => (loadedDndArea = module.BoardDndArea));
}

/** Loads drag and drop ahead, so a board rendered afterwards has it from the start. */
export async function preloadBoardDragAndDrop(): Promise<void> {
  await loadDndArea();
}

const CONTROLS = { handle: '.card__handle', move: '.move-menu__button', open: '.card__open' } as const;

interface FocusedControl {
  code: string;
  control: keyof typeof CONTROLS;
  isMenuOpen: boolean;
}

const cardElement = (code: string) => document.querySelector(`article[data-code="${CSS.escape(code)}"]:not(.card--overlay)`);

/** Where the keyboard is on the board, so it can be put back after the cards are replaced. */
function readFocusedControl(): FocusedControl | null {
  const card = document.activeElement?.closest<HTMLElement>('article[data-code]');
  const code = card?.dataset.code;
  if (!card || !code) return null;
  const isMenuOpen = card.querySelector('[role="menu"]') !== null;
  const control = (Object.keys(CONTROLS) as (keyof typeof CONTROLS)[]).find((key) =>
    document.activeElement?.matches(CONTROLS[key]),
  );
  return { code, control: isMenuOpen ? 'move' : (control ?? 'open'), isMenuOpen };
}

/**
 * The board's cards, first without drag and drop (dnd-kit is about a tenth of the app's first
 * load), then with it as soon as its code has loaded, just after the first paint. Swapping
 * remounts the cards, so focus, an open Move menu and a Space pressed on a handle meanwhile are
 * carried over to the new cards.
 */
export function BoardArea(props: BoardAreaProps) {
  const [DndBoardArea, setDndBoardArea] = useState<DndArea | null>(() => loadedDndArea);
  const pendingPickUp = useRef<string | null>(null);
  const focusToRestore = useRef<FocusedControl | null>(null);

  const staticDrag = useMemo<CardDragProps>(
    () => ({
      handleAttributes: {
        onKeyDown: (event) => {
          const code = event.currentTarget.closest<HTMLElement>('article[data-code]')?.dataset.code;
          if (event.code !== 'Space' || !code) return;
          event.preventDefault();
          pendingPickUp.current = code;
        },
      },
    }),
    [],
  );

  useEffect(() => {
    if (DndBoardArea) return;
    let isCurrent = true;
    // Requested once the cards are on screen, so the first paint never waits for it.
    const cancel = afterNextPaint(
      () =>
        void loadDndArea().then((area) => {
          if (isCurrent) setDndBoardArea(() => area);
        }),
    );
    return () => {
      isCurrent = false;
      cancel();
    };
  }, [DndBoardArea]);

  useLayoutEffect(() => {
    const focused = focusToRestore.current;
    const pickUp = pendingPickUp.current;
    focusToRestore.current = null;
    pendingPickUp.current = null;
    if (!DndBoardArea || !focused) return;
    const card = cardElement(focused.code);
    const control = card?.querySelector<HTMLElement>(CONTROLS[focused.control]);
    if (focused.isMenuOpen) control?.click();
    else control?.focus();
    if (pickUp === focused.code && focused.control === 'handle') {
      control?.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }));
    }
  }, [DndBoardArea]);

  const onLeave = useCallback(() => {
    focusToRestore.current = readFocusedControl();
  }, []);

  return DndBoardArea ? <DndBoardArea {...props} /> : <StaticBoardArea {...props} drag={staticDrag} onLeave={onLeave} />;
}
