import type { ProgrammeFilters } from '@/lib/programme-filters';
import type { ExportFormat } from './export-formats';

/** A partnership's name as a file name can carry it: "Robertsfors – Machakos" → "robertsfors-machakos". */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const dialectOf = (format: ExportFormat | 'xml') => (format === 'csv_comma' ? 'comma' : format === 'csv_semicolon' ? 'semicolon' : undefined);

/**
 * The name of an export's file, saying what it holds: the export, the years, every filter, the
 * language of its words and, for CSV, the dialect — activities_2025_KE_goal-5_sv.xlsx.
 */
export function exportFileName(base: string, filters: ProgrammeFilters, options: { language?: string; format: ExportFormat | 'xml'; partnershipName?: string }) {
  const parts = [
    base,
    filters.from === filters.to ? String(filters.from) : `${filters.from}-${filters.to}`,
    filters.region,
    filters.country,
    filters.partnership && (options.partnershipName ? slug(options.partnershipName) : `partnership-${filters.partnership.slice(0, 8)}`),
    filters.goal && `goal-${filters.goal}`,
    filters.principle,
    options.language,
    dialectOf(options.format),
  ];
  const extension = options.format === 'xlsx' || options.format === 'xml' ? options.format : 'csv';
  return `${parts.filter(Boolean).join('_')}.${extension}`;
}

/** The name of the codebook beside a CSV export: indicator_values_codebook_sv_semicolon.csv. */
export const codebookFileName = (kind: string, language: string, format: Exclude<ExportFormat, 'xlsx'>) => `${kind}_codebook_${language}_${dialectOf(format)}.csv`;
