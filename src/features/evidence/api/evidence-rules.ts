/**
 * What the `evidence` bucket accepts (see its migration): the same limits, checked before the
 * upload so that nobody waits for a 25 MB file to be refused.
 */
import { isOneOf } from '@/lib/vocabularies';

export const maxEvidenceBytes = 25 * 1024 * 1024;

export const evidenceTypes = [
  'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic',
  'application/pdf', 'text/plain', 'text/csv',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet',
] as const;

/** Why a file cannot be evidence, as a translation key, or null when it can. */
export function evidenceFileProblem(file: { size: number; type: string }) {
  if (!isOneOf(evidenceTypes, file.type)) return 'evidence.wrongType';
  if (file.size > maxEvidenceBytes) return 'evidence.tooLarge';
  if (file.size === 0) return 'evidence.empty';
  return null;
}

/**
 * A storage key for a file: Supabase Storage accepts only a safe set of ASCII characters in keys,
 * so "Protokoll möte – Ghanzi.pdf" is stored as "Protokoll-mote-Ghanzi.pdf" (the original name is
 * kept in the evidence row and used for downloads).
 */
export function storageSafeName(fileName: string) {
  const safe = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return safe.slice(-120) || 'file';
}

/** Images and PDFs open in the browser; other files are downloaded. */
export const canPreview = (mimeType: string) => (mimeType.startsWith('image/') && mimeType !== 'image/heic') || mimeType === 'application/pdf';
