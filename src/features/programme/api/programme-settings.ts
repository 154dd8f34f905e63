import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '@/lib/supabase';

/** IATI's OrganisationType codes an admin may choose for the reporting organisation. */
export const organisationTypes = ['10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90'] as const;

const iatiIdentifier = z.string().trim().regex(/^[A-Za-z0-9-]{3,100}$/, 'validation.iatiIdentifier');

/** The settings form's rules; the database checks the same with its constraints. */
export const programmeSettingsSchema = z.object({
  reporting_org_name: z.string().trim().min(1, 'validation.organisationName').max(200, 'validation.organisationName'),
  reporting_org_ref: iatiIdentifier,
  reporting_org_type: z.enum(organisationTypes),
  iati_activity_prefix: iatiIdentifier,
});
export type ProgrammeSettingsInput = z.input<typeof programmeSettingsSchema>;

export async function getProgrammeSettings() {
  const { data, error } = await supabase.from('programme_settings').select('reporting_org_ref, reporting_org_name, reporting_org_type, iati_activity_prefix, version, updated_at').single();
  if (error) throw error;
  return data;
}
export type ProgrammeSettings = Awaited<ReturnType<typeof getProgrammeSettings>>;

export const programmeSettingsQuery = () => queryOptions({ queryKey: ['programme', 'settings'], queryFn: getProgrammeSettings });

/** Saves the settings as of the version the form loaded; a newer version is refused (PT409). */
export async function saveProgrammeSettings({ values, version }: { values: z.output<typeof programmeSettingsSchema>; version: number }) {
  const { data, error } = await supabase.from('programme_settings').update({ ...values, version }).eq('id', true).select('version').single();
  if (error) throw error;
  return data;
}

export function useSaveProgrammeSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveProgrammeSettings, onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeSettingsQuery().queryKey }) });
}

export async function getOrganisationIdentifiers() {
  const { data, error } = await supabase.from('organisations').select('id, name, country_code, iati_ref, version').order('country_code').order('name');
  if (error) throw error;
  return data;
}

export type OrganisationIdentifier = Awaited<ReturnType<typeof getOrganisationIdentifiers>>[number];

export const organisationIdentifiersQuery = () => queryOptions({ queryKey: ['programme', 'organisation-identifiers'], queryFn: getOrganisationIdentifiers });

/** An organisation's IATI identifier, or none. */
export const organisationIdentifierSchema = z.object({ iati_ref: z.union([iatiIdentifier, z.literal('')]) });

export async function saveOrganisationIdentifier({ id, iatiRef, version }: { id: string; iatiRef: string; version: number }) {
  const { data, error } = await supabase.from('organisations').update({ iati_ref: iatiRef === '' ? null : iatiRef, version }).eq('id', id).select('version').single();
  if (error) throw error;
  return data;
}

export function useSaveOrganisationIdentifier() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveOrganisationIdentifier, onSuccess: () => queryClient.invalidateQueries({ queryKey: organisationIdentifiersQuery().queryKey }) });
}
