import { QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { i18n } from '@/lib/i18n';

interface Options {
  /** Server state the component would otherwise fetch, by query key. */
  queryData?: [QueryKey, unknown][];
  language?: 'en' | 'sv';
}

/** Renders a component as the app does (query client, data router, translations), without a server. */
export async function renderWithProviders(ui: ReactNode, { queryData = [], language = 'en' }: Options = {}) {
  await i18n.changeLanguage(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  for (const [key, data] of queryData) queryClient.setQueryData(key, data);
  const router = createMemoryRouter([
    { path: '/', element: ui },
    { path: '/elsewhere', element: <p>Elsewhere</p> },
  ]);
  const rendered = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...rendered, queryClient, router, user: userEvent.setup() };
}
