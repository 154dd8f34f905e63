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
export const frozenYears = (reports: PartnershipReport[]) =>
  reports.filter((report) => report.status === 'submitted' || report.status === 'approved').map((report) => report.year);

export const reportQueries = {
  all: () => ['reports'] as const,
  byPartnership: (partnershipId: string) =>
    queryOptions({ queryKey: [...reportQueries.all(), 'partnership', partnershipId], queryFn: () => getPartnershipReports(partnershipId) }),
};
