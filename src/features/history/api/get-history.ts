import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { type Vocabulary } from '@/lib/vocabularies';

const valueFields = ['target_value', 'actual_value', 'comment'] as const;
export type ValueField = (typeof valueFields)[number];

/** One field of an indicator value as the change left it: before → after (null when not set). */
export interface ValueFieldChange {
  field: ValueField;
  before: string | number | null;
  after: string | number | null;
}

/** What a change to an indicator value was: which indicator, year and sex, and which fields changed how. */
export interface IndicatorValueChange {
  indicator: string | null;
  year: number;
  sex: Vocabulary<'sex'>;
  changes: ValueFieldChange[];
}

export interface HistoryEntry {
  id: number;
  table_name: string;
  action: 'insert' | 'update' | 'delete';
  changed_at: string;
  actor: string | null;
  /** What the row is called (its title or file name), from after the change or, for a deletion, before. */
  subject: string | null;
  /** For an indicator value, what it says beyond a name. */
  value: IndicatorValueChange | null;
}

type Row = Record<string, unknown> | null;

const nameOf = (row: Row) => {
  const name = row?.title ?? row?.file_name ?? row?.target_id ?? (row?.year !== undefined ? String(row.year) : null);
  return typeof name === 'string' ? name : null;
};

const fieldValue = (row: Row, field: ValueField) => {
  const value = row?.[field];
  return value === undefined || value === null || value === '' ? null : (value as string | number);
};

/** The fields an indicator value change touched; an addition or removal shows what was set. */
function valueChanges(before: Row, after: Row): ValueFieldChange[] {
  return valueFields
    .map((field) => ({ field, before: fieldValue(before, field), after: fieldValue(after, field) }))
    .filter((change) => change.before !== change.after);
}

async function indicatorTitles(ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const { data, error } = await supabase.from('indicators').select('id, title').in('id', ids);
  if (error) throw error;
  return new Map(data.map((indicator) => [indicator.id, indicator.title]));
}

async function personNames(ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const { data, error } = await supabase.from('profiles').select('id, full_name').in('id', ids);
  if (error) throw error;
  return new Map(data.map((person) => [person.id, person.full_name]));
}

const distinct = (values: unknown[]) => [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))];

/** The latest changes to a partnership's content, newest first, with who made them. */
export async function getRecentHistory(partnershipId: string, limit = 10): Promise<HistoryEntry[]> {
  const { data, error } = await supabase
    .from('history')
    .select('id, table_name, action, changed_at, actor_id, before, after')
    .eq('partnership_id', partnershipId)
    .order('changed_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(limit);
  if (error) throw error;
  const rowOf = (entry: (typeof data)[number]) => (entry.after ?? entry.before) as Row;
  const values = data.filter((entry) => entry.table_name === 'indicator_values');
  const [names, titles] = await Promise.all([personNames(distinct(data.map((entry) => entry.actor_id))), indicatorTitles(distinct(values.map((entry) => rowOf(entry)?.indicator_id)))]);
  return data.map((entry) => {
    const row = rowOf(entry);
    return {
      id: entry.id,
      table_name: entry.table_name,
      action: entry.action as HistoryEntry['action'],
      changed_at: entry.changed_at,
      actor: entry.actor_id ? (names.get(entry.actor_id) ?? null) : null,
      subject: nameOf(row),
      value:
        entry.table_name === 'indicator_values'
          ? {
              indicator: titles.get(String(row?.indicator_id)) ?? null,
              year: Number(row?.year),
              sex: (row?.sex ?? 'total') as IndicatorValueChange['sex'],
              changes: valueChanges(entry.before as Row, entry.after as Row),
            }
          : null,
    };
  });
}

export const historyQueries = {
  recent: (partnershipId: string) => queryOptions({ queryKey: ['history', partnershipId], queryFn: () => getRecentHistory(partnershipId) }),
};
