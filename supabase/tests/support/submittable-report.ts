/**
 * Brings a draft report to where its coordinator can submit it, as its members would: English
 * for every section that lacks it or lags behind another language, a decision on every item
 * carried forward (activities closed, indicators and follow-up points dropped) except those named
 * to stay undecided, a value for every indicator without one, and each section marked ready by a
 * member of the side that writes it.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';

interface Problem {
  kind: string;
  section?: string;
  indicator_id?: string;
  item_id?: string;
  item_kind?: string;
}

export interface SideWriters {
  swedish: SupabaseClient;
  partner: SupabaseClient;
}

export async function makeSubmittable(reportId: string, writers: SideWriters, text = 'Written before the review.', { undecided = [] as string[] } = {}) {
  const { data: report, error } = await writers.swedish.from('reports').select('partnership_id, year').eq('id', reportId).single();
  if (error) throw new Error(error.message);
  const { data: completeness } = await writers.swedish.rpc('report_completeness', { report_id: reportId });
  for (const problem of completeness.problems as Problem[]) {
    if (['section_empty', 'english_missing', 'translation_needed'].includes(problem.kind)) {
      const { data: latest } = await writers.swedish.from('reports').select('version').eq('id', reportId).single();
      expect((await writers.swedish.from('reports').update({ [problem.section!]: text, version: latest!.version }).eq('id', reportId)).error).toBeNull();
    } else if (problem.kind === 'carried_item_undecided' && !undecided.includes(problem.item_id!)) {
      const decision = problem.item_kind === 'activity' ? 'closed' : 'dropped';
      expect((await writers.swedish.rpc('decide_carried_item', { item_id: problem.item_id, decision })).error).toBeNull();
    } else if (problem.kind === 'indicator_without_value') {
      const value = { indicator_id: problem.indicator_id, partnership_id: report.partnership_id, year: report.year, sex: 'total', actual_value: 3 };
      expect((await writers.swedish.from('indicator_values').upsert(value, { onConflict: 'indicator_id,year,sex' })).error).toBeNull();
    }
  }
  const { data: sections } = await writers.swedish.from('report_sections').select('section, owner_side').eq('report_id', reportId);
  for (const { section, owner_side } of sections ?? []) {
    const { error: readyError } = await writers[owner_side as keyof SideWriters].rpc('mark_section_ready', { report_id: reportId, section, ready: true });
    expect(readyError).toBeNull();
  }
}
