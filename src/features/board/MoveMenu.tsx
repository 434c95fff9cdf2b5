import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n';
import { STATUSES, statusKey, type ActionLine } from '../../domain';
import type { BoardMoves } from './useBoardMoves';
import { BOARD_READ_ONLY_NOTE_ID } from './BoardReadOnlyNote';

interface MoveMenuProps {
  line: Pick<ActionLine, 'code' | 'status'>;
  isFirst: boolean;
  isLast: boolean;
  moves: BoardMoves;
}

interface MenuAction {
  id: string;
  label: string;
  run: () => void;
}

/** The single-click alternative to dragging (WCAG 2.2 SC 2.5.7): a menu of moves for one card. */
export function MoveMenu({ line, isFirst, isLast, moves }: MoveMenuProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const actions: MenuAction[] = [
    ...STATUSES.filter((status) => status !== line.status).map((status) => ({
      id: status,
      label: t(`status.${statusKey(status)}`),
      run: () => moves.moveToStatus(line.code, status),
    })),
    ...(isFirst ? [] : [{ id: 'up', label: t('move.up'), run: () => moves.moveBy(line.code, -1) }]),
    ...(isLast ? [] : [{ id: 'down', label: t('move.down'), run: () => moves.moveBy(line.code, 1) }]),
  ];

  useEffect(() => {
    if (!isOpen) return;
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOnOutsideClick = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setIsOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [isOpen]);

  const close = (restoreFocus: boolean) => {
    setIsOpen(false);
    if (restoreFocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        focusAt(current - 1);
        break;
      case 'Home':
        event.preventDefault();
        focusAt(0);
        break;
      case 'End':
        event.preventDefault();
        focusAt(items.length - 1);
        break;
      case 'Escape':
        event.preventDefault();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
    }
  };

  return (
    <div className="move-menu">
      <button
        ref={buttonRef}
        type="button"
        className="move-menu__button"
        aria-label={t('move.button', { code: line.code })}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? menuId : undefined}
        disabled={moves.isReadOnly}
        aria-describedby={moves.isReadOnly ? BOARD_READ_ONLY_NOTE_ID : undefined}
        onClick={() => setIsOpen((open) => !open)}
      >
        <span aria-hidden="true">{t('move.label')}</span>
        <span className="move-menu__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {isOpen && (
        <div
          ref={menuRef}
          id={menuId}
          className="move-menu__list"
          role="menu"
          aria-label={t('move.menu', { code: line.code })}
          onKeyDown={onMenuKeyDown}
          tabIndex={-1}
        >
          {actions.map((action) => (
            <button
              key={action.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="move-menu__item"
              onClick={() => {
                close(true);
                action.run();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
