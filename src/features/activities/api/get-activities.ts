import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { activityKinds, principles } from './activity-vocabulary';
import { getActivity } from './get-activity';

export const activitiesPageSize = 25;

/** The list's filters as they live in the URL; anything unreadable is dropped, never an error. */
export const activityFiltersSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  goal: z.coerce.number().int().min(1).max(17).optional().catch(undefined),
  target: z.string().regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/).optional().catch(undefined),
  kind: z.enum(activityKinds).optional().catch(undefined),
  principle: z.enum(principles).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(['newest', 'oldest', 'title']).default('newest').catch('newest'),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

/** A value inside a PostgREST logic tree, quoted so commas and parentheses stay text. */
const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const activityListColumns =
  'id, title, kind, starts_on, ends_on, place, participants_women, participants_men, participants_other, activity_targets(target_id, contribution), matching:activity_targets()';

export async function getActivities(partnershipId: string, filters: ActivityFilters) {
  const byTarget = filters.target ?? (filters.goal ? `${filters.goal}.*` : undefined);
  // An empty embed filters without changing which targets each activity shows: with a target
  // asked for, only activities with a matching link remain.
  let query = supabase.from('activities').select(activityListColumns, { count: 'exact' }).eq('partnership_id', partnershipId);
  if (byTarget) {
    query = byTarget.endsWith('*') ? query.like('matching.target_id', byTarget) : query.eq('matching.target_id', byTarget);
    query = query.not('matching', 'is', null);
  }
  if (filters.year) query = query.eq('year', filters.year);
  if (filters.kind) query = query.eq('kind', filters.kind);
  if (filters.principle) query = query.contains('principles', [filters.principle]);
  if (filters.q) {
    const pattern = quoted(`*${filters.q}*`);
    query = query.or(`title.ilike.${pattern},description.ilike.${pattern},place.ilike.${pattern}`);
  }
  query =
    filters.sort === 'title'
      ? query.order('title').order('id')
      : query.order('starts_on', { ascending: filters.sort === 'oldest' }).order('id');
  const from = (filters.page - 1) * activitiesPageSize;
  const { data, count, error } = await query.range(from, from + activitiesPageSize - 1);
  // A page past the end (the filters narrowed the list) is an empty page, not a failure.
  if (error?.code === 'PGRST103') return { activities: [], total: 0 };
  if (error) throw error;
  return { activities: data, total: count ?? 0 };
}

export type ActivityRow = Awaited<ReturnType<typeof getActivities>>['activities'][number];

export const activityQueries = {
  all: () => ['activities'] as const,
  lists: () => [...activityQueries.all(), 'list'] as const,
  list: (partnershipId: string, filters: ActivityFilters) =>
    queryOptions({
      queryKey: [...activityQueries.lists(), partnershipId, filters],
      queryFn: () => getActivities(partnershipId, filters),
      placeholderData: keepPreviousData,
    }),
  detail: (activityId: string) => queryOptions({ queryKey: [...activityQueries.all(), 'detail', activityId], queryFn: () => getActivity(activityId) }),
};
