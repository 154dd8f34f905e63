import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
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

export function ActivityRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { partnership, role, frozenYears: frozen } = usePartnershipContext();
  const partnershipId = partnership.id;
  const { activityId = '' } = useParams();
  const activity = useQuery(activityQueries.detail(activityId));
  const remove = useDeleteActivity();
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  if (activity.isPending) return <Loading />;
  if (activity.isError) throw activity.error;
  if (!activity.data || activity.data.partnership_id !== partnershipId) return <NotFound />;
  const loaded = activity.data;
  const canEdit = role !== null;
  const yearFrozen = frozen.includes(loaded.year ?? 0);
  return (
    <>
      <p>
        <Link to={paths.activities.href(partnershipId)}>{t('activities.backToList', { partnership: partnership.name })}</Link>
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
