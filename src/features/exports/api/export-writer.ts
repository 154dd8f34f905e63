import type { ExportCell } from './export-cells';

/** Where an export's rows go, a page at a time, until the file is finished. */
export interface ExportWriter {
  addRows(rows: ExportCell[][]): void;
  finish(): Promise<Blob>;
}
