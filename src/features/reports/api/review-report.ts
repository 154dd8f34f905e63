import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { isOneOf } from '@/lib/vocabularies';
import { obligationsQuery } from './get-obligations';
import { reportQueries } from './get-reports';
import { reportSections } from './report-sections';

/** A comment on a report: on the whole report, pinned to a section or to an indicator value, or an answer. */
export async function getReportComments(reportId: string) {
  const { data, error } = await supabase
    .from('report_comments')
    .select('id, body, section, indicator_value_id, reply_to_id, created_at, author:profiles(id, full_name)')
    .eq('report_id', reportId)
    .order('created_at');
  if (error) throw error;
  return data;
}

export type ReportComment = Awaited<ReturnType<typeof getReportComments>>[number];

/** The report's timeline: every change of state, who made it, when, and why. */
export async function getReportEvents(reportId: string) {
  const { data, error } = await supabase
    .from('report_events')
    .select('id, from_status, to_status, note, created_at, actor:profiles(full_name)')
    .eq('report_id', reportId)
    .order('created_at')
    .order('id');
  if (error) throw error;
  return data;
}

export const reviewQueries = {
  comments: (reportId: string) => queryOptions({ queryKey: ['reports', 'comments', reportId], queryFn: () => getReportComments(reportId) }),
  events: (reportId: string) => queryOptions({ queryKey: ['reports', 'events', reportId], queryFn: () => getReportEvents(reportId) }),
};

/** A comment's text and what it is about; the database checks the same. */
export const commentSchema = z.object({
  body: z.string().trim().min(1, 'validation.commentRequired').max(10000, 'validation.commentLength'),
  about: z.union([z.literal('report'), z.enum(reportSections), z.string().startsWith('value:')]),
});
export type CommentValues = z.infer<typeof commentSchema>;

interface AddCommentInput {
  report: { id: string; partnership_id: string };
  values: CommentValues;
  replyTo?: string;
}

export async function addReportComment({ report, values, replyTo }: AddCommentInput) {
  const { data: session } = await supabase.auth.getSession();
  const about = values.about;
  const { data, error } = await supabase
    .from('report_comments')
    .insert({
      report_id: report.id,
      partnership_id: report.partnership_id,
      author_id: session.session?.user.id ?? '',
      body: values.body,
      section: isOneOf(reportSections, about) ? about : null,
      indicator_value_id: about.startsWith('value:') ? about.slice('value:'.length) : null,
      reply_to_id: replyTo ?? null,
    })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

export function useAddReportComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addReportComment,
    // An answer may settle one of the partnership's open obligations.
    onSuccess: (_, { report }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: reviewQueries.comments(report.id).queryKey }),
        queryClient.invalidateQueries({ queryKey: obligationsQuery().queryKey }),
      ]),
  });
}

type Transition = { kind: 'return'; comment: string } | { kind: 'approve' } | { kind: 'reopen'; reason: string };

/** Moves a report on through the database's functions, which check the role and the state. */
export async function moveReport({ reportId, transition }: { reportId: string; transition: Transition }) {
  const { error } =
    transition.kind === 'return'
      ? await supabase.rpc('return_report', { report_id: reportId, comment: transition.comment })
      : transition.kind === 'approve'
        ? await supabase.rpc('approve_report', { report_id: reportId })
        : await supabase.rpc('reopen_report', { report_id: reportId, reason: transition.reason });
  if (error) throw error;
}

export function useMoveReport() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: moveReport, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportQueries.all() }) });
}
