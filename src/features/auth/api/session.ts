import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

export async function getSession() {
  const { data, error } = await supabase.auth.getSession();
  if (error) throw error;
  return data.session;
}

export const sessionQuery = () => queryOptions({ queryKey: ['auth', 'session'], queryFn: getSession, staleTime: Infinity });
