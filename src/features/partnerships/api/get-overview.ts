import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { partnershipQueries } from './get-partnership';

/** Activities and results per SDG goal in one year (counted in the database; see its function). */
export async function getGoalCounts(partnershipId: string, year: number) {
  const { data, error } = await supabase.rpc('partnership_goal_counts', { partnership_id: partnershipId, year });
  if (error) throw error;
  return data;
}

/** The partnership's members with their names and roles, coordinators first. */
export async function getMembers(partnershipId: string) {
  const { data, error } = await supabase.from('memberships').select('role, profile:profiles(id, full_name)').eq('partnership_id', partnershipId);
  if (error) throw error;
  return [...data].sort((a, b) => a.role.localeCompare(b.role) || (a.profile?.full_name ?? '').localeCompare(b.profile?.full_name ?? ''));
}

export const overviewQueries = {
  goalCounts: (partnershipId: string, year: number) =>
    queryOptions({ queryKey: [...partnershipQueries.all(), 'goal-counts', partnershipId, year], queryFn: () => getGoalCounts(partnershipId, year) }),
  members: (partnershipId: string) => queryOptions({ queryKey: [...partnershipQueries.all(), 'members', partnershipId], queryFn: () => getMembers(partnershipId) }),
};
