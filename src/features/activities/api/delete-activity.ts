import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteVersioned, evidencePathsOf } from '@/lib/delete-versioned';
import { activityQueries } from './get-activities';

/** Deletes the activity as the viewer loaded it, with its target links and evidence. */
export async function deleteActivity({ id, version }: { id: string; version: number }) {
  await deleteVersioned('activities', { id, version }, await evidencePathsOf({ activityId: id }));
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
