import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';

type Functions = Database['public']['Functions'];
export type ChartFunction =
  | 'dashboard_headline'
  | 'dashboard_goals'
  | 'dashboard_targets'
  | 'dashboard_report_status'
  | 'dashboard_years'
  | 'dashboard_target_groups'
  | 'dashboard_indicator_summary';
export type ChartRows<Name extends ChartFunction> = Functions[Name]['Returns'];

/** One chart's figures, added up in the database under row-level security: only they travel. */
export async function getChart<Name extends ChartFunction>(name: Name, args: ProgrammeFilterArgs): Promise<ChartRows<Name>> {
  // The chart functions share one signature; the generic name is too wide for supabase-js to infer.
  const { data, error } = await supabase.rpc(name as 'dashboard_goals', args);
  if (error) throw error;
  return data as unknown as ChartRows<Name>;
}

export const targetActivitiesPageSize = 25;

/** A page of the activities behind a target, newest first, with the total. */
export async function getTargetActivities(targetId: string, args: ProgrammeFilterArgs, page: number) {
  const { goal_id: _goal, ...filters } = args;
  const from = page * targetActivitiesPageSize;
  const { data, error, count } = await supabase
    .rpc('dashboard_target_activities', { target_id: targetId, ...filters }, { count: 'exact' })
    .range(from, from + targetActivitiesPageSize - 1);
  if (error) throw error;
  return { rows: data, total: count ?? data.length };
}

/** Each partnership indicator that reports one official SDG indicator, with its progress. */
export async function getIndicatorProgress(sdgIndicatorId: string, args: ProgrammeFilterArgs) {
  const { data, error } = await supabase.rpc('dashboard_indicator_progress', {
    sdg_indicator_id: sdgIndicatorId,
    year_from: args.year_from,
    year_to: args.year_to,
    country_code: args.country_code,
    region: args.region,
    partnership_id: args.partnership_id,
  });
  if (error) throw error;
  return data;
}

// Keeping the previous figures while new ones load stops the page jumping at every filter change.
export const dashboardQueries = {
  all: () => ['dashboards'] as const,
  chart: <Name extends ChartFunction>(name: Name, args: ProgrammeFilterArgs) =>
    queryOptions({ queryKey: [...dashboardQueries.all(), name, args], queryFn: () => getChart(name, args), placeholderData: keepPreviousData }),
  targetActivities: (targetId: string, args: ProgrammeFilterArgs, page: number) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'target-activities', targetId, args, page],
      queryFn: () => getTargetActivities(targetId, args, page),
      placeholderData: keepPreviousData,
    }),
  indicatorProgress: (sdgIndicatorId: string, args: ProgrammeFilterArgs) =>
    queryOptions({ queryKey: [...dashboardQueries.all(), 'indicator-progress', sdgIndicatorId, args], queryFn: () => getIndicatorProgress(sdgIndicatorId, args) }),
};
