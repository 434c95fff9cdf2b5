import type { ReactNode } from 'react';

interface PageHeaderProps {
  /** The id the page's section is labelled by. */
  titleId: string;
  title: string;
  intro: string;
  children?: ReactNode;
}

/** A view's heading level 1 and its introduction, with room for a status line beneath. */
export function PageHeader({ titleId, title, intro, children }: PageHeaderProps) {
  return (
    <header className="page__header">
      <h1 id={titleId} className="page__title">
        {title}
      </h1>
      <p className="page__intro">{intro}</p>
      {children}
    </header>
  );
}
