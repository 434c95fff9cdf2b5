import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';

/** A main-navigation link that tells sighted and screen-reader users which view is open. */
export function NavItemLink({ to, children }: { to: string; children: ReactNode }) {
  const [isActive] = useRoute(to);
  return (
    <Link className={isActive ? 'app-nav__link active' : 'app-nav__link'} to={to} aria-current={isActive ? 'page' : undefined}>
      {children}
    </Link>
  );
}
