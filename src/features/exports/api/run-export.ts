import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '@/types/database';
import type { ExportKind } from './codebooks';
import { exportCells, type Row } from './export-cells';
import type { ExportWriter } from './export-writer';

/** Rows per request: Supabase's API returns at most 1,000 rows a request by default. */
export const exportPageSize = 1000;

/** How long the evidence links in an export stay valid. */
export const evidenceLinkSeconds = 7 * 24 * 60 * 60;

export interface ExportProgress {
  rows: number;
  total: number | null;
}

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
 * Writes one export, a page of rows at a time, so that a large export neither holds the page up
 * nor asks the database for everything at once: each page starts after the last row's key.
 * Evidence gets signed links, page by page. The writer makes the file (workbook or CSV).
 * The signal cancels between and during requests. The client is the caller's, so row-level
 * security decides what the file holds.
 */
export async function runExport(
  client: SupabaseClient<Database>,
  kind: ExportKind,
  args: ProgrammeFilterArgs,
  writer: ExportWriter,
  signal: AbortSignal,
  onProgress: (progress: ExportProgress) => void,
) {
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
      writer.addRows(rows.map((row) => exportCells(kind, row, links)));
      afterKey = rows[rows.length - 1].row_key as string;
    }
    written += rows.length;
    onProgress({ rows: written, total });
    if (rows.length < exportPageSize) break;
  }
  signal.throwIfAborted();
  return { blob: await writer.finish(), rows: written };
}
