import { startTransition } from 'react';
import {
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  type KeyboardSensorProps,
  type PointerSensorProps,
} from '@dnd-kit/core';

/*
 * dnd-kit's sensors, answering first and rendering after. Picking a card up measures every
 * droppable and renders the overlay, and dropping it re-renders the columns; done inside the input
 * event, that held the next frame back for 100 ms or more on a slow machine. These sensors hand
 * those renders to React as transitions, which it renders in slices between which the browser
 * paints and handles the next input. Pointer drags start at once all the same: a transition would
 * be restarted by every pointer move and the overlay could lag behind the hand.
 */

const asTransition =
  <A extends unknown[]>(run: (...args: A) => void) =>
  (...args: A) =>
    startTransition(() => run(...args));

/** The keyboard handle shows it is picked up from this attribute, before the drag has rendered. */
const LIFTING_ATTRIBUTE = 'data-lifting';

export class TransitionKeyboardSensor extends KeyboardSensor {
  constructor(props: KeyboardSensorProps) {
    const handle = props.activeNode.activatorNode.current;
    handle?.setAttribute(LIFTING_ATTRIBUTE, '');
    const settled = (run: () => void) =>
      asTransition(() => {
        handle?.removeAttribute(LIFTING_ATTRIBUTE);
        run();
      });
    super({ ...props, onStart: asTransition(props.onStart), onEnd: settled(props.onEnd), onCancel: settled(props.onCancel) });
  }
}

export class TransitionMouseSensor extends MouseSensor {
  constructor(props: PointerSensorProps) {
    super({ ...props, onEnd: asTransition(props.onEnd), onCancel: asTransition(props.onCancel) });
  }
}

export class TransitionTouchSensor extends TouchSensor {
  constructor(props: PointerSensorProps) {
    super({ ...props, onEnd: asTransition(props.onEnd), onCancel: asTransition(props.onCancel) });
  }
}
