import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useOutletContext, useParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { ActivityForm } from '@/features/activities/components/activity-form';
import { partnershipQueries } from '@/features/partnerships/api/get-partnership';
import { frozenYears, reportQueries } from '@/features/reports/api/get-reports';
import { roleIn, type Viewer } from '@/features/viewer/api/get-viewer';

export function NewActivityRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useOutletContext<Viewer>();
  const { partnershipId = '' } = useParams();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  const reports = useQuery(reportQueries.byPartnership(partnershipId));
  if (partnership.isPending || reports.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (reports.isError) throw reports.error;
  if (!partnership.data) return <NotFound />;
  return (
    <>
      <PageHeading>{t('activities.newTitle')}</PageHeading>
      <p className="lead">{partnership.data.name}</p>
      <ActivityForm
        partnershipId={partnershipId}
        frozenYears={frozenYears(reports.data)}
        label={t('activities.newTitle')}
        canEdit={roleIn(viewer, partnershipId) !== null}
        onSaved={(activityId) => navigate(paths.activity.href(partnershipId, activityId), { state: { saved: true } })}
      />
    </>
  );
}
