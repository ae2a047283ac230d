import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Kravkit
        </Link>
        <nav aria-label={t('nav.main')}>
          <NavLink to="/" end>
            {t('nav.start')}
          </NavLink>
          <NavLink to="/library">{t('nav.library')}</NavLink>
        </nav>
        <SaveStatus />
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('footer.local')}</p>
        <Link to="/accessibility">{t('nav.accessibility')}</Link>
      </footer>
    </>
  );
}
