import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getLastEditor } from '@/lib/last-editor';
import type { Report } from '../api/get-reports';
import { sectionFieldId, type ReportSection, type TextSaveInput, type TextSaveOutcome } from '../api/report-sections';
import { invalidateSectionState, saveSectionText, type SectionText } from '../api/section-sides';
import { AutosaveText } from './autosave-text';
import { useLanguageName } from './language-name';

interface TranslationFieldProps {
  report: Report;
  section: ReportSection;
  language: string;
  /** The saved text, if this language has been saved before. */
  saved: SectionText | undefined;
  readOnly: boolean;
  startFrom?: { label: string; text: string };
  onActivity?: () => void;
}

/** A section written in another language than English, tagged with it. */
export function TranslationField({ report, section, language, saved, readOnly, startFrom, onActivity }: TranslationFieldProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: async ({ base, mine, overwrite }: TextSaveInput): Promise<TextSaveOutcome> => {
      // A version met on the way (a save of this text not yet read back) is merged as the English is.
      const outcome = await saveSectionText({ report, section, language, base, mine, overwrite, version: saved?.version ?? null });
      return outcome.kind === 'saved' ? { kind: 'saved' } : { kind: 'conflict', saved: outcome.text.body, savedAt: outcome.text.updated_at };
    },
    onSuccess: () => invalidateSectionState(queryClient, report.id),
  });
  return (
    <AutosaveText
      id={`${sectionFieldId(section)}-${language}`}
      label={t('reports.languages.sectionIn', { section: t(`reports.sections.${section}`), language: languageName(language) })}
      hint={t('reports.languages.tagged', { tag: language })}
      lang={language}
      remote={saved?.body ?? ''}
      draftKey={`report:${report.id}:${section}:${language}`}
      readOnly={readOnly}
      save={save}
      lastEditor={() => (saved ? getLastEditor('report_section_texts', saved.id) : Promise.resolve(null))}
      startFrom={startFrom}
      onActivity={onActivity}
    />
  );
}
