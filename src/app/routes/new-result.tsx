import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useOutletContext, useParams } from 'react-router';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { partnershipQueries } from '@/features/partnerships/api/get-partnership';
import { ResultForm } from '@/features/results/components/result-form';
import { roleIn, type Viewer } from '@/features/viewer/api/get-viewer';

export function NewResultRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useOutletContext<Viewer>();
  const { partnershipId = '' } = useParams();
  const partnership = useQuery(partnershipQueries.detail(partnershipId));
  if (partnership.isPending) return <Loading />;
  if (partnership.isError) throw partnership.error;
  if (!partnership.data) return <NotFound />;
  return (
    <>
      <PageHeading>{t('results.newTitle')}</PageHeading>
      <p className="lead">{partnership.data.name}</p>
      <ResultForm
        partnershipId={partnershipId}
        label={t('results.newTitle')}
        canEdit={roleIn(viewer, partnershipId) !== null}
        onSaved={(resultId) => navigate(paths.result.href(partnershipId, resultId), { state: { saved: true } })}
      />
    </>
  );
}
