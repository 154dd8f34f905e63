import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { renderWithProviders } from '@/testing/render';
import type { Report } from '../api/get-reports';
import { SectionField } from './section-field';

const report: Report = {
  id: 'report-1',
  partnership_id: 'partnership-1',
  year: 2025,
  status: 'draft',
  summary: 'A first draft.',
  contribution: '',
  localisation_progress: '',
  challenges: '',
  lessons_learned: '',
  next_year_plan: '',
  submitted_at: null,
  reviewed_at: null,
  version: 3,
  updated_at: '2026-01-01T00:00:00Z',
};

/** The database as the report's table answers: updates in turn, and the latest row when read. */
function fakeReports(updates: { data: Report | null; error: { code: string; message: string } | null }[], latest: Report) {
  const sent: Record<string, unknown>[] = [];
  const chain = (result: () => unknown) => {
    const link: Record<string, unknown> = {};
    for (const step of ['eq', 'select', 'order']) link[step] = () => link;
    link.single = async () => result();
    link.maybeSingle = async () => result();
    return link;
  };
  vi.spyOn(supabase, 'from').mockImplementation(
    () =>
      ({
        update: (change: Record<string, unknown>) => {
          sent.push(change);
          return chain(() => updates.shift());
        },
        select: () => chain(() => ({ data: latest, error: null })),
      }) as never,
  );
  return sent;
}

describe('SectionField', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('saves a pause after typing, from the version it has, and says so', async () => {
    const sent = fakeReports([{ data: { ...report, summary: 'A first draft. More.', version: 4 }, error: null }], report);
    const { user } = await renderWithProviders(<SectionField report={report} section="summary" readOnly={false} version={{ current: 3 }} />);
    await user.type(screen.getByLabelText('Summary'), ' More.');
    expect(screen.getByText('Not saved yet')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument(), { timeout: 3000 });
    expect(sent).toEqual([{ summary: 'A first draft. More.', version: 3 }]);
    expect(window.localStorage.getItem('draft:report:report-1:summary')).toBeNull();
  });

  it('saves on top of a newer version when someone else changed another section', async () => {
    const newer = { ...report, challenges: 'Written by a colleague.', version: 4 };
    const sent = fakeReports(
      [
        { data: null, error: { code: 'PT409', message: 'stale_version' } },
        { data: { ...newer, summary: 'A first draft. More.', version: 5 }, error: null },
      ],
      newer,
    );
    const { user } = await renderWithProviders(<SectionField report={report} section="summary" readOnly={false} version={{ current: 3 }} />);
    await user.type(screen.getByLabelText('Summary'), ' More.');
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument(), { timeout: 3000 });
    expect(sent).toEqual([
      { summary: 'A first draft. More.', version: 3 },
      { summary: 'A first draft. More.', version: 4 },
    ]);
  });

  it('asks when someone else changed the same section, showing both texts', async () => {
    const newer = { ...report, summary: 'Rewritten by a colleague.', version: 4 };
    fakeReports([{ data: null, error: { code: 'PT409', message: 'stale_version' } }], newer);
    const { user } = await renderWithProviders(<SectionField report={report} section="summary" readOnly={false} version={{ current: 3 }} />);
    await user.type(screen.getByLabelText('Summary'), ' More.');
    const dialog = await screen.findByRole('alertdialog', { name: 'Someone else saved first' }, { timeout: 3000 });
    expect(dialog).toHaveTextContent('Rewritten by a colleague.');
    expect(dialog).toHaveTextContent('A first draft. More.');
  });

  it('says it was the writer themself, on another device or tab, when the history says so', async () => {
    const newer = { ...report, summary: 'Written on the phone.', version: 4 };
    const link: Record<string, unknown> = {};
    for (const step of ['eq', 'select', 'order', 'limit', 'update']) link[step] = () => link;
    link.single = async () => ({ data: null, error: { code: 'PT409', message: 'stale_version' } });
    link.maybeSingle = async () => ({ data: { ...newer, actor_id: 'user-1' }, error: null });
    vi.spyOn(supabase, 'from').mockImplementation(() => link as never);
    vi.spyOn(supabase.auth, 'getSession').mockResolvedValue({ data: { session: { user: { id: 'user-1' } } }, error: null } as never);
    const { user } = await renderWithProviders(<SectionField report={report} section="summary" readOnly={false} version={{ current: 3 }} />);
    await user.type(screen.getByLabelText('Summary'), ' More.');
    const dialog = await screen.findByRole('alertdialog', { name: 'You (on another device or tab) saved first' }, { timeout: 3000 });
    expect(dialog).toHaveTextContent('You (on another device or tab) changed this');
  });
});
