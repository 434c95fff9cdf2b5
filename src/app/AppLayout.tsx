import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ToastRegion } from '../ui/ToastRegion';
import { BackupReminder } from './BackupReminder';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SourceNote } from './SourceNote';
import { StorageBanner } from './StorageBanner';
import { UpdatePrompt } from './UpdatePrompt';

const NAV_ITEMS = [
  { to: '/board', key: 'nav.board' },
  { to: '/dashboard', key: 'nav.dashboard' },
  { to: '/priorities', key: 'nav.priorities' },
  { to: '/timeline', key: 'timeline.nav' },
  { to: '/snapshots', key: 'nav.snapshots' },
  { to: '/settings', key: 'nav.settings' },
] as const;

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
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
                <NavLink className="app-nav__link" to={item.to}>
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </header>
      <UpdatePrompt />
      <StorageBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        <BackupReminder />
        <Outlet />
      </main>
      <footer className="app-footer">
        <SourceNote />
      </footer>
      <ToastRegion />
    </div>
  );
}
