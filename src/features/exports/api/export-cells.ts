import { codebooks, type ColumnType, type ExportKind } from './codebooks';

export type Row = Record<string, unknown>;

/** One cell of an export: the codebook's type and the value as the database gave it. */
export interface ExportCell {
  type: ColumnType;
  value: string | number | boolean | null;
}

const listTypes: readonly ColumnType[] = ['uuid', 'text', 'code', 'codes', 'links', 'date', 'timestamp'];

function valueOf(type: ColumnType, name: string, row: Row, links: Map<string, string>): ExportCell['value'] {
  if (name === 'evidence_files') return ((row.evidence_files as string[] | null) ?? []).join('|');
  if (name === 'evidence_links') return ((row.evidence_paths as string[] | null) ?? []).map((path) => links.get(path) ?? '').join('|');
  const value = row[name];
  if (value === null || value === undefined) return null;
  // Codes and ids are text even where the database keeps them as numbers (goal 5), so that no
  // file turns 16.10 into 16.1 or drops a leading zero.
  if (listTypes.includes(type)) return String(value);
  return value as number | boolean;
}

/** A row of an export as typed cells, in the codebook's column order. */
export const exportCells = (kind: ExportKind, row: Row, links: Map<string, string>): ExportCell[] =>
  codebooks[kind].map((column) => ({ type: column.type, value: valueOf(column.type, column.name, row, links) }));
