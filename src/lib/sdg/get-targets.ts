import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

export async function getTargets() {
  const { data, error } = await supabase.from('sdg_targets').select('id, goal_id, text_en, text_sv').order('goal_id').order('sort_order');
  if (error) throw error;
  return data;
}

export type Target = Awaited<ReturnType<typeof getTargets>>[number];

export const targetsQuery = () => queryOptions({ queryKey: ['sdg', 'targets'], queryFn: getTargets, staleTime: Infinity });

/** Matches "5.5", "5." or words of the target's text in the reader's language. */
export function matchesTarget(target: Target, search: string, language: string) {
  const query = search.trim().toLowerCase();
  if (!query) return true;
  if (/^\d/.test(query)) return target.id.startsWith(query);
  const text = (language === 'sv' ? target.text_sv : target.text_en).toLowerCase();
  return query.split(/\s+/).every((word) => text.includes(word));
}
