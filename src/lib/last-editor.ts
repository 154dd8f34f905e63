import { supabase } from './supabase';

/** Who saved a row last, as its history says: the viewer themself (elsewhere), or someone by name. */
export type LastEditor = { self: true } | { self: false; name: string | null };

/**
 * Who made the latest change to a row, for the stale-edit dialog: a person who saved on another
 * device or tab is told it was them, not "someone else". Null when the history has no answer
 * (or cannot be reached): the dialog then says "someone else", as before.
 */
export async function getLastEditor(table: string, rowId: string): Promise<LastEditor | null> {
  return findLastEditor(table, rowId).catch(() => null);
}

async function findLastEditor(table: string, rowId: string): Promise<LastEditor | null> {
  const [{ data: session }, { data, error }] = await Promise.all([
    supabase.auth.getSession(),
    supabase.from('history').select('actor_id').eq('table_name', table).eq('row_id', rowId).order('id', { ascending: false }).limit(1).maybeSingle(),
  ]);
  if (error || !data?.actor_id) return null;
  if (data.actor_id === session.session?.user.id) return { self: true };
  const { data: person } = await supabase.from('profiles').select('full_name').eq('id', data.actor_id).maybeSingle();
  return { self: false, name: person?.full_name || null };
}
