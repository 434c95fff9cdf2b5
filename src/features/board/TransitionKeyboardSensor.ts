import { startTransition } from 'react';
import { KeyboardSensor, type KeyboardSensorProps, type SensorInstance } from '@dnd-kit/core';

/** The handle shows it is picked up from this attribute, set before the drag has rendered. */
const LIFTING_ATTRIBUTE = 'data-lifting';

/**
 * dnd-kit's keyboard sensor, answering first and working after. Picking a card up measures every
 * droppable and renders the overlay, and dropping it re-renders the columns: done inside the key
 * press, that held the next frame back for 100 ms or more on a slow machine. This sensor marks the
 * handle at once and renders the pick-up and the drop as transitions, which React renders in
 * slices between which the browser paints and handles the next key.
 */
export class TransitionKeyboardSensor implements SensorInstance {
  static activators = KeyboardSensor.activators;

  autoScrollEnabled = false;

  constructor(props: KeyboardSensorProps) {
    const handle = props.activeNode.activatorNode.current;
    handle?.setAttribute(LIFTING_ATTRIBUTE, '');
    const inTransition =
      <A extends unknown[]>(run: (...args: A) => void) =>
      (...args: A) =>
        startTransition(() => run(...args));
    const settle =
      (run: () => void) =>
      () => {
        handle?.removeAttribute(LIFTING_ATTRIBUTE);
        run();
      };
    new KeyboardSensor({
      ...props,
      onStart: inTransition(props.onStart),
      onEnd: inTransition(settle(props.onEnd)),
      onCancel: inTransition(settle(props.onCancel)),
    });
  }
}
