import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/status/loading';
import { sessionQuery } from '@/features/auth/api/session';
import { viewerQuery } from '@/features/viewer/api/get-viewer';
import { isLanguage, rememberLanguage } from '@/lib/i18n';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { UserMenu } from './user-menu';

/** The signed-in app: sends visitors to sign in (and back here after), and applies their language. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const session = useQuery(sessionQuery());
  const userId = session.data?.user.id;
  const viewer = useQuery({ ...viewerQuery(userId ?? ''), enabled: Boolean(userId) });
  const preferred = viewer.data?.profile.preferred_language;
  // The profile's language applies once when someone signs in; later switches are theirs to make,
  // including one made before the profile arrived, which the profile read earlier must not undo.
  const languageAppliedFor = useRef<string | undefined>(undefined);
  const languageAtStart = useRef(i18n.language);

  useEffect(() => {
    if (!userId || languageAppliedFor.current === userId || !isLanguage(preferred)) return;
    languageAppliedFor.current = userId;
    if (i18n.language !== languageAtStart.current) return;
    if (preferred !== i18n.language) void rememberLanguage(preferred);
  }, [userId, preferred, i18n.language]);

  if (session.isPending) return <Loading />;
  if (!session.data) return <Navigate to={paths.signIn.href(location.pathname + location.search)} replace />;
  if (viewer.isError) throw viewer.error;

  const name = viewer.data?.profile.full_name || session.data.user.email || '';
  return (
    <div className="shell">
      <AppHeader>
        <nav aria-label={t('app.mainNavigation')}>
          <ul className="nav-list">
            <li>
              <NavLink to={paths.home.href()} end>
                {t('nav.home')}
              </NavLink>
            </li>
            {viewer.data?.staffRole && (
              <li>
                <NavLink to={paths.programme.href()}>{t('nav.programme')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to={paths.dashboards.href()}>{t('nav.dashboards')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.exports.href()}>{t('nav.exports')}</NavLink>
            </li>
            {viewer.data?.staffRole === 'admin' && (
              <li>
                <NavLink to={paths.administration.href()}>{t('nav.administration')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        <UserMenu name={name} />
      </AppHeader>
      <main id="main" className="page">
        {viewer.isPending ? <Loading /> : <Outlet context={viewer.data} />}
      </main>
      <AppFooter />
    </div>
  );
}
