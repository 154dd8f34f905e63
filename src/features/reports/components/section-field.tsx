import { useTranslation } from 'react-i18next';
import { getLastEditor } from '@/lib/last-editor';
import type { Report } from '../api/get-reports';
import { sectionFieldId, type ReportSection } from '../api/report-sections';
import { useSaveReportSection } from '../api/write-report';
import { AutosaveText } from './autosave-text';

interface SectionFieldProps {
  report: Report;
  section: ReportSection;
  readOnly: boolean;
  /** The report version the writer is at, shared by all sections of the editor. */
  version: { current: number };
  startFrom?: { label: string; text: string };
  onActivity?: () => void;
}

/** A section's English text: the programme's reporting language, kept in the report itself. */
export function SectionField({ report, section, readOnly, version, startFrom, onActivity }: SectionFieldProps) {
  const { t } = useTranslation();
  const save = useSaveReportSection(report, section, version);
  return (
    <AutosaveText
      id={sectionFieldId(section)}
      label={t(`reports.sections.${section}`)}
      hint={t(`reports.hints.${section}`)}
      lang="en"
      remote={report[section]}
      draftKey={`report:${report.id}:${section}`}
      readOnly={readOnly}
      save={save}
      lastEditor={() => getLastEditor('reports', report.id)}
      startFrom={startFrom}
      onActivity={onActivity}
    />
  );
}
