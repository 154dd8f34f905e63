import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/app/provider';
import { LandingRoute } from '@/app/routes/landing';

const countGoals = vi.fn();
vi.mock('@/lib/supabase', () => ({
  supabase: { from: () => ({ select: () => countGoals() }) },
}));

function renderLanding() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(
    <QueryClientProvider client={client}>
      <LandingRoute />
    </QueryClientProvider>,
  );
}

describe('landing page', () => {
  beforeEach(() => countGoals.mockReset());

  it('says what the product is and that the API is reachable', async () => {
    countGoals.mockResolvedValue({ count: 17, error: null });
    renderLanding();
    expect(screen.getByRole('heading', { level: 1, name: 'Agenda 2030 Partnerships' })).toBeInTheDocument();
    expect(await screen.findByText('Connected: the SDG catalogue has 17 goals.')).toBeInTheDocument();
  });

  it('says so when the API cannot be reached', async () => {
    countGoals.mockResolvedValue({ count: null, error: { message: 'Failed to fetch' } });
    renderLanding();
    expect(await screen.findByText('The service cannot be reached. Check your connection and try again.')).toBeInTheDocument();
  });
});
