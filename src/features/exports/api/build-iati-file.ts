import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { supabase } from '@/lib/supabase';
import { iatiXml, type IatiActivity, type IatiSettings } from './iati-xml';

export const isReadyForIati = (settings: IatiSettings) => settings.reporting_org_ref !== '' && settings.iati_activity_prefix !== '' && settings.reporting_org_name !== '';

/** The IATI 2.03 file of the partnerships under the filters, as the caller may read them. */
export async function buildIatiFile(args: ProgrammeFilterArgs, settings: IatiSettings, signal: AbortSignal) {
  const { data, error } = await supabase.rpc('iati_activities', args).abortSignal(signal);
  if (error) throw error;
  const xml = iatiXml(data.map((row) => row.activity as unknown as IatiActivity), settings, new Date());
  return { blob: new Blob([xml], { type: 'application/xml' }), activities: data.length };
}
