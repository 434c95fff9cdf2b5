import { Fragment, type ReactNode } from 'react';

const MARK = '\u0001';

interface IsolatedMessageProps<Values extends Record<string, string>> {
  /** The message, built with the placeholders it is given in place of the values. */
  render: (placeholders: Values) => string;
  values: Values;
}

/**
 * A message whose values each stand in a <bdi>, so a value's own direction (Arabic, or a stray
 * U+202E in a note) never reorders the words, arrows or punctuation of the message around it.
 */
export function IsolatedMessage<Values extends Record<string, string>>({ render, values }: IsolatedMessageProps<Values>) {
  const placeholders = Object.fromEntries(Object.keys(values).map((name) => [name, `${MARK}${name}${MARK}`])) as Values;
  const pieces = render(placeholders).split(MARK);
  const nodes: ReactNode[] = [];
  // Pieces alternate: message text, a value's name, message text...; their positions never change.
  for (let position = 0; position < pieces.length; position += 1) {
    const piece = pieces[position] ?? '';
    nodes.push(
      position % 2 === 1 ? <bdi key={position}>{values[piece] ?? ''}</bdi> : <Fragment key={position}>{piece}</Fragment>,
    );
  }
  return <>{nodes}</>;
}
