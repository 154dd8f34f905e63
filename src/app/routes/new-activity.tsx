import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { ActivityForm } from '@/features/activities/components/activity-form';

export function NewActivityRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partnership, role, frozenYears } = usePartnershipContext();
  const partnershipId = partnership.id;
  return (
    <>
      <PageHeading>{t('activities.newTitle')}</PageHeading>
      <p className="lead">{partnership.name}</p>
      <ActivityForm
        partnershipId={partnershipId}
        frozenYears={frozenYears}
        label={t('activities.newTitle')}
        canEdit={role !== null}
        onSaved={(activityId) => navigate(paths.activity.href(partnershipId, activityId), { state: { saved: true } })}
      />
    </>
  );
}
