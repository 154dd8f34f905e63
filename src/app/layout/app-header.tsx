import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { LanguageSwitch } from './language-switch';

/** Skip link, product name, then whatever the layout adds (navigation, account), and the language. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.home.href()} className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </Link>
        <div className="header-tools">
          {children}
          <LanguageSwitch />
        </div>
      </header>
    </>
  );
}
