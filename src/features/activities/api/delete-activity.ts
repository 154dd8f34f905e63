import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { activityQueries } from './get-activities';

/**
 * Deletes the activity as the viewer loaded it: when someone changed it meanwhile nothing is deleted
 * and the error says so, the same stale-edit answer a save gets. Its evidence rows go with it; their
 * files are removed once the rows are gone, so no row ever points at a missing file.
 */
export async function deleteActivity({ id, version }: { id: string; version: number }) {
  const files = await supabase.from('evidence').select('object_path').eq('activity_id', id);
  if (files.error) throw files.error;
  const { data, error } = await supabase.from('activities').delete().eq('id', id).eq('version', version).select('id');
  if (error) throw error;
  if (data.length === 0) throw Object.assign(new Error('stale_version'), { code: 'PT409' });
  if (files.data.length > 0) await supabase.storage.from('evidence').remove(files.data.map((file) => file.object_path));
}

export function useDeleteActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteActivity,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: activityQueries.detail(id).queryKey });
      return queryClient.invalidateQueries({ queryKey: activityQueries.lists() });
    },
  });
}
