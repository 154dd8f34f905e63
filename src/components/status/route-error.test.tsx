import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { RouteError } from './route-error';

async function renderFailing(error: unknown) {
  await i18n.changeLanguage('en');
  const Failing = () => {
    throw error;
  };
  const router = createMemoryRouter([{ path: '/', element: <Failing />, errorElement: <RouteError /> }]);
  render(<RouterProvider router={router} />);
}

describe('RouteError', () => {
  it('shows a row the database says is not there (PT404) as not found', async () => {
    await renderFailing({ code: 'PT404', message: 'report_not_found', details: 'No such report, or it is not yours to see.', hint: null });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('shows any other failure as something that went wrong', async () => {
    await renderFailing({ code: 'XX000', message: 'internal error' });
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
  });
});
