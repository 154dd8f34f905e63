import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Form, Link, useSearchParams } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { FilterSelect } from '@/components/form/filter-select';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { paths } from '@/config/paths';
import { HistoryList } from '@/features/history/components/history-list';
import { overviewQueries } from '@/features/partnerships/api/get-overview';
import { overviewYear } from '@/features/partnerships/api/overview-year';
import { GoalCounts } from '@/features/partnerships/components/goal-counts';
import { ReportTimeline } from '@/features/reports/components/report-timeline';
import { GoalList } from '@/components/sdg/goal-list';
import { useFormat } from '@/lib/format';
import { PartnershipTabs } from './partnership-tabs';

export function PartnershipRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams] = useSearchParams();
  const { partnership: data, reports, years } = usePartnershipContext();
  const members = useQuery(overviewQueries.members(data.id));
  const year = overviewYear({ years, asked: Number(searchParams.get('year')), latestReportYear: reports[0]?.year });
  const report = reports.find((candidate) => candidate.year === year);
  const side = (which: string) => data.partnership_organisations.filter((entry) => entry.side === which).map((entry) => entry.organisation.name);
  return (
    <>
      <PageHeading>{data.name}</PageHeading>
      <PartnershipTabs partnershipId={data.id} name={data.name} />
      <p className="lead">{data.description}</p>
      <dl className="facts">
        <dt>{t('partnership.years')}</dt>
        <dd>{t('partnership.yearsValue', { start: data.starts_year, end: data.ends_year ?? '' })}</dd>
        <dt>{t('partnership.swedishSide')}</dt>
        <dd>{side('swedish').join(', ')}</dd>
        <dt>{t('partnership.partnerSide')}</dt>
        <dd>{side('partner').join(', ')}</dd>
      </dl>
      <h2>{t('partnership.focusGoals')}</h2>
      <GoalList goalIds={data.focus_goal_ids} label={t('partnership.focusGoals')} />

      <section aria-labelledby="year-heading">
        <h2 id="year-heading">{t('partnership.yearTitle', { year })}</h2>
        <Form method="get" className="filters" aria-label={t('partnership.chooseYear')}>
          <FilterSelect name="year" label={t('activities.year')} value={year} options={years.map((option) => [String(option), String(option)] as const)} allowAny={false} />
          <button type="submit" className="button button-primary">
            {t('activities.apply')}
          </button>
        </Form>
        <p className={report ? `report-state report-state-${report.status}` : 'report-state'}>
          {report ? t('home.reportState', { year, state: t(`reportStatus.${report.status}`) }) : t('partnership.noReport', { year })}
          {report?.submitted_at && <span className="muted"> · {t('home.submittedOn', { date: format.date(report.submitted_at) })}</span>}
        </p>
        <p>
          <Link to={paths.report.href(data.id, year)}>{t('partnership.openReport', { year })}</Link>
        </p>
        {report && (
          <>
            <h3>{t('review.timeline')}</h3>
            <ReportTimeline reportId={report.id} />
          </>
        )}
        <GoalCounts partnershipId={data.id} year={year} />
      </section>

      <div className="overview-grid">
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t('partnership.members')}</h2>
          {members.isPending ? (
            <Loading />
          ) : (
            <ul className="plain-list">
              {(members.data ?? []).map((member) => (
                <li key={member.profile?.id}>
                  {member.profile?.full_name} <span className="muted">· {t(`roles.${member.role}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t('partnership.reports')}</h2>
          {reports.length === 0 ? (
            <p>{t('home.noReport')}</p>
          ) : (
            <ul className="plain-list">
              {reports.map((entry) => (
                <li key={entry.id}>{t('home.reportState', { year: entry.year, state: t(`reportStatus.${entry.status}`) })}</li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('partnership.recentChanges')}</h2>
        <HistoryList partnershipId={data.id} />
      </section>
    </>
  );
}
