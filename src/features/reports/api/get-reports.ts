import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { vocabularies, type Vocabulary } from '@/lib/vocabularies';

export type ReportStatus = Vocabulary<'report_status'>;

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

const completenessSchema = z.object({
  complete: z.boolean(),
  problems: z.array(
    z.object({
      kind: z.enum([
        'section_empty',
        'english_missing',
        'translation_needed',
        'section_not_ready',
        'activity_without_target',
        'indicator_without_value',
        'carried_item_undecided',
      ]),
      section: z.enum(vocabularies.report_section).optional(),
      side: z.enum(vocabularies.partnership_side).optional(),
      activity_id: z.string().optional(),
      indicator_id: z.string().optional(),
      item_id: z.string().optional(),
      item_kind: z.enum(vocabularies.carried_item_kind).optional(),
      title: z.string().optional(),
    }),
  ),
});
export type CompletenessProblem = z.infer<typeof completenessSchema>['problems'][number];

/** What still stops the report from being submitted, as the database checks it. */
export async function getCompleteness(reportId: string) {
  const { data, error } = await supabase.rpc('report_completeness', { report_id: reportId });
  if (error) throw error;
  return completenessSchema.parse(data);
}

const figure = z.number().nullable();

/** One indicator in a report: its values of the year and its progress through the year. */
const reportIndicatorSchema = z.object({
  indicator_id: z.string(),
  result_id: z.string(),
  result_title: z.string(),
  /** The result's level of change and whose change it is; absent from reports submitted before results had them. */
  result_change_level: z.enum(vocabularies.change_level).nullish(),
  result_change_side: z.enum(vocabularies.change_side).nullish(),
  title: z.string(),
  sdg_indicator_id: z.string().nullable(),
  measure: z.enum(vocabularies.measure),
  unit: z.string(),
  aggregation: z.enum(vocabularies.aggregation),
  disaggregated_by_sex: z.boolean(),
  /** The stored values of the year: the total, and by sex where the indicator counts by sex. */
  values: z.array(z.object({ value_id: z.string(), sex: z.enum(vocabularies.sex), target_value: figure, actual_value: figure, comment: z.string() })),
  /** The year's total as it counts: stored, or for a number entered only by sex the sum of the parts. */
  total: z.object({ target_value: figure, actual_value: figure, target_from_parts: z.boolean(), actual_from_parts: z.boolean() }).nullable(),
  progress: z.object({ achieved: figure, through_year: figure, target: figure, share: figure }),
});
export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;

/** The facts behind a report: as the data stand for a draft, as submitted once it is submitted or approved. */
const reportFactsSchema = z.object({
  year: z.number(),
  activities: z.number(),
  participants: z.object({ women: z.number(), men: z.number(), other: z.number() }),
  principles: z.array(z.object({ principle: z.string(), activities: z.number() })),
  stages: z.array(z.object({ stage: z.string(), activities: z.number() })),
  targets: z.array(z.object({ target_id: z.string(), direct: z.number(), indirect: z.number() })),
  indicators: z.array(reportIndicatorSchema),
});
export type ReportFacts = z.infer<typeof reportFactsSchema>;

export async function getReportFacts(reportId: string) {
  const { data, error } = await supabase.rpc('report_facts', { report_id: reportId });
  if (error) throw error;
  return reportFactsSchema.parse(data);
}

const changedValueSchema = z.object({ target_value: figure, actual_value: figure, comment: z.string() }).nullable();

/** Each section and value of the year changed since the report was last returned: as it was then, and as it is now. */
const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), key: z.enum(vocabularies.report_section), before: z.string().nullable(), after: z.string().nullable(), returned_at: z.string(), changed_at: z.string().nullable() }),
  z.object({
    kind: z.literal('value'),
    key: z.string(),
    indicator_title: z.string().nullable(),
    sex: z.enum(vocabularies.sex),
    before: changedValueSchema,
    after: changedValueSchema,
    returned_at: z.string(),
    changed_at: z.string().nullable(),
  }),
]);
export type ReportChange = z.infer<typeof changeSchema>;

export async function getChangesSinceReturn(reportId: string) {
  const { data, error } = await supabase.rpc('report_changes_since_return', { report_id: reportId });
  if (error) throw error;
  return z.array(changeSchema).parse(data);
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
  changesSinceReturn: (reportId: string) =>
    queryOptions({ queryKey: [...reportQueries.all(), 'changes-since-return', reportId], queryFn: () => getChangesSinceReturn(reportId) }),
};


