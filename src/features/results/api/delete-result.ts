import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteVersioned, evidencePathsWhere } from '@/lib/delete-versioned';
import { resultQueries } from './get-results';

/** Deletes a result as the viewer loaded it, with its targets, indicators, values and evidence. */
export async function deleteResult({ id, version }: { id: string; version: number }) {
  await deleteVersioned('results', { id, version }, await evidencePathsWhere('result_id', id));
}

/** Deletes an indicator as the viewer loaded it, with its values. */
export async function deleteIndicator({ id, version }: { id: string; version: number }) {
  await deleteVersioned('indicators', { id, version }, []);
}

export function useDeleteResult() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteResult, onSuccess: () => queryClient.invalidateQueries({ queryKey: resultQueries.all() }) });
}

export function useDeleteIndicator() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteIndicator, onSuccess: () => queryClient.invalidateQueries({ queryKey: resultQueries.all() }) });
}
