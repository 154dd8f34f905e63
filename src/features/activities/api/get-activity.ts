import { supabase } from '@/lib/supabase';
import type { ActivityFormInput } from './save-activity';

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

/** An activity as the form edits it. */
export function toActivityFormInput(activity: Activity): ActivityFormInput {
  return {
    title: activity.title,
    description: activity.description,
    kind: activity.kind as ActivityFormInput['kind'],
    starts_on: activity.starts_on,
    ends_on: activity.ends_on,
    place: activity.place,
    participants_women: activity.participants_women,
    participants_men: activity.participants_men,
    participants_other: activity.participants_other,
    principles: activity.principles as ActivityFormInput['principles'],
    target_groups: activity.target_groups as ActivityFormInput['target_groups'],
    localisation_stage: (activity.localisation_stage ?? '') as ActivityFormInput['localisation_stage'],
    targets: activity.activity_targets.map(({ target_id, contribution }) => ({ target_id, contribution: contribution as 'direct' | 'indirect' })),
  };
}
