import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { reportYearStates } from '@/lib/vocabularies';

export type QueueState = (typeof reportYearStates)[number];

/** The queue's filters as they live in the URL; anything unreadable falls back, never an error. No year: everything waiting. */
export const reviewFiltersSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  partnership: z.uuid().optional().catch(undefined),
  state: z.enum(reportYearStates).optional().catch(undefined),
});
export type ReviewFilters = z.infer<typeof reviewFiltersSchema>;

/**
 * Every running partnership's report for a year, waiting ones first; without a year, the reports
 * waiting for review of every year, longest waiting first (ordered and counted in the database).
 */
export async function getReviewQueue(year?: number) {
  const { data, error } = await supabase.rpc('review_queue', year === undefined ? {} : { year });
  if (error) throw error;
  return data.map((row) => ({ ...row, status: row.status as QueueState }));
}

export type QueueRow = Awaited<ReturnType<typeof getReviewQueue>>[number];

export const applyReviewFilters = (rows: QueueRow[], filters: ReviewFilters) =>
  rows.filter(
    (row) =>
      (!filters.country || row.country_codes.includes(filters.country)) &&
      (!filters.partnership || row.partnership_id === filters.partnership) &&
      (!filters.state || row.status === filters.state),
  );

export const reviewQueueQuery = (year?: number) => queryOptions({ queryKey: ['reports', 'queue', year ?? 'waiting'], queryFn: () => getReviewQueue(year) });
