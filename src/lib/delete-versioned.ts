import { supabase } from './supabase';

/**
 * Deletes a row as the viewer loaded it: when someone changed it meanwhile nothing is deleted and
 * the error is the same stale-edit answer (PT409) a save gets. The evidence files of the row go
 * only after the row (and, by cascade, its evidence rows) is gone, so no row ever points at a
 * missing file.
 */
export async function deleteVersioned(table: 'activities' | 'results' | 'indicators', { id, version }: { id: string; version: number }, evidencePaths: string[]) {
  const { data, error } = await supabase.from(table).delete().eq('id', id).eq('version', version).select('id');
  if (error) throw error;
  if (data.length === 0) throw Object.assign(new Error('stale_version'), { code: 'PT409' });
  if (evidencePaths.length > 0) await supabase.storage.from('evidence').remove(evidencePaths);
}

/** The storage paths of the evidence of an activity, a result and/or indicator values. */
export async function evidencePathsOf({ activityId, resultId, valueIds = [] }: { activityId?: string; resultId?: string; valueIds?: string[] }) {
  const owners = [
    activityId && `activity_id.eq.${activityId}`,
    resultId && `result_id.eq.${resultId}`,
    valueIds.length > 0 && `indicator_value_id.in.(${valueIds.join(',')})`,
  ].filter(Boolean);
  if (owners.length === 0) return [];
  const { data, error } = await supabase.from('evidence').select('object_path').or(owners.join(','));
  if (error) throw error;
  return data.map((file) => file.object_path);
}
