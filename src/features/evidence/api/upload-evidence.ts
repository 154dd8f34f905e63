import { env } from '@/config/env';
import { supabase } from '@/lib/supabase';
import type { EvidenceOwner } from './get-evidence';
import { storageSafeName } from './evidence-rules';

interface UploadOptions {
  partnershipId: string;
  owner: EvidenceOwner;
  file: File;
  onProgress: (share: number) => void;
  signal: AbortSignal;
}

/**
 * Uploads a file into the partnership's folder of the `evidence` bucket and records it. The
 * file goes first (through Storage's own API, where the bucket's size and type limits and the
 * storage policies decide); its row follows. If the row is refused, the file is removed again, so a
 * failed upload leaves neither an orphan file nor a row without its file.
 */
export async function uploadEvidence({ partnershipId, owner, file, onProgress, signal }: UploadOptions) {
  const path = `${partnershipId}/${crypto.randomUUID()}/${storageSafeName(file.name)}`;
  const { data: session } = await supabase.auth.getSession();
  await sendFile(path, file, session.session?.access_token ?? env.supabaseAnonKey, onProgress, signal);
  const { data, error } = await supabase
    .from('evidence')
    .insert({ partnership_id: partnershipId, object_path: path, file_name: file.name, mime_type: file.type, size_bytes: file.size, ...owner })
    .select('id')
    .single();
  if (error) {
    await supabase.storage.from('evidence').remove([path]);
    throw error;
  }
  return data;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** supabase-js uploads with fetch, which reports no progress; XMLHttpRequest does, and can be cancelled. */
function sendFile(path: string, file: File, accessToken: string, onProgress: (share: number) => void, signal: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${env.supabaseUrl}/storage/v1/object/evidence/${path.split('/').map(encodeURIComponent).join('/')}`);
    request.setRequestHeader('authorization', `Bearer ${accessToken}`);
    request.setRequestHeader('apikey', env.supabaseAnonKey);
    request.setRequestHeader('content-type', file.type);
    request.setRequestHeader('x-upsert', 'false');
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      // Some Storage versions answer 400 and put the real status in the body's statusCode.
      let body: { statusCode?: string | number; message?: string } = {};
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // Not JSON: the status says enough.
      }
      reject(new UploadError(Number(body.statusCode ?? request.status) || request.status, body.message ?? request.statusText));
    };
    request.onerror = () => reject(new TypeError('network'));
    request.onabort = () => reject(new DOMException('cancelled', 'AbortError'));
    signal.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

/** Why an upload failed, as a translation key. */
export function uploadErrorMessage(error: unknown) {
  if (error instanceof DOMException && error.name === 'AbortError') return 'evidence.cancelled';
  if (error instanceof UploadError && error.status === 413) return 'evidence.tooLarge';
  if (error instanceof UploadError && error.status === 415) return 'evidence.wrongType';
  if ((error as { code?: string }).code === 'PT423') return 'errors.frozenYear';
  if ((error as { message?: string }).message?.includes('evidence_file_name_length')) return 'evidence.nameTooLong';
  if (error instanceof TypeError) return 'errors.offline';
  return 'evidence.failed';
}

/** Removes a piece of evidence: the row first (where the freeze and the policies decide), then its file. */
export async function deleteEvidence(file: { id: string; object_path: string }) {
  const { error } = await supabase.from('evidence').delete().eq('id', file.id);
  if (error) throw error;
  await supabase.storage.from('evidence').remove([file.object_path]);
}
