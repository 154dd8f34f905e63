import type { TFunction } from 'i18next';
import { codebooks, type ExportKind } from './codebooks';
import type { ExportFormat } from './export-formats';

/**
 * An export's codebook as a table: each column's name, meaning, type and allowed codes. How a type
 * is written depends on the file (a number in a workbook is a number; in CSV it has the dialect's
 * decimal sign), so the type's wording takes the format as its context.
 */
export function codebookTable(kind: ExportKind, format: ExportFormat, t: TFunction) {
  const header = [t('exports.codebook.column'), t('exports.codebook.meaning'), t('exports.codebook.type'), t('exports.codebook.allowed')];
  const rows = codebooks[kind].map((column) => [
    column.name,
    t([`exports.columns.${kind}.${column.name}`, `exports.columns.${column.name}`]),
    t(`exports.types.${column.type}`, { context: format }),
    column.allowed?.join('|') ?? '',
  ]);
  return { header, rows };
}
export type CodebookTable = ReturnType<typeof codebookTable>;
