import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { partnershipQueries } from '@/features/partnerships/api/get-partnership';
import { GoalList } from '@/features/sdg/components/goal-list';

export function PartnershipRoute() {
  const { t } = useTranslation();
  const { partnershipId = '' } = useParams();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  if (partnership.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (!partnership.data) return <NotFound />;
  const { data } = partnership;
  const side = (which: string) => data.partnership_organisations.filter((entry) => entry.side === which).map((entry) => entry.organisation.name);
  return (
    <>
      <PageHeading>{data.name}</PageHeading>
      <p className="lead">{data.description}</p>
      <dl className="facts">
        <dt>{t('partnership.years')}</dt>
        <dd>{t('partnership.yearsValue', { start: data.starts_year, end: data.ends_year ?? '' })}</dd>
        <dt>{t('partnership.swedishSide')}</dt>
        <dd>{side('swedish').join(', ')}</dd>
        <dt>{t('partnership.partnerSide')}</dt>
        <dd>{side('partner').join(', ')}</dd>
      </dl>
      <p>
        <Link to={paths.activities.href(data.id)}>{t('partnership.activitiesLink')}</Link>
      </p>
      <p>
        <Link to={paths.results.href(data.id)}>{t('partnership.resultsLink')}</Link>
      </p>
      <h2>{t('partnership.focusGoals')}</h2>
      <GoalList goalIds={data.focus_goal_ids} label={t('partnership.focusGoals')} />
    </>
  );
}
