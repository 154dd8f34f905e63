import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { vocabularies, type Vocabulary } from '@/lib/vocabularies';
import { reportQueries } from './get-reports';
import { reportErrorMessage } from './write-report';

export type CarriedItemKind = Vocabulary<'carried_item_kind'>;
export type CarryDecision = Vocabulary<'carry_decision'>;

/** The two decisions each kind of carried item allows (as the database checks them), the going-on one first. */
export const decisionsOf = {
  activity: ['continued', 'closed'],
  indicator: ['kept', 'dropped'],
  follow_up: ['kept', 'dropped'],
} as const satisfies Record<CarriedItemKind, readonly [CarryDecision, CarryDecision]>;

/** A decision on an item of a kind, as `kind.decision`: the pairs that exist, for texts that differ per kind. */
export type KindDecision = { [Kind in CarriedItemKind]: `${Kind}.${(typeof decisionsOf)[Kind][number]}` }[CarriedItemKind];
export const kindDecision = (kind: CarriedItemKind, decision: CarryDecision) => `${kind}.${decision}` as KindDecision;

const carriedItemSchema = z.object({
  id: z.string(),
  kind: z.enum(vocabularies.carried_item_kind),
  title: z.string(),
  source_year: z.number(),
  activity_id: z.string().nullable(),
  result_id: z.string().nullable(),
  indicator_id: z.string().nullable(),
  comment_id: z.string().nullable(),
  decision: z.enum(vocabularies.carry_decision).nullable(),
  decided_at: z.string().nullable(),
  decided_by_name: z.string().nullable(),
  continued_as_id: z.string().nullable(),
});
export type CarriedItem = z.infer<typeof carriedItemSchema>;

/** What a report carries forward from the earlier one, with each decision; empty for a report started afresh. */
export async function getCarriedItems(reportId: string) {
  const { data, error } = await supabase.rpc('carried_items', { report_id: reportId });
  if (error) throw error;
  return z.array(carriedItemSchema).parse(data);
}

export const carriedItemQueries = {
  of: (reportId: string) => queryOptions({ queryKey: [...reportQueries.all(), 'carried-items', reportId], queryFn: () => getCarriedItems(reportId) }),
};

/** Decides one carried item; the database checks who decides, the report's state, and that the decision fits. */
export async function decideCarriedItem({ itemId, decision }: { itemId: string; decision: CarryDecision }) {
  const { data, error } = await supabase.rpc('decide_carried_item', { item_id: itemId, decision });
  if (error) throw error;
  return data;
}

export function useDecideCarriedItem() {
  const queryClient = useQueryClient();
  // A decision can add an activity and indicator values to the year: the report's facts and checklist change with it.
  return useMutation({ mutationFn: decideCarriedItem, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportQueries.all() }) });
}

/** Why starting with carry-forward or deciding an item was refused, as a translation key. */
export function carryForwardErrorMessage(error: unknown) {
  const message = (error as { message?: string } | null)?.message ?? '';
  if (['not_member', 'nothing_to_carry_forward', 'carried_item_decided', 'carried_item_not_found'].includes(message)) return `carryForward.errors.${message}`;
  return reportErrorMessage(error);
}

/** The newest year before this one with a report: what a new report may carry forward from. */
export function yearToCarryFrom(reportYears: number[], year: number): number | undefined {
  const earlier = reportYears.filter((other) => other < year);
  return earlier.length > 0 ? Math.max(...earlier) : undefined;
}
