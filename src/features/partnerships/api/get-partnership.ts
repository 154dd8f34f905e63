import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

/** A partnership the viewer may see, or null: row-level security hides the others. */
export async function getPartnership(partnershipId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(partnershipId)) return null;
  const { data, error } = await supabase
    .from('partnerships')
    .select('id, name, description, starts_year, ends_year, focus_goal_ids, partnership_organisations(side, organisation:organisations(id, name, country_code))')
    .eq('id', partnershipId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

export type Partnership = NonNullable<Awaited<ReturnType<typeof getPartnership>>>;

export const partnershipQueries = {
  all: () => ['partnerships'] as const,
  detail: (partnershipId: string) => queryOptions({ queryKey: [...partnershipQueries.all(), 'detail', partnershipId], queryFn: () => getPartnership(partnershipId) }),
};
