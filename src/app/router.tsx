import { createBrowserRouter, RouterProvider } from 'react-router';
import { paths } from '@/config/paths';

const router = createBrowserRouter([
  { path: paths.home.path, lazy: () => import('@/app/routes/landing').then((module) => ({ Component: module.LandingRoute })) },
  { path: '*', lazy: () => import('@/app/routes/not-found').then((module) => ({ Component: module.NotFoundRoute })) },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
