import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { targetLinksSchema } from '@/lib/sdg/target-links';
import { supabase } from '@/lib/supabase';
import { resultQueries } from './get-results';
import { changeLevels, changeSides, resultLevels } from './result-vocabulary';

/** The result form's rules; the database checks the same with its constraints. */
export const resultFormSchema = z.object({
  title: z.string().trim().min(3, 'validation.titleLength').max(200, 'validation.titleLength'),
  description: z.string().max(10000, 'validation.descriptionLength'),
  level: z.enum(resultLevels, { message: 'validation.levelRequired' }),
  change_level: z.enum(changeLevels, { message: 'validation.changeLevelRequired' }),
  change_side: z.enum(changeSides, { message: 'validation.changeSideRequired' }),
  targets: targetLinksSchema,
});

export type ResultFormInput = z.input<typeof resultFormSchema>;
export type ResultFormValues = z.output<typeof resultFormSchema>;

interface SaveResultInput {
  partnershipId: string;
  values: ResultFormValues;
  existing?: { id: string; version: number };
}

export async function saveResult({ partnershipId, values, existing }: SaveResultInput) {
  const { targets, ...result } = values;
  const { data, error } = await supabase.rpc('save_result', { result: { ...result, ...existing, partnership_id: partnershipId }, targets });
  if (error) throw error;
  return data;
}

export function useSaveResult() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveResult, onSuccess: () => queryClient.invalidateQueries({ queryKey: resultQueries.all() }) });
}
