import type { MouseEvent, ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from '../i18n';
import { LoadBoundary } from '../ui/LoadBoundary';
import { ToastRegion } from '../ui/ToastRegion';
import { ChangeApplierHost } from './ChangeApplierHost';
import { BackupReminder } from './BackupReminder';
import { LanguageSwitcher } from './LanguageSwitcher';
import { TeamSyncHost } from './TeamSyncHost';
import { NavItemLink } from './NavItemLink';
import { PartLoadFailure } from './PartLoadFailure';
import { SourceNoteHost } from './SourceNoteHost';
import { StorageBannerHost } from './StorageBannerHost';
import { UpdatePromptHost } from './UpdatePromptHost';
import { useUndoShortcuts } from './useUndoShortcuts';

const NAV_ITEMS = [
  { to: '/board', key: 'nav.board' },
  { to: '/dashboard', key: 'nav.dashboard' },
  { to: '/priorities', key: 'nav.priorities' },
  { to: '/timeline', key: 'timeline.nav' },
  { to: '/indicators', key: 'nav.indicators' },
  { to: '/snapshots', key: 'nav.snapshots' },
  { to: '/settings', key: 'nav.settings' },
] as const;

/** The hash holds the route, so the skip link moves focus itself instead of changing the address. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  // Here, with the toasts that report them: undo and redo work in every view that shows a change.
  useUndoShortcuts();
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__brand">
          <img className="app-header__logo" src="./favicon.svg" alt="" width="28" height="28" />
          <span className="app-header__name">{t('app.name')}</span>
        </div>
        <nav className="app-nav" aria-label={t('app.mainNavigation')}>
          <ul className="app-nav__list">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavItemLink to={item.to}>{t(item.key)}</NavItemLink>
              </li>
            ))}
          </ul>
        </nav>
        <TeamSyncHost />
        <LanguageSwitcher />
      </header>
      <UpdatePromptHost />
      <StorageBannerHost />
      <main id="main" className="app-main" tabIndex={-1}>
        <BackupReminder />
        {/* Keyed by address: the other views still open after one failed. */}
        <LoadBoundary key={location} fallback={<PartLoadFailure />}>
          {children}
        </LoadBoundary>
      </main>
      <footer className="app-footer">
        <SourceNoteHost />
      </footer>
      <ToastRegion />
      <ChangeApplierHost />
    </div>
  );
}
