import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { AppFooter } from './app-footer';

/** Pages for people who are not signed in: sign-in, password and invitation pages. */
export function PublicLayout() {
  return (
    <div className="shell">
      <AppHeader />
      <main id="main" className="page page-narrow">
        <Outlet />
      </main>
      <AppFooter />
    </div>
  );
}
