import type { Workbook, Worksheet } from 'exceljs';
import type { CodebookTable } from './codebook-rows';
import { codebooks, type ColumnType, type ExportKind } from './codebooks';
import type { ExportCell } from './export-cells';
import type { ExportWriter } from './export-writer';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook library is large, so it is fetched only when a workbook is written. */
async function loadExcel() {
  // The browser build is CommonJS: its exports arrive as the module's default.
  const module: typeof import('exceljs') & { default?: typeof import('exceljs') } = await import('exceljs');
  return module.default ?? module;
}

/** How a column's cells look: dates as dates, codes kept as text should someone type into them. */
const numberFormats: Partial<Record<ColumnType, string>> = { date: 'yyyy-mm-dd', timestamp: 'yyyy-mm-dd hh:mm:ss', uuid: '@', code: '@', codes: '@' };
const widths: Partial<Record<ColumnType, number>> = { uuid: 38, text: 32, links: 40, timestamp: 20, date: 12 };

/**
 * The value of a cell in a workbook. Strings are always strings there (a workbook marks formulas
 * apart), so text is written as it is. Dates are calendar days, timestamps instants in UTC.
 */
function xlsxValue({ type, value }: ExportCell) {
  if (value === null || value === '') return null;
  if (type === 'date') return new Date(`${value}T00:00:00Z`);
  if (type === 'timestamp') return new Date(value as string);
  return value;
}

function addSheet(workbook: Workbook, name: string, columns: { header: string; type?: ColumnType }[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(({ header, type }) => ({
    header,
    width: (type && widths[type]) ?? Math.max(12, header.length + 2),
    style: type && numberFormats[type] ? { numFmt: numberFormats[type] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/**
 * An export as an Excel workbook: its rows on a sheet named after the export, with typed cells,
 * and its codebook on a second sheet.
 */
export async function xlsxWriter(kind: ExportKind, codebook: CodebookTable): Promise<ExportWriter> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  const data = addSheet(workbook, kind, codebooks[kind].map((column) => ({ header: column.name, type: column.type })));
  const explained = addSheet(workbook, 'codebook', codebook.header.map((header) => ({ header })));
  explained.addRows(codebook.rows);
  return {
    addRows(rows) {
      data.addRows(rows.map((row) => row.map(xlsxValue)));
    },
    async finish() {
      data.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.rowCount), column: codebooks[kind].length } };
      return new Blob([await workbook.xlsx.writeBuffer()], { type: xlsxType });
    },
  };
}
