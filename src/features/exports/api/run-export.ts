import { byteOrderMark, csvLines, type CsvCell, type CsvDelimiter } from '@/lib/csv';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '@/types/database';
import { codebooks, type CodebookColumn, type ExportKind } from './codebooks';

/** Rows per request: Supabase's API returns at most 1,000 rows a request by default. */
export const exportPageSize = 1000;
/** How long the evidence links in an export stay valid. */
export const evidenceLinkSeconds = 7 * 24 * 60 * 60;

export type Row = Record<string, unknown>;

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

/**
 * One page of rows as CSV lines, in the codebook's column order. This is the synchronous step of
 * an export, so a page is kept small enough not to hold the browser up.
 */
export const csvOfPage = (kind: ExportKind, rows: Row[], links: Map<string, string>, delimiter: CsvDelimiter) =>
  csvLines(
    rows.map((row) => codebooks[kind].map((column) => cellOf(column, row, links))),
    delimiter,
  );

async function signedLinks(client: SupabaseClient<Database>, rows: Row[]) {
  const paths = rows.flatMap((row) => (row.evidence_paths as string[] | null | undefined) ?? []);
  const links = new Map<string, string>();
  if (paths.length === 0) return links;
  const { data, error } = await client.storage.from('evidence').createSignedUrls(paths, evidenceLinkSeconds);
  if (error) throw error;
  for (const entry of data) if (entry.path && entry.signedUrl) links.set(entry.path, entry.signedUrl);
  return links;
}

/**
 * Writes one export as CSV, a page of rows at a time, so that a large export neither holds the
 * page up nor asks the database for everything at once: each page starts after the last row's key.
 * Evidence gets signed links, page by page.
 * The signal cancels between and during requests. The client is the caller's, so row-level
 * security decides what the file holds.
 */
export async function runExport(
  client: SupabaseClient<Database>,
  kind: ExportKind,
  args: ProgrammeFilterArgs,
  delimiter: CsvDelimiter,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
) {
  const parts: string[] = [byteOrderMark, csvLines([codebooks[kind].map((column) => column.name)], delimiter)];
  const counted = await client.rpc(`export_${kind}`, args, { count: 'exact', head: true }).abortSignal(signal);
  if (counted.error) throw counted.error;
  const total = counted.count;
  onProgress({ rows: 0, total });
  let written = 0;
  let afterKey: string | undefined;
  for (;;) {
    const { data, error } = await client.rpc(`export_${kind}`, { ...args, after_key: afterKey, page_size: exportPageSize }).abortSignal(signal);
    if (error) throw error;
    const rows = (data ?? []) as Row[];
    if (rows.length > 0) {
      const links = await signedLinks(client, rows);
      parts.push('\r\n', csvOfPage(kind, rows, links, delimiter));
      afterKey = rows[rows.length - 1].row_key as string;
    }
    written += rows.length;
    onProgress({ rows: written, total });
    if (rows.length < exportPageSize) break;
  }
  return { blob: new Blob(parts, { type: 'text/csv;charset=utf-8' }), rows: written };
}
