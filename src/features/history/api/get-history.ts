import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

export interface HistoryEntry {
  id: number;
  table_name: string;
  action: 'insert' | 'update' | 'delete';
  changed_at: string;
  actor: string | null;
  /** What the row is called (its title or file name), from after the change or, for a deletion, before. */
  subject: string | null;
}

const nameOf = (row: Record<string, unknown> | null) => {
  const name = row?.title ?? row?.file_name ?? row?.target_id ?? (row?.year !== undefined ? String(row.year) : null);
  return typeof name === 'string' ? name : null;
};

/** The latest changes to a partnership's content, newest first, with who made them. */
export async function getRecentHistory(partnershipId: string, limit = 10): Promise<HistoryEntry[]> {
  const { data, error } = await supabase
    .from('history')
    .select('id, table_name, action, changed_at, actor_id, before, after')
    .eq('partnership_id', partnershipId)
    .order('changed_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(limit);
  if (error) throw error;
  const actorIds = [...new Set(data.map((entry) => entry.actor_id).filter((id): id is string => Boolean(id)))];
  const people = actorIds.length > 0 ? await supabase.from('profiles').select('id, full_name').in('id', actorIds) : { data: [], error: null };
  if (people.error) throw people.error;
  const names = new Map((people.data ?? []).map((person) => [person.id, person.full_name]));
  return data.map((entry) => ({
    id: entry.id,
    table_name: entry.table_name,
    action: entry.action as HistoryEntry['action'],
    changed_at: entry.changed_at,
    actor: entry.actor_id ? (names.get(entry.actor_id) ?? null) : null,
    subject: nameOf((entry.after ?? entry.before) as Record<string, unknown> | null),
  }));
}

export const historyQueries = {
  recent: (partnershipId: string) => queryOptions({ queryKey: ['history', partnershipId], queryFn: () => getRecentHistory(partnershipId) }),
};
