import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
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
  | 'dashboard_indicator_summary'
  | 'dashboard_result_changes';
export type ChartRows<Name extends ChartFunction> = Functions[Name]['Returns'];

/** One chart's figures, added up in the database under row-level security: only they travel. */
export async function getChart<Name extends ChartFunction>(name: Name, args: ProgrammeFilterArgs): Promise<ChartRows<Name>> {
  // The chart functions share one signature; the generic name is too wide for supabase-js to infer.
  const { data, error } = await supabase.rpc(name as 'dashboard_goals', args);
  if (error) throw error;
  return data as ChartRows<Name>;
}

export const targetActivitiesPageSize = 25;

const rowKey = z.string().regex(/^\d{4}-\d{2}-\d{2}_[0-9a-f-]{36}$/);

/**
 * Where the list of a target's activities stands, as it lives in the URL: the page's number (for
 * "page 3 of 40") and the row key it starts after, or ends before. The first page has no key.
 */
export const targetActivitiesPageSchema = z.object({
  page: z.coerce.number().int().min(0).catch(0),
  after: rowKey.optional().catch(undefined),
  before: rowKey.optional().catch(undefined),
});
export type TargetActivitiesPage = z.infer<typeof targetActivitiesPageSchema>;

/**
 * A page of the activities behind a target, newest first. Pages go by key, not by offset, so a
 * page far down the list costs what the first one does. The total is the target's row of
 * dashboard_targets (see targetTotal).
 */
export async function getTargetActivities(targetId: string, args: ProgrammeFilterArgs, position: TargetActivitiesPage) {
  const { goal_id: _goal, ...filters } = args;
  const { data, error } = await supabase.rpc('dashboard_target_activities', {
    target_id: targetId,
    ...filters,
    after_key: position.after,
    before_key: position.after ? undefined : position.before,
    row_limit: targetActivitiesPageSize,
  });
  if (error) throw error;
  return data;
}

/** The goal a target belongs to: the number before the dot (5.5 and 5.a are targets of goal 5). */
export const goalOfTarget = (targetId: string) => Number(targetId.split('.')[0]);

/** How many activities a target's list holds: its direct and indirect ones in dashboard_targets. */
export function targetTotal(rows: ChartRows<'dashboard_targets'>, targetId: string) {
  const row = rows.find((entry) => entry.target_id === targetId);
  return row ? row.activities_direct + row.activities_indirect : 0;
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
  targetActivities: (targetId: string, args: ProgrammeFilterArgs, position: TargetActivitiesPage) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'target-activities', targetId, args, position],
      queryFn: () => getTargetActivities(targetId, args, position),
      placeholderData: keepPreviousData,
    }),
  indicatorProgress: (sdgIndicatorId: string, args: ProgrammeFilterArgs) =>
    queryOptions({ queryKey: [...dashboardQueries.all(), 'indicator-progress', sdgIndicatorId, args], queryFn: () => getIndicatorProgress(sdgIndicatorId, args) }),
};
