import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { isStaleEdit } from '@/lib/write-errors';
import { getReport, reportColumns, reportQueries, type Report } from './get-reports';
import { sectionMerge, type ReportSection, type TextSaveInput, type TextSaveOutcome } from './report-sections';
import { invalidateSectionState } from './section-sides';

/**
 * Starts a partnership's report for a year: a draft its members then write, empty or with what the
 * newest earlier report carries forward proposed for their decision.
 */
export async function startReport({ partnershipId, year, carryForward }: { partnershipId: string; year: number; carryForward: boolean }) {
  const { data, error } = await supabase.rpc('start_report', { partnership_id: partnershipId, year, carry_forward: carryForward });
  if (error) throw error;
  return data;
}

export function useStartReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: startReport, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportQueries.all() }) });
}

interface SaveSectionInput {
  report: Pick<Report, 'id' | 'partnership_id' | 'year'>;
  section: ReportSection;
  /** The section as the writer last saw it saved, and as it reads now. */
  base: string;
  mine: string;
  version: number;
  /** Save over a change someone else made to this section (the writer has seen it and chosen). */
  overwrite?: boolean;
}

export type SaveSectionOutcome = { kind: 'saved'; report: Report } | { kind: 'conflict'; report: Report };

/**
 * Saves one section from the version the writer has. When someone else saved meanwhile, the
 * section goes on top of their version only if they did not change this section; otherwise the
 * writer is asked. Two people writing different sections never overwrite each other.
 */
export async function saveReportSection({ report, section, base, mine, version, overwrite = false }: SaveSectionInput): Promise<SaveSectionOutcome> {
  let atVersion = version;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const change: Partial<Record<ReportSection, string>> & { version: number } = { [section]: mine, version: atVersion };
    const { data, error } = await supabase.from('reports').update(change).eq('id', report.id).select(reportColumns).single();
    if (!error) return { kind: 'saved', report: data as Report };
    if (!isStaleEdit(error)) throw error;
    const latest = await getReport(report.partnership_id, report.year);
    if (!latest) throw error;
    const decision = overwrite ? 'retry' : sectionMerge({ base, mine, latest: latest[section] });
    if (decision === 'same') return { kind: 'saved', report: latest };
    if (decision === 'conflict') return { kind: 'conflict', report: latest };
    atVersion = latest.version;
  }
  throw new Error('The report keeps changing: try again in a moment.');
}

/**
 * The English text of one section, saved against the report version the editor is at (shared by
 * all its sections: each save moves it on).
 */
export function useSaveReportSection(report: Report, section: ReportSection, versionRef: { current: number }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ base, mine, overwrite }: TextSaveInput): Promise<TextSaveOutcome> => {
      const outcome = await saveReportSection({ report, section, base, mine, version: versionRef.current, overwrite });
      versionRef.current = outcome.report.version;
      queryClient.setQueryData(reportQueries.detail(outcome.report.partnership_id, outcome.report.year).queryKey, outcome.report);
      return outcome.kind === 'saved' ? { kind: 'saved' } : { kind: 'conflict', saved: outcome.report[section], savedAt: outcome.report.updated_at };
    },
    onSuccess: () => invalidateSectionState(queryClient, report.id),
  });
}

/** Submits the report for review: the database checks the coordinator role, the state and completeness. */
export async function submitReport(reportId: string) {
  const { data, error } = await supabase.rpc('submit_report', { report_id: reportId });
  if (error) throw error;
  return data;
}

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: submitReport, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportQueries.all() }) });
}

/** Why a report action was refused, as a translation key. */
export function reportErrorMessage(error: unknown) {
  const message = (error as { message?: string } | null)?.message ?? '';
  const known = ['not_coordinator', 'not_staff', 'not_admin', 'report_incomplete', 'report_wrong_state', 'comment_required', 'reason_required', 'year_frozen', 'report_not_found'];
  if (known.includes(message)) return `reports.errors.${message}`;
  if ((error as { code?: string } | null)?.code === '23505') return 'reports.errors.already_started';
  return error instanceof TypeError ? 'errors.offline' : 'errors.generic';
}
