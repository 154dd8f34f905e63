import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useOutletContext, useParams } from 'react-router';
import { DeleteSection } from '@/components/dialog/delete-section';
import { FormAlert } from '@/components/form/form-alert';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { useDeleteActivity } from '@/features/activities/api/delete-activity';
import { activityQueries } from '@/features/activities/api/get-activities';
import { ActivityForm } from '@/features/activities/components/activity-form';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import { partnershipQueries } from '@/features/partnerships/api/get-partnership';
import { frozenYears, reportQueries } from '@/features/reports/api/get-reports';
import { roleIn, type Viewer } from '@/features/viewer/api/get-viewer';

export function ActivityRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const viewer = useOutletContext<Viewer>();
  const { partnershipId = '', activityId = '' } = useParams();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  const activity = useQuery(activityQueries.detail(activityId));
  const reports = useQuery(reportQueries.byPartnership(partnershipId));
  const remove = useDeleteActivity();
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  if (partnership.isPending || activity.isPending || reports.isPending) return <Loading />;
  for (const query of [partnership, activity, reports]) if (query.isError) throw query.error;
  if (!partnership.data || !activity.data || activity.data.partnership_id !== partnershipId) return <NotFound />;
  const loaded = activity.data;
  const frozen = frozenYears(reports.data ?? []);
  const canEdit = roleIn(viewer, partnershipId) !== null;
  const yearFrozen = frozen.includes(loaded.year ?? 0);
  return (
    <>
      <p>
        <Link to={paths.activities.href(partnershipId)}>{t('activities.backToList', { partnership: partnership.data.name })}</Link>
      </p>
      <PageHeading>{activity.data.title}</PageHeading>
      <FormAlert tone="success" messageKey={saved ? 'activities.saved' : null} />
      <ActivityForm
        key={activity.data.id}
        partnershipId={partnershipId}
        activity={activity.data}
        frozenYears={frozen}
        label={t('activities.editTitle')}
        canEdit={canEdit}
        onSaved={() => setSaved(true)}
      />
      <EvidencePanel partnershipId={partnershipId} owner={{ activity_id: loaded.id }} canEdit={canEdit && !yearFrozen} heading={t('evidence.title')} />
      {canEdit && !yearFrozen && (
        <DeleteSection
          heading={t('activities.deleteTitle')}
          button={t('activities.delete')}
          confirmTitle={t('delete.confirmTitle', { title: activity.data.title })}
          consequences={t('activities.deleteBody')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={(close) => remove.mutate({ id: activityId, version: loaded.version }, { onSuccess: () => navigate(paths.activities.href(partnershipId), { replace: true }), onSettled: close })}
        />
      )}
    </>
  );
}
