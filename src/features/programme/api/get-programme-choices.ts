import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

/** The partnerships the viewer's dashboards and exports count, with their partner countries: the filters' choices. */
export async function getProgrammeChoices() {
  const { data, error } = await supabase.rpc('dashboard_partnerships');
  if (error) throw error;
  return { partnerships: data, countries: [...new Set(data.flatMap((row) => row.country_codes))].sort() };
}

export const programmeChoicesQuery = () => queryOptions({ queryKey: ['programme', 'choices'], queryFn: getProgrammeChoices, staleTime: 5 * 60_000 });
