import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { PageHeading } from '@/components/layout/page-heading';
import { paths } from '@/config/paths';
import { ResultForm } from '@/features/results/components/result-form';

export function NewResultRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partnership, role } = usePartnershipContext();
  const partnershipId = partnership.id;
  return (
    <>
      <PageHeading>{t('results.newTitle')}</PageHeading>
      <p className="lead">{partnership.name}</p>
      <ResultForm
        partnershipId={partnershipId}
        label={t('results.newTitle')}
        canEdit={role !== null}
        onSaved={(resultId) => navigate(paths.result.href(partnershipId, resultId), { state: { saved: true } })}
      />
    </>
  );
}
