import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

/** Headline counts; row-level security decides what is counted, and only the counts travel. */
export async function getProgrammeCounts() {
  const [partnerships, activities] = await Promise.all([
    supabase.from('partnerships').select('*', { count: 'exact', head: true }),
    supabase.from('activities').select('*', { count: 'exact', head: true }),
  ]);
  if (partnerships.error) throw partnerships.error;
  if (activities.error) throw activities.error;
  return { partnerships: partnerships.count ?? 0, activities: activities.count ?? 0 };
}

export const programmeQueries = {
  all: () => ['programme'] as const,
  counts: () => queryOptions({ queryKey: [...programmeQueries.all(), 'counts'], queryFn: getProgrammeCounts }),
};
