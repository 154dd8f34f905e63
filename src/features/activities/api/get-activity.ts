import { supabase } from '@/lib/supabase';

const activityColumns =
  'id, partnership_id, title, description, kind, starts_on, ends_on, year, place, participants_women, participants_men, participants_other, target_groups, principles, localisation_stage, version, updated_at, activity_targets(target_id, contribution)';

/** One activity with its SDG targets, or null when it does not exist or is not the viewer's to see. */
export async function getActivity(activityId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(activityId)) return null;
  const { data, error } = await supabase.from('activities').select(activityColumns).eq('id', activityId).order('target_id', { referencedTable: 'activity_targets' }).maybeSingle();
  if (error) throw error;
  return data;
}

export type Activity = NonNullable<Awaited<ReturnType<typeof getActivity>>>;
