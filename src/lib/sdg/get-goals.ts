import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

export async function getGoals() {
  const { data, error } = await supabase.from('sdg_goals').select('id, title_en, title_sv, short_title_en, short_title_sv, colour').order('id');
  if (error) throw error;
  return data;
}

/** The catalogue changes with the UN framework, not during a session. */
export const goalsQuery = () => queryOptions({ queryKey: ['sdg', 'goals'], queryFn: getGoals, staleTime: Infinity });
