import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { isStaleEdit } from '@/lib/write-errors';
import { reportQueries } from './get-reports';
import { sectionMerge, type ReportSection } from './report-sections';

export type Side = 'swedish' | 'partner';

/** Per section: who writes it, who has marked it ready on each side, its other languages, whether its English lags. */
async function getSectionStatus(reportId: string) {
  const { data, error } = await supabase.rpc('report_section_status', { report_id: reportId });
  if (error) throw error;
  return data;
}
export type SectionStatus = Awaited<ReturnType<typeof getSectionStatus>>[number];

// Who last wrote each text: members see the names of everyone who acted on their partnership.
const sectionTextColumns = 'id, section, language, body, version, updated_at, editor:profiles(full_name)';

/** The report's texts in other languages than English. */
async function getSectionTexts(reportId: string) {
  const { data, error } = await supabase.from('report_section_texts').select(sectionTextColumns).eq('report_id', reportId).order('language');
  if (error) throw error;
  return data;
}
export type SectionText = Awaited<ReturnType<typeof getSectionTexts>>[number];

/** Who else is writing which section now. */
async function getPresence(reportId: string) {
  const { data, error } = await supabase.rpc('report_presence_now', { report_id: reportId });
  if (error) throw error;
  return data;
}

// Presence is read every 15 seconds and renewed every 20 while someone types; the database
// forgets a person 45 seconds after their last sign of life.
export const presenceRefresh = 15_000;
export const presenceRenewal = 20_000;

export const sectionQueries = {
  all: (reportId: string) => [...reportQueries.all(), 'sections', reportId] as const,
  status: (reportId: string) => queryOptions({ queryKey: [...sectionQueries.all(reportId), 'status'], queryFn: () => getSectionStatus(reportId) }),
  texts: (reportId: string) => queryOptions({ queryKey: [...sectionQueries.all(reportId), 'texts'], queryFn: () => getSectionTexts(reportId) }),
  presence: (reportId: string) =>
    queryOptions({ queryKey: [...sectionQueries.all(reportId), 'presence'], queryFn: () => getPresence(reportId), refetchInterval: presenceRefresh, staleTime: 0 }),
};

/** A saved text or decision changes the sections' readiness and translation state, and what the report still lacks. */
export const invalidateSectionState = (queryClient: QueryClient, reportId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: reportQueries.completeness(reportId).queryKey }),
    queryClient.invalidateQueries({ queryKey: sectionQueries.all(reportId) }),
  ]);

function useRefreshSections(reportId: string) {
  const queryClient = useQueryClient();
  return () => invalidateSectionState(queryClient, reportId);
}

export function useMarkSectionReady(reportId: string) {
  const refresh = useRefreshSections(reportId);
  return useMutation({
    mutationFn: async ({ section, ready }: { section: ReportSection; ready: boolean }) => {
      const { error } = await supabase.rpc('mark_section_ready', { report_id: reportId, section, ready });
      if (error) throw error;
    },
    onSuccess: refresh,
  });
}

export function useSetSectionOwner(reportId: string) {
  const refresh = useRefreshSections(reportId);
  return useMutation({
    mutationFn: async ({ section, owner }: { section: ReportSection; owner: Side }) => {
      const { error } = await supabase.rpc('set_section_owner', { report_id: reportId, section, owner_side: owner });
      if (error) throw error;
    },
    onSuccess: refresh,
  });
}

export async function touchPresence(reportId: string, section: ReportSection) {
  await supabase.rpc('touch_report_presence', { report_id: reportId, section });
}

export async function leavePresence(reportId: string) {
  await supabase.from('report_presence').delete().eq('report_id', reportId);
}

interface SaveTextInput {
  report: { id: string; partnership_id: string };
  section: ReportSection;
  language: string;
  /** The text as the writer last saw it saved, and as it reads now. */
  base: string;
  mine: string;
  /** The row's version as the writer read it; none for a language not yet saved. */
  version: number | null;
  overwrite?: boolean;
}

export type SaveTextOutcome = { kind: 'saved' | 'conflict'; text: SectionText };

async function latestText({ report, section, language }: Pick<SaveTextInput, 'report' | 'section' | 'language'>) {
  const { data, error } = await supabase
    .from('report_section_texts')
    .select(sectionTextColumns)
    .eq('report_id', report.id)
    .eq('section', section)
    .eq('language', language)
    .maybeSingle();
  if (error) throw error;
  return data;
}

/**
 * Saves a section's text in one language from the version the writer has, as the English text
 * is saved: a change someone else made meanwhile to the same text is the writer's to decide on.
 */
export async function saveSectionText(input: SaveTextInput): Promise<SaveTextOutcome> {
  const { report, section, language, base, mine, overwrite = false } = input;
  let version = input.version;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { data, error } =
      version === null
        ? await supabase.from('report_section_texts').insert({ report_id: report.id, partnership_id: report.partnership_id, section, language, body: mine }).select(sectionTextColumns).single()
        : await supabase.from('report_section_texts').update({ body: mine, version }).eq('report_id', report.id).eq('section', section).eq('language', language).select(sectionTextColumns).single();
    if (!error) return { kind: 'saved', text: data };
    if (!isStaleEdit(error) && error.code !== '23505') throw error;
    const latest = await latestText(input);
    if (!latest) throw error;
    const decision = overwrite ? 'retry' : sectionMerge({ base, mine, latest: latest.body });
    if (decision === 'same') return { kind: 'saved', text: latest };
    if (decision === 'conflict') return { kind: 'conflict', text: latest };
    version = latest.version;
  }
  throw new Error('The text keeps changing: try again in a moment.');
}
