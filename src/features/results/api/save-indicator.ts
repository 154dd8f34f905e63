import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { resultQueries } from './get-results';
import { aggregations } from './indicator-progress';
import { optionalAmount, optionalYear } from './numbers';
import { measures } from './result-vocabulary';

// The baseline's own fields: the rules between them apply as soon as these are readable.
const baselineSchema = z.object({ measure: z.enum(measures), baseline_year: optionalYear, baseline_value: optionalAmount });

/** The indicator form's rules; the database checks the same with its constraints. */
export const indicatorFormSchema = z
  .object({
    title: z.string().trim().min(3, 'validation.titleLength').max(200, 'validation.titleLength'),
    sdg_indicator_id: z.string().transform((id) => id || null),
    measure: z.enum(measures, { message: 'validation.measureRequired' }),
    unit: z.string().trim().max(50, 'validation.unitLength'),
    aggregation: z.enum(aggregations),
    direction: z.enum(['higher', 'lower']),
    baseline_year: optionalYear,
    baseline_value: optionalAmount,
    disaggregated_by_sex: z.boolean(),
  })
  .refine((value) => value.measure === 'qualitative' || (value.baseline_year === null) === (value.baseline_value === null), {
    message: 'validation.baselineComplete',
    path: ['baseline_value'],
    when: ({ value }) => baselineSchema.safeParse(value).success,
  })
  .refine((value) => value.measure !== 'percentage' || value.baseline_value === null || value.baseline_value <= 100, {
    message: 'validation.percentage',
    path: ['baseline_value'],
    when: ({ value }) => baselineSchema.safeParse(value).success,
  });

export type IndicatorFormInput = z.input<typeof indicatorFormSchema>;
export type IndicatorFormValues = z.output<typeof indicatorFormSchema>;

interface SaveIndicatorInput {
  result: { id: string; partnership_id: string };
  values: IndicatorFormValues;
  existing?: { id: string; version: number };
}

export async function saveIndicator({ result, values, existing }: SaveIndicatorInput) {
  const { direction, ...columns } = values;
  const row = { ...columns, higher_is_better: direction === 'higher' };
  const query = existing
    ? supabase.from('indicators').update({ ...row, version: existing.version }).eq('id', existing.id)
    : supabase.from('indicators').insert({ ...row, result_id: result.id, partnership_id: result.partnership_id });
  const { data, error } = await query.select('id, version').single();
  if (error) throw error;
  return data;
}

export function useSaveIndicator() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveIndicator, onSuccess: () => queryClient.invalidateQueries({ queryKey: resultQueries.all() }) });
}
