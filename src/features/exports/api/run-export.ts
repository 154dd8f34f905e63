import { byteOrderMark, csvLines, type CsvCell, type CsvDelimiter } from '@/lib/csv';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { supabase } from '@/lib/supabase';
import { codebooks, type CodebookColumn, type ExportKind } from './codebooks';

/** Rows per request: small enough to show progress often, large enough to keep requests few. */
export const exportPageSize = 2000;
/** How long the evidence links in an export stay valid. */
export const evidenceLinkSeconds = 7 * 24 * 60 * 60;

type Row = Record<string, unknown>;

export interface ExportProgress {
  rows: number;
  total: number | null;
}

function cellOf(column: CodebookColumn, row: Row, links: Map<string, string>): CsvCell {
  if (column.name === 'evidence_files') return ((row.evidence_files as string[] | null) ?? []).join('|');
  if (column.name === 'evidence_links') return ((row.evidence_paths as string[] | null) ?? []).map((path) => links.get(path) ?? '').join('|');
  const value = row[column.name];
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return String(value);
  return value as CsvCell;
}

async function signedLinks(rows: Row[]) {
  const paths = rows.flatMap((row) => (row.evidence_paths as string[] | null | undefined) ?? []);
  const links = new Map<string, string>();
  if (paths.length === 0) return links;
  const { data, error } = await supabase.storage.from('evidence').createSignedUrls(paths, evidenceLinkSeconds);
  if (error) throw error;
  for (const entry of data) if (entry.path && entry.signedUrl) links.set(entry.path, entry.signedUrl);
  return links;
}

/**
 * Writes one export as CSV, a page of rows at a time, so that a large export neither holds the
 * page up nor asks the database for everything at once. Evidence gets signed links, page by page.
 * The signal cancels between and during requests.
 */
export async function runExport(kind: ExportKind, args: ProgrammeFilterArgs, delimiter: CsvDelimiter, signal: AbortSignal, onProgress: (progress: ExportProgress) => void) {
  const columns = codebooks[kind];
  const parts: string[] = [byteOrderMark, csvLines([columns.map((column) => column.name)], delimiter)];
  let total: number | null = null;
  let written = 0;
  for (;;) {
    const query = supabase.rpc(`export_${kind}`, args, { count: written === 0 ? 'exact' : undefined }).range(written, written + exportPageSize - 1).abortSignal(signal);
    const { data, error, count } = await query;
    if (error) throw error;
    const rows = (data ?? []) as Row[];
    total ??= count;
    if (rows.length > 0) {
      const links = await signedLinks(rows);
      parts.push('\r\n', csvLines(rows.map((row) => columns.map((column) => cellOf(column, row, links))), delimiter));
    }
    written += rows.length;
    onProgress({ rows: written, total });
    if (rows.length < exportPageSize) break;
  }
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), rows: written };
}
