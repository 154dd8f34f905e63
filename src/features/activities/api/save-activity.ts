import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { targetLinksSchema } from '@/lib/sdg/target-links';
import { countInput } from '@/lib/number-input';
import { supabase } from '@/lib/supabase';
import { activityKinds, localisationStages, principles, targetGroups } from './activity-vocabulary';
import type { Activity } from './get-activity';
import { activityQueries } from './get-activities';

const count = countInput('validation.participants');

const datesSchema = z.object({ starts_on: z.iso.date(), ends_on: z.iso.date() });

/** The activity form's rules; the database checks the same with its constraints. */
export const activityFormSchema = z
  .object({
    title: z.string().trim().min(3, 'validation.titleLength').max(200, 'validation.titleLength'),
    description: z.string().max(10000, 'validation.descriptionLength'),
    kind: z.enum(activityKinds, { message: 'validation.kindRequired' }),
    starts_on: z.iso.date('validation.dateRequired'),
    ends_on: z.iso.date('validation.dateRequired'),
    place: z.string().max(200),
    participants_women: count,
    participants_men: count,
    participants_other: count,
    principles: z.array(z.enum(principles)),
    target_groups: z.array(z.enum(targetGroups)),
    localisation_stage: z.union([z.enum(localisationStages), z.literal('').transform(() => null)]),
    targets: targetLinksSchema,
  })
  .refine((value) => value.ends_on >= value.starts_on, {
    message: 'validation.endBeforeStart',
    path: ['ends_on'],
    // Checked as soon as both dates are valid, even while other fields still have problems.
    when: ({ value }) => datesSchema.safeParse(value).success,
  });

export type ActivityFormInput = z.input<typeof activityFormSchema>;
export type ActivityFormValues = z.output<typeof activityFormSchema>;

/** An activity as the form edits it. */
export function toActivityFormInput(activity: Activity): ActivityFormInput {
  return {
    title: activity.title,
    description: activity.description,
    kind: activity.kind as ActivityFormInput['kind'],
    starts_on: activity.starts_on,
    ends_on: activity.ends_on,
    place: activity.place,
    participants_women: activity.participants_women,
    participants_men: activity.participants_men,
    participants_other: activity.participants_other,
    principles: activity.principles as ActivityFormInput['principles'],
    target_groups: activity.target_groups as ActivityFormInput['target_groups'],
    localisation_stage: (activity.localisation_stage ?? '') as ActivityFormInput['localisation_stage'],
    targets: activity.activity_targets.map(({ target_id, contribution }) => ({ target_id, contribution })),
  };
}

interface SaveActivityInput {
  partnershipId: string;
  values: ActivityFormValues;
  /** The activity being edited and the version the form was loaded with; none for a new one. */
  existing?: { id: string; version: number };
}

export async function saveActivity({ partnershipId, values, existing }: SaveActivityInput) {
  const { targets, ...activity } = values;
  const { data, error } = await supabase.rpc('save_activity', { activity: { ...activity, ...existing, partnership_id: partnershipId }, targets });
  if (error) throw error;
  return data;
}

export function useSaveActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveActivity,
    onSuccess: (saved) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: activityQueries.lists() }),
        queryClient.invalidateQueries({ queryKey: activityQueries.detail(saved.id).queryKey }),
      ]),
  });
}
