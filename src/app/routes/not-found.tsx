import { Link } from 'react-router';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        <Link to={paths.home.href()}>Go to the start page</Link>
      </p>
    </main>
  );
}
