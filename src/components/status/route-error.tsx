import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeading } from '@/components/layout/page-heading';
import { isConnectionError } from '@/lib/online';
import { NotFound } from './not-found';

/**
 * What a page shows when loading it or rendering it failed, inside the layout so that the
 * navigation stays. A page whose code or data could not be fetched needs a connection, not help.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const [stillOffline, setStillOffline] = useState(false);
  // The database answers PT404 for a row that is gone or not the caller's to see: not found too.
  if ((isRouteErrorResponse(error) && error.status === 404) || (error as { code?: unknown } | null)?.code === 'PT404') return <NotFound />;
  const offline = isConnectionError(error);
  // A route module that failed to load stays failed until the page loads afresh; offline, that
  // would show the browser's own error page instead of this one.
  const tryAgain = () => (navigator.onLine ? window.location.reload() : setStillOffline(true));
  return (
    <>
      <PageHeading>{t(offline ? 'errors.offlineTitle' : 'errors.title')}</PageHeading>
      <p role="alert">{t(stillOffline ? 'errors.stillOffline' : offline ? 'errors.offline' : 'errors.generic')}</p>
      <p>
        <button type="button" className="button" onClick={tryAgain}>
          {t('errors.retry')}
        </button>{' '}
        <Link to={paths.home.href()}>{t('errors.goHome')}</Link>
      </p>
    </>
  );
}

/** When the layout itself could not be shown: the same explanation, as the whole page. */
export function LayoutError() {
  return (
    <main id="main" className="page">
      <RouteError />
    </main>
  );
}
