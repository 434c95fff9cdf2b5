import { useId } from 'react';

/** A view that states what is coming, until its feature lands. */
export function PlaceholderPage({ title, body }: { title: string; body: string }) {
  const titleId = useId();
  return (
    <section className="page" aria-labelledby={titleId}>
      <h1 id={titleId} className="page__title">
        {title}
      </h1>
      <p className="page__intro">{body}</p>
    </section>
  );
}
