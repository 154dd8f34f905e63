import type { Database } from '@/types/database';
import { vocabularies } from '@/lib/vocabularies';

export const exportKinds = ['partnerships', 'activities', 'results', 'indicator_values', 'reports'] as const;
export type ExportKind = (typeof exportKinds)[number];
export type ExportRow<Kind extends ExportKind> = Database['public']['Functions'][`export_${Kind}`]['Returns'][number];

export type ColumnType = 'uuid' | 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'timestamp' | 'code' | 'codes' | 'links';

export interface CodebookColumn {
  /** The column's name in the CSV file: stable, in English, like the database's. */
  name: string;
  type: ColumnType;
  /** The codes a column may hold, where it holds codes. */
  allowed?: readonly string[];
}

const partnershipColumns = [
  { name: 'partnership_id', type: 'uuid' },
  { name: 'partnership_name', type: 'text' },
  { name: 'partner_country_codes', type: 'codes' },
  { name: 'partner_regions', type: 'codes', allowed: ['africa', 'americas', 'asia', 'europe', 'oceania'] },
] as const satisfies readonly CodebookColumn[];
const evidenceColumns = [
  { name: 'evidence_files', type: 'text' },
  { name: 'evidence_links', type: 'links' },
] as const satisfies readonly CodebookColumn[];
const contributionColumns = [
  { name: 'goal_id', type: 'code', allowed: Array.from({ length: 17 }, (_, index) => String(index + 1)) },
  { name: 'target_id', type: 'code' },
  { name: 'contribution', type: 'code', allowed: vocabularies.contribution },
] as const satisfies readonly CodebookColumn[];

/** A column of one export: the compiler checks its name against the export function's rows. */
type ColumnOf<Kind extends ExportKind> = CodebookColumn & { name: Exclude<keyof ExportRow<Kind>, 'evidence_paths'> | 'evidence_links' };

/**
 * The columns of each export, in file order. The codebook beside each file is written from this,
 * and so is the file's header: the two cannot drift apart.
 */
export const codebooks: { [Kind in ExportKind]: readonly ColumnOf<Kind>[] } = {
  partnerships: [
    { name: 'partnership_id', type: 'uuid' },
    { name: 'partnership_name', type: 'text' },
    { name: 'status', type: 'code', allowed: vocabularies.partnership_status },
    { name: 'starts_year', type: 'integer' },
    { name: 'ends_year', type: 'integer' },
    { name: 'focus_goals', type: 'codes' },
    { name: 'is_public', type: 'boolean' },
    { name: 'swedish_organisation_ids', type: 'codes' },
    { name: 'swedish_organisations', type: 'text' },
    { name: 'swedish_municipality_codes', type: 'codes' },
    { name: 'partner_organisation_ids', type: 'codes' },
    { name: 'partner_organisations', type: 'text' },
    { name: 'partner_country_codes', type: 'codes' },
    { name: 'partner_regions', type: 'codes', allowed: ['africa', 'americas', 'asia', 'europe', 'oceania'] },
    { name: 'description', type: 'text' },
  ],
  activities: [
    { name: 'activity_id', type: 'uuid' },
    ...partnershipColumns,
    { name: 'year', type: 'integer' },
    { name: 'starts_on', type: 'date' },
    { name: 'ends_on', type: 'date' },
    { name: 'title', type: 'text' },
    { name: 'kind', type: 'code', allowed: vocabularies.activity_kind },
    { name: 'place', type: 'text' },
    { name: 'description', type: 'text' },
    { name: 'participants_women', type: 'integer' },
    { name: 'participants_men', type: 'integer' },
    { name: 'participants_other', type: 'integer' },
    { name: 'participants_total', type: 'integer' },
    {
      name: 'target_groups',
      type: 'codes',
      allowed: vocabularies.target_group,
    },
    { name: 'principles', type: 'codes', allowed: vocabularies.principle },
    { name: 'localisation_stage', type: 'code', allowed: vocabularies.localisation_stage },
    ...contributionColumns,
    ...evidenceColumns,
    { name: 'updated_at', type: 'timestamp' },
  ],
  results: [
    { name: 'result_id', type: 'uuid' },
    ...partnershipColumns,
    { name: 'title', type: 'text' },
    { name: 'level', type: 'code', allowed: vocabularies.result_level },
    { name: 'change_level', type: 'code', allowed: vocabularies.change_level },
    { name: 'change_side', type: 'code', allowed: vocabularies.change_side },
    { name: 'description', type: 'text' },
    ...contributionColumns,
    { name: 'years_reported', type: 'codes' },
    ...evidenceColumns,
    { name: 'updated_at', type: 'timestamp' },
  ],
  indicator_values: [
    { name: 'indicator_id', type: 'uuid' },
    { name: 'result_id', type: 'uuid' },
    ...partnershipColumns,
    { name: 'result_title', type: 'text' },
    { name: 'result_level', type: 'code', allowed: vocabularies.result_level },
    { name: 'result_target_ids', type: 'codes' },
    { name: 'indicator_title', type: 'text' },
    { name: 'sdg_indicator_id', type: 'code' },
    { name: 'measure', type: 'code', allowed: vocabularies.measure },
    { name: 'unit', type: 'text' },
    { name: 'aggregation', type: 'code', allowed: vocabularies.aggregation },
    { name: 'higher_is_better', type: 'boolean' },
    { name: 'baseline_year', type: 'integer' },
    { name: 'baseline_value', type: 'number' },
    { name: 'year', type: 'integer' },
    { name: 'sex', type: 'code', allowed: vocabularies.sex },
    { name: 'target_value', type: 'number' },
    { name: 'actual_value', type: 'number' },
    { name: 'comment', type: 'text' },
    ...evidenceColumns,
    { name: 'updated_at', type: 'timestamp' },
  ],
  reports: [
    { name: 'report_id', type: 'uuid' },
    ...partnershipColumns,
    { name: 'year', type: 'integer' },
    { name: 'status', type: 'code', allowed: vocabularies.report_status },
    { name: 'created_at', type: 'timestamp' },
    { name: 'submitted_at', type: 'timestamp' },
    { name: 'submitted_by', type: 'text' },
    { name: 'reviewed_at', type: 'timestamp' },
    { name: 'reviewed_by', type: 'text' },
    { name: 'comments_count', type: 'integer' },
    { name: 'comments', type: 'text' },
    { name: 'section_summary', type: 'text' },
    { name: 'section_contribution', type: 'text' },
    { name: 'section_localisation_progress', type: 'text' },
    { name: 'section_challenges', type: 'text' },
    { name: 'section_lessons_learned', type: 'text' },
    { name: 'section_next_year_plan', type: 'text' },
    { name: 'section_owners', type: 'text' },
    { name: 'sections_in_other_languages', type: 'text' },
    ...evidenceColumns,
    { name: 'updated_at', type: 'timestamp' },
  ],
};

/** Every column name any export has, for the translations of their meanings. */
export const allColumnNames = [...new Set(Object.values(codebooks).flatMap((columns: readonly CodebookColumn[]) => columns.map((column) => column.name)))];
