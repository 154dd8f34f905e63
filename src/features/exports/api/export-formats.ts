import type { CsvDelimiter } from '@/lib/csv';

/**
 * The files an export can be: a workbook for spreadsheets (typed cells, so nothing is guessed), or
 * CSV for data tools in one of two dialects — commas with decimal points, or semicolons with
 * decimal commas as Swedish software reads them.
 */
export const exportFormats = ['xlsx', 'csv_comma', 'csv_semicolon'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const csvDelimiterOf = (format: Exclude<ExportFormat, 'xlsx'>): CsvDelimiter => (format === 'csv_semicolon' ? ';' : ',');
