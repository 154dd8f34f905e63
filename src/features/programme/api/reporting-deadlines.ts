import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';

/** A year's deadline: after the year it reports on, as the database also checks. */
export const deadlineSchema = z
  .object({
    year: z.coerce.number<string | number>({ message: 'validation.year' }).int('validation.year').min(2000, 'validation.year').max(2100, 'validation.year'),
    due_on: z.iso.date('validation.dateRequired'),
  })
  .refine((values) => Number(values.due_on.slice(0, 4)) > values.year, { path: ['due_on'], message: 'validation.deadlineAfterYear' });
export type DeadlineInput = z.input<typeof deadlineSchema>;

export async function getReportingDeadlines() {
  const { data, error } = await supabase.from('reporting_deadlines').select('year, due_on, version').order('year', { ascending: false });
  if (error) throw error;
  return data;
}
export type ReportingDeadline = Awaited<ReturnType<typeof getReportingDeadlines>>[number];

export const reportingDeadlinesQuery = () => queryOptions({ queryKey: ['programme', 'reporting-deadlines'], queryFn: getReportingDeadlines });

/** The next deadline from today on: the report that is due next, if the calendar has it. */
export function nextDeadline(deadlines: ReportingDeadline[], today = new Date().toISOString().slice(0, 10)) {
  return [...deadlines].sort((a, b) => a.due_on.localeCompare(b.due_on)).find((deadline) => deadline.due_on >= today) ?? null;
}

/** Sets a year's deadline: a new year, or a known one as of the version loaded (a newer one is refused, PT409). */
export async function saveDeadline({ values, version }: { values: z.output<typeof deadlineSchema>; version?: number }) {
  const request = version === undefined
    ? supabase.from('reporting_deadlines').insert(values)
    : supabase.from('reporting_deadlines').update({ due_on: values.due_on, version }).eq('year', values.year);
  const { data, error } = await request.select('year, version').single();
  if (error) throw error;
  return data;
}

export function useSaveDeadline() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveDeadline, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportingDeadlinesQuery().queryKey }) });
}
