import type { ReactNode } from 'react';
import { useOutletContext } from 'react-router';
import { NotFound } from '@/components/status/not-found';
import type { Viewer } from '@/features/viewer/api/get-viewer';

/** Admins only: the database refuses others' changes, and the page is not found for them. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const viewer = useOutletContext<Viewer>();
  return viewer.staffRole === 'admin' ? <>{children}</> : <NotFound />;
}
