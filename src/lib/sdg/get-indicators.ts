import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

/** The official SDG indicators (the UN's global framework), with Swedish text where authored. */
export async function getSdgIndicators() {
  const { data, error } = await supabase.from('sdg_indicators').select('id, target_id, text_en, text_sv').order('target_id').order('sort_order');
  if (error) throw error;
  return data;
}

export type SdgIndicator = Awaited<ReturnType<typeof getSdgIndicators>>[number];

export const sdgIndicatorsQuery = () => queryOptions({ queryKey: ['sdg', 'indicators'], queryFn: getSdgIndicators, staleTime: Infinity });

/** The indicator's text in the reader's language; English where no Swedish text is authored. */
export const sdgIndicatorText = (indicator: SdgIndicator, language: string) => (language === 'sv' && indicator.text_sv) || indicator.text_en;
