import { useQuery } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/status/loading';
import { reportQueries, type CompletenessProblem } from '../api/get-reports';
import { sectionFieldId } from '../api/report-sections';
import { carriedItemAnchor } from './carried-items';
import type { SideNames } from '@/lib/sides';

interface CompletenessChecklistProps {
  reportId: string;
  /** Where each kind of problem is fixed: an activity's page, an indicator's page. */
  linkTo: { activity: (activityId: string) => string; indicator: (indicatorId: string) => string };
  sideNames: SideNames;
}

/** What still stops the report from being submitted, each with a way to fix it. */
export function CompletenessChecklist({ reportId, linkTo, sideNames }: CompletenessChecklistProps) {
  const { t } = useTranslation();
  const completeness = useQuery(reportQueries.completeness(reportId));
  if (completeness.isPending) return <Loading />;
  if (completeness.isError) return <p>{t('errors.generic')}</p>;
  if (completeness.data.complete) return <p className="complete">{t('reports.complete')}</p>;
  const describe = (problem: CompletenessProblem) => {
    if (problem.section) {
      // Straight into the section's English text, ready to write, rather than only scrolling to it.
      const fieldId = sectionFieldId(problem.section);
      const write = (event: MouseEvent) => {
        const field = document.getElementById(fieldId);
        if (!field) return;
        event.preventDefault();
        field.focus();
      };
      return (
        <a href={`#${fieldId}`} onClick={write}>
          {t(`reports.problems.${problem.kind}`, { section: t(`reports.sections.${problem.section}`), side: problem.side ? sideNames[problem.side] : '' })}
        </a>
      );
    }
    if (problem.kind === 'carried_item_undecided') {
      return <a href={`#${carriedItemAnchor(problem.item_id!)}`}>{t('reports.problems.carried_item_undecided', { title: problem.title, kind: t(`carryForward.kind.${problem.item_kind}`) })}</a>;
    }
    if (problem.kind === 'activity_without_target') return <Link to={linkTo.activity(problem.activity_id!)}>{t('reports.problems.activity_without_target', { title: problem.title })}</Link>;
    return <Link to={linkTo.indicator(problem.indicator_id!)}>{t('reports.problems.indicator_without_value', { title: problem.title })}</Link>;
  };
  return (
    <>
      <p>{t('reports.incomplete', { count: completeness.data.problems.length })}</p>
      <ul className="checklist">
        {completeness.data.problems.map((problem) => (
          <li key={`${problem.kind}-${problem.section ?? problem.activity_id ?? problem.indicator_id ?? problem.item_id}`}>{describe(problem)}</li>
        ))}
      </ul>
    </>
  );
}
