import type { ReactNode } from 'react';

interface PageHeaderProps {
  /** The id the page's section is labelled by. */
  titleId: string;
  title: string;
  intro: string;
  /** On paper the page is a report: this title leads, the view's title follows as its subject, and the intro (about the screen) is left out. */
  printTitle?: string;
  children?: ReactNode;
}

/** A view's heading level 1 and its introduction, with room for a status line beneath. */
export function PageHeader({ titleId, title, intro, printTitle, children }: PageHeaderProps) {
  return (
    <header className={printTitle ? 'page__header page__header--report' : 'page__header'}>
      <h1 id={titleId} className="page__title">
        {/* Paper only; hidden from the accessibility tree so the heading's name stays the view's. */}
        {printTitle && (
          <span className="page__print-title" aria-hidden="true">
            {printTitle}
          </span>
        )}
        {title}
      </h1>
      <p className="page__intro">{intro}</p>
      {children}
    </header>
  );
}
