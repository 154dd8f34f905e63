import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteVersioned, evidencePathsOf } from '@/lib/delete-versioned';
import { resultQueries, type Indicator, type Result } from './get-results';

const valueIdsOf = (indicators: Indicator[]) => indicators.flatMap((indicator) => indicator.indicator_values.map((value) => value.id));

/** Deletes a result as the viewer loaded it, with its targets, indicators, values and their evidence. */
export async function deleteResult(result: Result) {
  await deleteVersioned('results', result, await evidencePathsOf({ resultId: result.id, valueIds: valueIdsOf(result.indicators) }));
}

/** Deletes an indicator as the viewer loaded it, with its values and their evidence. */
export async function deleteIndicator(indicator: Indicator) {
  await deleteVersioned('indicators', indicator, await evidencePathsOf({ valueIds: valueIdsOf([indicator]) }));
}

export function useDeleteResult() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteResult, onSuccess: () => queryClient.invalidateQueries({ queryKey: resultQueries.all() }) });
}

export function useDeleteIndicator() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteIndicator, onSuccess: () => queryClient.invalidateQueries({ queryKey: resultQueries.all() }) });
}
