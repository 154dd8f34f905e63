import { NotFound } from '@/components/status/not-found';

export function NotFoundRoute() {
  return <NotFound />;
}
