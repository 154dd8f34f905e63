import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { supabase } from '@/lib/supabase';
import { renderWithProviders } from '@/testing/render';
import type { Report } from '../api/get-reports';
import type { ReportComment } from '../api/review-report';
import { CommentThread } from './report-comments';

const report = { id: 'report-1', partnership_id: 'partnership-1', year: 2025, status: 'returned' } as Report;

const comment: ReportComment = {
  id: 'comment-1',
  body: 'Please explain the delay.',
  section: 'challenges',
  indicator_value_id: null,
  reply_to_id: null,
  created_at: '2026-03-01T10:00:00Z',
  author: { id: 'analyst', full_name: 'Sara Nilsson' },
};
const reply: ReportComment = { ...comment, id: 'reply-1', body: 'The consultant left in May.', section: 'challenges', reply_to_id: 'comment-1', author: { id: 'anna', full_name: 'Anna Lindqvist' } };

/** The comments table: the answer goes in, and the thread read afterwards has it. */
function fakeComments() {
  const stored = [comment];
  vi.spyOn(supabase, 'from').mockImplementation(
    () =>
      ({
        insert: () => {
          stored.push(reply);
          return { select: () => ({ single: async () => ({ data: { id: reply.id }, error: null }) }) };
        },
        select: () => ({ eq: () => ({ order: async () => ({ data: [...stored], error: null }) }) }),
      }) as never,
  );
}

describe('CommentThread', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the reviewer, and the Answer button says whose comment on what', async () => {
    await renderWithProviders(<CommentThread report={report} about="challenges" aboutLabel="Challenges" canComment />, { queryData: [[['reports', 'comments', report.id], [comment]]] });
    expect(screen.getByText('Sara Nilsson')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Answer Sara Nilsson’s comment on Challenges' })).toBeInTheDocument();
  });

  it('moves the focus into the answer, then onto the answer sent', async () => {
    fakeComments();
    const { user } = await renderWithProviders(<CommentThread report={report} about="challenges" aboutLabel="Challenges" canComment />, {
      queryData: [[['reports', 'comments', report.id], [comment]]],
    });
    await user.click(screen.getByRole('button', { name: /^Answer/ }));
    expect(screen.getByLabelText('Your answer')).toHaveFocus();
    await user.keyboard('The consultant left in May.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.getByText('The consultant left in May.').closest('.comment')).toHaveFocus());
  });
});
