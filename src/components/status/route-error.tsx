import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeading } from '@/components/layout/page-heading';
import { NotFound } from './not-found';

/** What a route shows when loading it or rendering it failed. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const offline = error instanceof TypeError || (typeof navigator !== 'undefined' && !navigator.onLine);
  return (
    <main id="main" className="page">
      <PageHeading>{t('errors.title')}</PageHeading>
      <p role="alert">{t(offline ? 'errors.offline' : 'errors.generic')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errors.retry')}
        </button>{' '}
        <Link to={paths.home.href()}>{t('errors.goHome')}</Link>
      </p>
    </main>
  );
}
