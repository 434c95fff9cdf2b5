import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useTranslation } from '../../i18n';
import { statusKey } from '../../domain';
import { findContainerOf, type BoardContainer, type ContainerItems } from './boardContainers';

/**
 * Screen-reader text for drag and drop, written by us and translated: code, status and position.
 * `items` are the cards as shown during a drag; `savedItems` as saved, where a cancelled move leaves
 * the card.
 */
export function useBoardAnnouncements(
  items: ContainerItems,
  savedItems: ContainerItems,
  containersById: ReadonlyMap<string, BoardContainer>,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation();
  const latest = useRef({ items, savedItems, containersById });
  useLayoutEffect(() => {
    latest.current = { items, savedItems, containersById };
  }, [items, savedItems, containersById]);

  return useMemo(() => {
    const describe = (code: string, targetId: string | undefined, layout: 'items' | 'savedItems') => {
      const { [layout]: current, containersById: containers } = latest.current;
      const containerKey = targetId ? findContainerOf(current, targetId) : undefined;
      const container = containerKey ? containers.get(containerKey) : undefined;
      if (!containerKey || !container) return null;
      const codes = current[containerKey] ?? [];
      const index = targetId && codes.includes(targetId) ? codes.indexOf(targetId) : codes.length - 1;
      return {
        code,
        position: Math.max(index, 0) + 1,
        count: codes.includes(code) ? codes.length : codes.length + 1,
        status: t(`status.${statusKey(container.status)}`),
      };
    };
    const say = (
      key: 'dnd.pickedUp' | 'dnd.over' | 'dnd.dropped' | 'dnd.cancelled',
      code: string,
      target: string | undefined,
      layout: 'items' | 'savedItems' = 'items',
    ) => {
      const facts = describe(code, target, layout);
      return facts ? t(key, facts) : undefined;
    };
    return {
      screenReaderInstructions: { draggable: t('dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) => say('dnd.pickedUp', String(active.id), String(active.id)),
        onDragOver: ({ active, over }) => say('dnd.over', String(active.id), over ? String(over.id) : undefined),
        onDragEnd: ({ active, over }) => say('dnd.dropped', String(active.id), over ? String(active.id) : undefined),
        onDragCancel: ({ active }) => say('dnd.cancelled', String(active.id), String(active.id), 'savedItems'),
      },
    };
  }, [t]);
}
