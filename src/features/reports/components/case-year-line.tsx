import { useTranslation } from 'react-i18next';
import { caseYear } from '../api/case-year';

/** "Project year 2 of 3 (2024–2026)": the case year a report covers, under its title. */
export function CaseYearLine({ year, project }: { year: number; project: { starts_year: number; ends_year: number | null } }) {
  const { t } = useTranslation();
  const { number, of } = caseYear(year, project);
  const span = { from: project.starts_year, to: project.ends_year ?? '' };
  const text =
    number === null
      ? t('reports.caseYear.outside', span)
      : of === null
        ? t('reports.caseYear.open', { number, ...span })
        : t('reports.caseYear.closed', { number, of, ...span });
  return <p className="lead">{text}</p>;
}
