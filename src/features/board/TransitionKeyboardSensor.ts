import { startTransition } from 'react';
import { KeyboardSensor, type KeyboardSensorProps } from '@dnd-kit/core';

const asTransition =
  <A extends unknown[]>(run: (...args: A) => void) =>
  (...args: A) =>
    startTransition(() => run(...args));

/** The keyboard handle shows it is picked up from this attribute, before the drag has rendered. */
const LIFTING_ATTRIBUTE = 'data-lifting';

/**
 * dnd-kit's keyboard sensor, answering first and rendering after. Picking a card up measures every
 * droppable and renders the overlay, and dropping it re-renders the columns; done inside the key
 * press, that held the next frame back for 100 ms or more on a slow machine. This sensor marks the
 * handle at once and hands those renders to React as transitions, which it renders in slices
 * between which the browser paints and handles the next key. (Pointer drags keep dnd-kit's own
 * sensors: a transition deferred the drop behind the card's data in tests under load.)
 */
export class TransitionKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    const handle = props.activeNode.activatorNode.current;
    handle?.setAttribute(LIFTING_ATTRIBUTE, '');
    const settled = (run: () => void) =>
      asTransition(() => {
        handle?.removeAttribute(LIFTING_ATTRIBUTE);
        run();
      });
    super({
      ...props,
      onStart: asTransition((coordinates) => props.onStart(coordinates)),
      onEnd: settled(() => props.onEnd()),
      onCancel: settled(() => props.onCancel()),
    });
  }
}
