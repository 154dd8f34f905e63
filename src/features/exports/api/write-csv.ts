import { byteOrderMark, csvLines, type CsvCell, type CsvDelimiter } from '@/lib/csv';
import { codebooks, type ExportKind } from './codebooks';
import type { ExportCell } from './export-cells';
import type { ExportWriter } from './export-writer';

/** Booleans as true and false, which R, pandas and Stata read as such; the rest as it is. */
const csvCell = ({ value }: ExportCell): CsvCell => (typeof value === 'boolean' ? String(value) : value);

/** An export as one CSV file, in the dialect of its separator. */
export function csvWriter(kind: ExportKind, delimiter: CsvDelimiter): ExportWriter {
  const parts: string[] = [byteOrderMark, csvLines([codebooks[kind].map((column) => column.name)], delimiter)];
  return {
    addRows(rows) {
      if (rows.length > 0) parts.push('\r\n', csvLines(rows.map((row) => row.map(csvCell)), delimiter));
    },
    finish: async () => new Blob(parts, { type: 'text/csv;charset=utf-8' }),
  };
}
