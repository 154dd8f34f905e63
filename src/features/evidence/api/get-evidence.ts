import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

/** What a piece of evidence proves: exactly one activity, result, indicator value or report. */
export type EvidenceOwner = { activity_id: string } | { result_id: string } | { indicator_value_id: string } | { report_id: string };

const ownerColumn = (owner: EvidenceOwner) => Object.keys(owner)[0] as keyof EvidenceOwner & string;
const ownerId = (owner: EvidenceOwner) => Object.values(owner)[0] as string;

export async function getEvidence(owner: EvidenceOwner) {
  const { data, error } = await supabase
    .from('evidence')
    .select('id, object_path, file_name, mime_type, size_bytes, created_at')
    .eq(ownerColumn(owner) as 'activity_id', ownerId(owner))
    .order('created_at');
  if (error) throw error;
  return data;
}

export type Evidence = Awaited<ReturnType<typeof getEvidence>>[number];

export const evidenceQueries = {
  all: () => ['evidence'] as const,
  of: (owner: EvidenceOwner) => queryOptions({ queryKey: [...evidenceQueries.all(), ownerColumn(owner), ownerId(owner)], queryFn: () => getEvidence(owner) }),
};

/** A link that is valid for a minute: enough to open or download the file, not to share it. */
export async function signedEvidenceUrl(file: Evidence) {
  const { data, error } = await supabase.storage.from('evidence').createSignedUrl(file.object_path, 60);
  if (error) throw error;
  return data.signedUrl;
}
