import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { supabase } from '@/lib/supabase';
import { iatiActivitySchema, iatiXml, type IatiSettings } from './iati-xml';

export const isReadyForIati = (settings: IatiSettings) => settings.reporting_org_ref !== '' && settings.iati_activity_prefix !== '' && settings.reporting_org_name !== '';

/**
 * The IATI 2.03 file of the partnerships under the filters, as the caller may read them. The
 * database publishes only partnerships with a public profile and names those it leaves out.
 */
export async function buildIatiFile(args: ProgrammeFilterArgs, settings: IatiSettings, signal: AbortSignal) {
  const [published, withheld] = await Promise.all([supabase.rpc('iati_activities', args).abortSignal(signal), supabase.rpc('iati_withheld_partnerships', args).abortSignal(signal)]);
  if (published.error) throw published.error;
  if (withheld.error) throw withheld.error;
  const xml = iatiXml(published.data.map((row) => iatiActivitySchema.parse(row.activity)), settings, new Date());
  return { blob: new Blob([xml], { type: 'application/xml' }), activities: published.data.length, withheld: withheld.data.map((row) => row.partnership_name) };
}
