import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../api/get-reports';
import { reportSections, type ReportSection } from '../api/report-sections';
import { SectionField } from './section-field';

/** The narrative of a report, each section saved on its own as people write. */
export function ReportEditor({ report, readOnly, sectionExtras }: { report: Report; readOnly: boolean; sectionExtras?: (section: ReportSection) => ReactNode }) {
  const { t } = useTranslation();
  // All sections save against the same report version; each save moves it on (a newer one met on
  // the way is merged section by section).
  const version = useRef(report.version);
  return (
    <section aria-labelledby="narrative-heading" className="report-narrative">
      <h2 id="narrative-heading">{t('reports.narrative')}</h2>
      {reportSections.map((section) => (
        <SectionField key={section} report={report} section={section} readOnly={readOnly} version={version} extras={sectionExtras?.(section)} />
      ))}
    </section>
  );
}
