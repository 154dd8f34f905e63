import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { resultQueries, type IndicatorValue } from './get-results';
import { optionalAmount } from './numbers';
import { sexes, type Measure, type Sex } from './result-vocabulary';

const percentage = optionalAmount.refine((value) => value === null || value <= 100, 'validation.percentage');

/**
 * The year-by-year grid of one indicator: a target, an actual value and a comment per year and
 * sex. Percentages stay within 0–100, and a percentage by sex needs the year's total (shares by
 * sex do not add up to it), as the database checks too.
 */
export const valueGridSchemaFor = (measure: Measure) => {
  const amount = measure === 'percentage' ? percentage : optionalAmount;
  const grid = z.object({
    rows: z.array(
      z.object({
        year: z.number().int(),
        sex: z.enum(sexes),
        target_value: amount,
        actual_value: amount,
        comment: z.string().max(5000, 'validation.commentLength'),
      }),
    ),
  });
  if (measure !== 'percentage') return grid;
  return grid.superRefine(({ rows }, context) => {
    rows.forEach((total, index) => {
      if (total.sex !== 'total') return;
      for (const column of ['target_value', 'actual_value'] as const) {
        const partGiven = rows.some((row) => row.year === total.year && row.sex !== 'total' && row[column] !== null);
        if (partGiven && total[column] === null) context.addIssue({ code: 'custom', message: 'validation.percentageTotalRequired', path: ['rows', index, column] });
      }
    });
  });
};
type ValueGridSchema = ReturnType<typeof valueGridSchemaFor>;

export type ValueGridInput = z.input<ValueGridSchema>;
export type ValueGridValues = z.output<ValueGridSchema>;
export type ValueRow = ValueGridValues['rows'][number];

export const valueKey = (year: number, sex: Sex) => `${year}/${sex}`;

/** The stored values by year and sex: what the grid was loaded with, and their versions. */
export type StoredValues = Record<string, IndicatorValue>;

export const storedValues = (values: IndicatorValue[]): StoredValues => Object.fromEntries(values.map((value) => [valueKey(value.year, value.sex), value]));

/** The rows that differ from what is stored, each with the version it changes (none for a new one). */
export function changedEntries(rows: ValueRow[], stored: StoredValues) {
  return rows.flatMap((row) => {
    const before = stored[valueKey(row.year, row.sex)];
    const same = before
      ? before.target_value === row.target_value && before.actual_value === row.actual_value && before.comment === row.comment
      : row.target_value === null && row.actual_value === null && row.comment === '';
    return same ? [] : [{ ...row, version: before?.version ?? null }];
  });
}

export async function saveIndicatorValues({ indicatorId, rows, stored }: { indicatorId: string; rows: ValueRow[]; stored: StoredValues }) {
  const { data, error } = await supabase.rpc('save_indicator_values', { indicator_id: indicatorId, entries: changedEntries(rows, stored) });
  if (error) throw error;
  return data as IndicatorValue[];
}

export function useSaveIndicatorValues() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveIndicatorValues, onSuccess: () => queryClient.invalidateQueries({ queryKey: resultQueries.all() }) });
}
