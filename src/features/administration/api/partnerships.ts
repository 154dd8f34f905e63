import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { vocabularies } from '@/lib/vocabularies';

export const partnershipStatuses = vocabularies.partnership_status;

const year = z.coerce.number<string | number>({ message: 'validation.year' }).int('validation.year').min(2000, 'validation.year').max(2100, 'validation.year');

/** The partnership form's rules; the database checks the same with its constraints and save_partnership. */
export const partnershipSchema = z
  .object({
    name: z.string().trim().min(3, 'validation.titleLength').max(200, 'validation.titleLength'),
    status: z.enum(partnershipStatuses),
    starts_year: year,
    ends_year: z.union([z.literal(''), year]),
    focus_goal_ids: z.array(z.coerce.number<string | number>()),
    description: z.string().max(5000, 'validation.partnershipDescription'),
    is_public: z.boolean(),
    swedish_organisation_ids: z.array(z.string()).min(1, 'validation.swedishSide'),
    partner_organisation_ids: z.array(z.string()).min(1, 'validation.partnerSide'),
  })
  .refine((values) => values.ends_year === '' || values.ends_year >= values.starts_year, { path: ['ends_year'], message: 'validation.endYearBeforeStart' })
  .transform(({ ends_year, ...values }) => ({ ...values, ends_year: ends_year === '' ? null : ends_year }));
export type PartnershipInput = z.input<typeof partnershipSchema>;
export type PartnershipValues = z.output<typeof partnershipSchema>;

const sides = 'partnership_organisations(side, organisation:organisations(id, name, country_code))';

export async function getAdminPartnerships() {
  const { data, error } = await supabase.from('partnerships').select(`id, name, status, starts_year, ends_year, is_public, ${sides}`).order('name');
  if (error) throw error;
  return data;
}
export type AdminPartnershipRow = Awaited<ReturnType<typeof getAdminPartnerships>>[number];

export async function getAdminPartnership(id: string) {
  const { data, error } = await supabase
    .from('partnerships')
    .select(`id, name, status, starts_year, ends_year, focus_goal_ids, description, is_public, version, updated_at, ${sides}`)
    .eq('id', id)
    .maybeSingle();
  if (error) throw error;
  return data;
}
export type AdminPartnership = NonNullable<Awaited<ReturnType<typeof getAdminPartnership>>>;

export const toPartnershipInput = (partnership: AdminPartnership): PartnershipInput => ({
  name: partnership.name,
  status: partnership.status as PartnershipInput['status'],
  starts_year: partnership.starts_year,
  ends_year: partnership.ends_year ?? '',
  focus_goal_ids: partnership.focus_goal_ids.map(String),
  description: partnership.description,
  is_public: partnership.is_public,
  swedish_organisation_ids: partnership.partnership_organisations.filter((side) => side.side === 'swedish').map((side) => side.organisation.id),
  partner_organisation_ids: partnership.partnership_organisations.filter((side) => side.side === 'partner').map((side) => side.organisation.id),
});

export const adminPartnershipQueries = {
  all: () => ['admin-partnerships'] as const,
  list: () => queryOptions({ queryKey: [...adminPartnershipQueries.all(), 'list'], queryFn: getAdminPartnerships }),
  detail: (id: string) => queryOptions({ queryKey: [...adminPartnershipQueries.all(), 'detail', id], queryFn: () => getAdminPartnership(id) }),
};

/**
 * Creates or updates a partnership with both its sides in one transaction (save_partnership): an
 * existing one as of the version the form was loaded with (the database refuses a change without it).
 */
export async function savePartnership({ values, existing }: { values: PartnershipValues; existing?: { id: string; version: number } }) {
  const { swedish_organisation_ids, partner_organisation_ids, ...partnership } = values;
  const { data, error } = await supabase
    .rpc('save_partnership', { partnership: { ...partnership, ...existing }, swedish_organisation_ids, partner_organisation_ids })
    .select('id, version')
    .single();
  if (error) throw error;
  return data;
}

export function useSavePartnership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePartnership,
    onSuccess: () => Promise.all([adminPartnershipQueries.all(), ['partnerships'], ['viewer']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
