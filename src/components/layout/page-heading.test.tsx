import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { PageHeading } from './page-heading';

function Dashboards() {
  return <PageHeading>{i18n.t('dashboards.title')}</PageHeading>;
}

describe('PageHeading', () => {
  it('names the document after the page, in the page\'s language', async () => {
    await renderWithProviders(<Dashboards />, { language: 'sv' });
    expect(screen.getByRole('heading', { level: 1, name: 'Översikter' })).toBeInTheDocument();
    expect(document.title).toBe('Översikter – Agenda 2030-partnerskap');
  });

  it('and in English', async () => {
    await renderWithProviders(<Dashboards />, { language: 'en' });
    expect(document.title).toBe('Dashboards – Agenda 2030 Partnerships');
  });
});
