import { queryOptions } from '@tanstack/react-query';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { supabase } from '@/lib/supabase';
import { iatiXml, type IatiActivity, type IatiSettings } from './iati-xml';

/** The programme as IATI's reporting organisation; the export needs its identifier and prefix. */
export async function getProgrammeSettings() {
  const { data, error } = await supabase.from('programme_settings').select('reporting_org_ref, reporting_org_name, reporting_org_type, iati_activity_prefix, version, updated_at').single();
  if (error) throw error;
  return data;
}

export const programmeSettingsQuery = () => queryOptions({ queryKey: ['programme', 'settings'], queryFn: getProgrammeSettings });

export const isReadyForIati = (settings: IatiSettings) => settings.reporting_org_ref !== '' && settings.iati_activity_prefix !== '' && settings.reporting_org_name !== '';

/** The IATI 2.03 file of the partnerships under the filters, as the caller may read them. */
export async function buildIatiFile(args: ProgrammeFilterArgs, settings: IatiSettings, signal: AbortSignal) {
  const { data, error } = await supabase.rpc('iati_activities', args).abortSignal(signal);
  if (error) throw error;
  const xml = iatiXml(data.map((row) => row.activity as unknown as IatiActivity), settings, new Date());
  return { blob: new Blob([xml], { type: 'application/xml' }), activities: data.length };
}
