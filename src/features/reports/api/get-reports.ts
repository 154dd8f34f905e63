import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'approved';

/** A partnership's yearly reports, newest year first, with their review state. */
export async function getPartnershipReports(partnershipId: string) {
  const { data, error } = await supabase
    .from('reports')
    .select('id, year, status, submitted_at, reviewed_at, version')
    .eq('partnership_id', partnershipId)
    .order('year', { ascending: false });
  if (error) throw error;
  return data.map((report) => ({ ...report, status: report.status as ReportStatus }));
}

export type PartnershipReport = Awaited<ReturnType<typeof getPartnershipReports>>[number];

/** The years whose report is with the reviewers or approved: the database refuses changes to them. */
export type FrozenState = 'submitted' | 'approved';
const isFrozen = (report: PartnershipReport): report is PartnershipReport & { status: FrozenState } => report.status === 'submitted' || report.status === 'approved';

/** The years whose report is submitted or approved, with that state. */
export const frozenYearStates = (reports: PartnershipReport[]): ReadonlyMap<number, FrozenState> =>
  new Map(reports.filter(isFrozen).map((report) => [report.year, report.status]));

export const frozenYears = (reports: PartnershipReport[]) => [...frozenYearStates(reports).keys()];

export const reportColumns =
  'id, partnership_id, year, status, summary, contribution, localisation_progress, challenges, lessons_learned, next_year_plan, submitted_at, reviewed_at, version, updated_at';

/** A partnership's report for a year, or null when it has not been started (or is not the viewer's to see). */
export async function getReport(partnershipId: string, year: number) {
  const { data, error } = await supabase.from('reports').select(reportColumns).eq('partnership_id', partnershipId).eq('year', year).maybeSingle();
  if (error) throw error;
  return data && { ...data, status: data.status as ReportStatus };
}

export type Report = NonNullable<Awaited<ReturnType<typeof getReport>>>;

export interface CompletenessProblem {
  kind: 'section_empty' | 'activity_without_target' | 'indicator_without_value';
  section?: string;
  activity_id?: string;
  indicator_id?: string;
  title?: string;
}

/** What still stops the report from being submitted, as the database checks it. */
export async function getCompleteness(reportId: string) {
  const { data, error } = await supabase.rpc('report_completeness', { report_id: reportId });
  if (error) throw error;
  return data as unknown as { complete: boolean; problems: CompletenessProblem[] };
}

type Sex = 'total' | 'women' | 'men' | 'other';

/** One indicator in a report: its values of the year and its progress through the year. */
export interface ReportIndicator {
  indicator_id: string;
  result_id: string;
  result_title: string;
  title: string;
  sdg_indicator_id: string | null;
  measure: 'number' | 'percentage' | 'qualitative';
  unit: string;
  aggregation: 'sum' | 'cumulative' | 'latest';
  disaggregated_by_sex: boolean;
  /** The stored values of the year: the total, and by sex where the indicator counts by sex. */
  values: { value_id: string; sex: Sex; target_value: number | null; actual_value: number | null; comment: string }[];
  /** The year's total as it counts: stored, or for a number entered only by sex the sum of the parts. */
  total: { target_value: number | null; actual_value: number | null; target_from_parts: boolean; actual_from_parts: boolean } | null;
  progress: { achieved: number | null; through_year: number | null; target: number | null; share: number | null };
}

/** The facts behind a report: as the data stand for a draft, as submitted once it is submitted or approved. */
export interface ReportFacts {
  year: number;
  activities: number;
  participants: { women: number; men: number; other: number };
  principles: { principle: string; activities: number }[];
  stages: { stage: string; activities: number }[];
  targets: { target_id: string; direct: number; indirect: number }[];
  indicators: ReportIndicator[];
}

export async function getReportFacts(reportId: string) {
  const { data, error } = await supabase.rpc('report_facts', { report_id: reportId });
  if (error) throw error;
  return data as unknown as ReportFacts;
}

export const reportQueries = {
  all: () => ['reports'] as const,
  byPartnership: (partnershipId: string) =>
    queryOptions({ queryKey: [...reportQueries.all(), 'partnership', partnershipId], queryFn: () => getPartnershipReports(partnershipId) }),
  detail: (partnershipId: string, year: number) =>
    queryOptions({ queryKey: [...reportQueries.all(), 'detail', partnershipId, year], queryFn: () => getReport(partnershipId, year) }),
  // Always checked afresh: what it checks (activities, indicator values) is fixed on other pages,
  // whose saves know nothing of reports; a cached answer would keep Submit disabled after a fix.
  completeness: (reportId: string) =>
    queryOptions({ queryKey: [...reportQueries.all(), 'completeness', reportId], queryFn: () => getCompleteness(reportId), staleTime: 0 }),
  // The facts sum up activities and values edited on other pages: fetched afresh whenever a report shows them.
  facts: (reportId: string) => queryOptions({ queryKey: [...reportQueries.all(), 'facts', reportId], queryFn: () => getReportFacts(reportId), staleTime: 0 }),
};


