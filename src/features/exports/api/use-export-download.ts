import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeFilterArgs } from '@/lib/programme-filters';
import { saveBlob } from '@/lib/save-file';
import { supabase } from '@/lib/supabase';
import type { ExportKind } from './codebooks';
import { codebookTable } from './codebook-rows';
import { csvDelimiterOf, type ExportFormat } from './export-formats';
import { runExport, type ExportProgress } from './run-export';
import { csvWriter } from './write-csv';
import { xlsxWriter } from './write-xlsx';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; progress: ExportProgress }
  | { status: 'done'; rows: number }
  | { status: 'cancelled' }
  | { status: 'failed' };

/** One export's download: start, follow, cancel. Nothing is saved unless every page arrived. */
export function useExportDownload(kind: ExportKind, args: ProgrammeFilterArgs, format: ExportFormat, fileName: string) {
  const { t } = useTranslation();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  async function start() {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'running', progress: { rows: 0, total: null } });
    try {
      const writer = format === 'xlsx' ? await xlsxWriter(kind, codebookTable(kind, format, t)) : csvWriter(kind, csvDelimiterOf(format));
      const { blob, rows } = await runExport(supabase, kind, args, writer, current.signal, (progress) => setState({ status: 'running', progress }));
      saveBlob(blob, fileName);
      setState({ status: 'done', rows });
    } catch {
      setState(current.signal.aborted ? { status: 'cancelled' } : { status: 'failed' });
    }
  }

  return { state, start, cancel: () => controller.current?.abort() };
}
