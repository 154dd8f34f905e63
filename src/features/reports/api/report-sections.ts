import { vocabularies, type Vocabulary } from '@/lib/vocabularies';

/** The narrative sections of a yearly report, in the order they are written (translated under reports.sections.*). */
export const reportSections = vocabularies.report_section;
export type ReportSection = Vocabulary<'report_section'>;

/** The text field of a section in the report editor, where the checklist sends the writer. */
export const sectionFieldId = (section: ReportSection) => `report-section-${section}`;

/**
 * What to do when saving a section met a newer version of the report: the section is already as
 * the writer wants it ('same'), someone else changed other parts only ('retry' on the new version),
 * or someone else changed this very section ('conflict': the writer decides).
 */
export function sectionMerge({ base, mine, latest }: { base: string; mine: string; latest: string }): 'same' | 'retry' | 'conflict' {
  if (latest === mine) return 'same';
  if (latest === base) return 'retry';
  return 'conflict';
}

export interface TextSaveInput {
  base: string;
  mine: string;
  overwrite: boolean;
}

/** Saved; or someone else saved a different text first, which reads `saved` now. */
export type TextSaveOutcome = { kind: 'saved' } | { kind: 'conflict'; saved: string; savedAt: string | null };
