import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';
import { vocabularies } from '@/lib/vocabularies';

export const organisationKinds = vocabularies.organisation_kind;

/**
 * The organisation form's rules; the database checks the same with its constraints. A Swedish
 * municipality or region carries its SCB code, chosen from the list; others carry none.
 */
export const organisationSchema = z
  .object({
    name: z.string().trim().min(2, 'validation.organisationName').max(200, 'validation.organisationName'),
    kind: z.enum(organisationKinds, { message: 'validation.organisationKind' }),
    country_code: z.string().regex(/^[A-Z]{2}$/, 'validation.country'),
    municipality_code: z.string(),
  })
  .superRefine((values, context) => {
    const coded = values.country_code === 'SE' && values.kind !== 'district_council';
    if (coded && !values.municipality_code) context.addIssue({ code: 'custom', path: ['municipality_code'], message: 'validation.municipalityCode' });
  })
  .transform((values) => ({
    ...values,
    municipality_code: values.country_code === 'SE' && values.kind !== 'district_council' ? values.municipality_code : null,
  }));
export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationValues = z.output<typeof organisationSchema>;

const columns = 'id, name, kind, country_code, municipality_code, version, updated_at';

export async function getOrganisations() {
  const { data, error } = await supabase.from('organisations').select(`${columns}, partnership_organisations(partnership_id)`).order('name');
  if (error) throw error;
  return data.map(({ partnership_organisations: sides, ...organisation }) => ({ ...organisation, partnerships: sides.length }));
}
export type OrganisationRow = Awaited<ReturnType<typeof getOrganisations>>[number];

export async function getOrganisation(id: string) {
  const { data, error } = await supabase.from('organisations').select(columns).eq('id', id).maybeSingle();
  if (error) throw error;
  return data;
}
export type Organisation = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;

export const toOrganisationInput = (organisation: Organisation): OrganisationInput => ({
  name: organisation.name,
  kind: organisation.kind as OrganisationInput['kind'],
  country_code: organisation.country_code,
  municipality_code: organisation.municipality_code ?? '',
});

/** Sweden's municipalities and regions with their SCB codes, for the chooser. */
export async function getSwedishLocalAuthorities() {
  const { data, error } = await supabase.from('swedish_local_authorities').select('code, kind, name').order('name');
  if (error) throw error;
  return data;
}
export type SwedishLocalAuthority = Awaited<ReturnType<typeof getSwedishLocalAuthorities>>[number];

/**
 * The name a Swedish municipality or region usually goes by ("Skellefteå kommun", "Region
 * Västerbotten" for Västerbottens län): a first suggestion, which the admin corrects where the
 * official name differs.
 */
export function suggestedOrganisationName(authority: Pick<SwedishLocalAuthority, 'kind' | 'name'>) {
  if (authority.kind === 'municipality') return `${authority.name} kommun`;
  return `Region ${authority.name.replace(/s? län$/, '')}`;
}

/** Every country code the programme knows, for the country chooser. */
export async function getCountryCodes() {
  const { data, error } = await supabase.from('country_regions').select('country_code');
  if (error) throw error;
  return data.map((row) => row.country_code);
}

export const organisationQueries = {
  all: () => ['organisations'] as const,
  list: () => queryOptions({ queryKey: [...organisationQueries.all(), 'list'], queryFn: getOrganisations }),
  detail: (id: string) => queryOptions({ queryKey: [...organisationQueries.all(), 'detail', id], queryFn: () => getOrganisation(id) }),
  swedishLocalAuthorities: () => queryOptions({ queryKey: ['swedish-local-authorities'], queryFn: getSwedishLocalAuthorities, staleTime: Infinity }),
  countryCodes: () => queryOptions({ queryKey: ['country-codes'], queryFn: getCountryCodes, staleTime: Infinity }),
};

/** Creates an organisation, or saves one as of the version the form loaded (a newer one is refused, PT409). */
export async function saveOrganisation({ id, values, version }: { id?: string; values: OrganisationValues; version?: number }) {
  const request = id ? supabase.from('organisations').update({ ...values, version }).eq('id', id) : supabase.from('organisations').insert(values);
  const { data, error } = await request.select('id, version').single();
  if (error) throw error;
  return data;
}

export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveOrganisation, onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationQueries.all() }) });
}

/** The field a refused save is about, when a constraint of the organisation names one. */
export function organisationFieldError(error: unknown): { field: 'municipality_code'; message: string } | null {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  if (code === '23505' && message?.includes('organisations_municipality_code_unique')) return { field: 'municipality_code', message: 'validation.municipalityCodeTaken' };
  return null;
}
