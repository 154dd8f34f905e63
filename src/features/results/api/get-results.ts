import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

const uuid = /^[0-9a-f-]{36}$/i;
const valueColumns = 'id, year, sex, target_value, actual_value, comment, version, updated_at';
const indicatorColumns = `id, result_id, partnership_id, title, sdg_indicator_id, measure, unit, aggregation, higher_is_better, baseline_year, baseline_value, disaggregated_by_sex, version, updated_at, indicator_values(${valueColumns})` as const;
const resultColumns = `id, partnership_id, title, description, level, change_level, change_side, version, updated_at, result_targets(target_id, contribution), indicators(${indicatorColumns})` as const;

/** A partnership's results with their targets, indicators and values, oldest first. */
export async function getResults(partnershipId: string) {
  const { data, error } = await supabase
    .from('results')
    .select(resultColumns)
    .eq('partnership_id', partnershipId)
    .order('created_at')
    .order('target_id', { referencedTable: 'result_targets' })
    .order('created_at', { referencedTable: 'indicators' });
  if (error) throw error;
  return data;
}

/** One result, or null when it does not exist or is not the viewer's to see. */
export async function getResult(resultId: string) {
  if (!uuid.test(resultId)) return null;
  const { data, error } = await supabase
    .from('results')
    .select(resultColumns)
    .eq('id', resultId)
    .order('target_id', { referencedTable: 'result_targets' })
    .order('created_at', { referencedTable: 'indicators' })
    .maybeSingle();
  if (error) throw error;
  return data;
}

/** One indicator with its values, or null. */
export async function getIndicator(indicatorId: string) {
  if (!uuid.test(indicatorId)) return null;
  const { data, error } = await supabase.from('indicators').select(indicatorColumns).eq('id', indicatorId).maybeSingle();
  if (error) throw error;
  return data;
}

export type Result = Awaited<ReturnType<typeof getResults>>[number];
export type Indicator = Result['indicators'][number];
export type IndicatorValue = Indicator['indicator_values'][number];

export const resultQueries = {
  all: () => ['results'] as const,
  list: (partnershipId: string) => queryOptions({ queryKey: [...resultQueries.all(), 'list', partnershipId], queryFn: () => getResults(partnershipId) }),
  detail: (resultId: string) => queryOptions({ queryKey: [...resultQueries.all(), 'detail', resultId], queryFn: () => getResult(resultId) }),
  indicator: (indicatorId: string) => queryOptions({ queryKey: [...resultQueries.all(), 'indicator', indicatorId], queryFn: () => getIndicator(indicatorId) }),
};
