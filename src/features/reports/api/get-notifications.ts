import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { isOneOf } from '@/lib/vocabularies';

/** News fades: reviews older than this are in the reports' timelines, not on the home page. */
const recentDays = 90;
const reviews = ['returned', 'approved'] as const;

/** The latest reviews of the viewer's partnerships' reports: returns and approvals, newest first. */
export async function getReviewNotifications(partnershipIds: string[], now = new Date()) {
  if (partnershipIds.length === 0) return [];
  const since = new Date(now.getTime() - recentDays * 86_400_000).toISOString();
  const { data, error } = await supabase
    .from('report_events')
    .select('id, to_status, note, created_at, report:reports(year, partnership:partnerships(id, name)), actor:profiles(full_name)')
    .in('partnership_id', partnershipIds)
    .in('to_status', reviews)
    .gte('created_at', since)
    .order('created_at', { ascending: false })
    .limit(5);
  if (error) throw error;
  return data.flatMap(({ to_status, ...event }) => (isOneOf(reviews, to_status) ? [{ ...event, to_status }] : []));
}

export const notificationsQuery = (partnershipIds: string[]) =>
  queryOptions({ queryKey: ['reports', 'notifications', ...partnershipIds], queryFn: () => getReviewNotifications(partnershipIds) });
