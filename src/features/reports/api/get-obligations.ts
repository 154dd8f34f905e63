import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

export type ObligationKind = 'not_started' | 'draft_overdue' | 'returned' | 'comments_to_answer';

/** What the viewer's partnerships still owe: overdue reports, returned ones, unanswered comments; until each is done. */
export async function getOpenObligations() {
  const { data, error } = await supabase.rpc('open_obligations');
  if (error) throw error;
  return data.map((row) => ({ ...row, kind: row.kind as ObligationKind }));
}

export type Obligation = Awaited<ReturnType<typeof getOpenObligations>>[number];

export const obligationsQuery = () => queryOptions({ queryKey: ['reports', 'obligations'], queryFn: getOpenObligations });
