import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

export async function getApiStatus() {
  const { count, error } = await supabase.from('sdg_goals').select('*', { count: 'exact', head: true });
  if (error) throw error;
  return { goals: count ?? 0 };
}

export const apiStatusQuery = () => queryOptions({ queryKey: ['status'], queryFn: getApiStatus });
