import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';

/** What a piece of evidence proves: exactly one activity, result, indicator value or report. */
export type EvidenceOwner = { activity_id: string } | { result_id: string } | { indicator_value_id: string } | { report_id: string };

const ownerColumn = (owner: EvidenceOwner) => Object.keys(owner)[0] as keyof EvidenceOwner & string;
const ownerId = (owner: EvidenceOwner) => Object.values(owner)[0] as string;

const evidenceColumns = 'id, object_path, file_name, mime_type, size_bytes, created_at';

/**
 * The files of a piece of work: its own, and for an activity continued from an earlier year the
 * earlier activity's files it links (shown, never copied; they stay with the activity they were
 * uploaded for, and are deleted there).
 */
export async function getEvidence(owner: EvidenceOwner) {
  const [own, links] = await Promise.all([
    supabase.from('evidence').select(evidenceColumns).eq(ownerColumn(owner) as 'activity_id', ownerId(owner)).order('created_at'),
    'activity_id' in owner
      ? supabase.from('activity_evidence_links').select(`evidence(${evidenceColumns})`).eq('activity_id', owner.activity_id).order('created_at')
      : Promise.resolve({ data: [], error: null }),
  ]);
  if (own.error) throw own.error;
  if (links.error) throw links.error;
  return [...own.data.map((file) => ({ ...file, linked: false })), ...links.data.flatMap((link) => (link.evidence ? [{ ...link.evidence, linked: true }] : []))];
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
