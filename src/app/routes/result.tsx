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
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import { useDeleteResult } from '@/features/results/api/delete-result';
import { resultQueries } from '@/features/results/api/get-results';
import { IndicatorProgressSummary } from '@/features/results/components/indicator-progress-summary';
import { ResultForm } from '@/features/results/components/result-form';

export function ResultRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { partnership, role } = usePartnershipContext();
  const partnershipId = partnership.id;
  const { resultId = '' } = useParams();
  const result = useQuery(resultQueries.detail(resultId));
  const remove = useDeleteResult();
  const [saved, setSaved] = useState(Boolean((location.state as { saved?: boolean } | null)?.saved));
  if (result.isPending) return <Loading />;
  if (result.isError) throw result.error;
  if (!result.data || result.data.partnership_id !== partnershipId) return <NotFound />;
  const loaded = result.data;
  const canEdit = role !== null;
  return (
    <>
      <p>
        <Link to={paths.results.href(partnershipId)}>{t('results.backToList')}</Link>
      </p>
      <PageHeading>{loaded.title}</PageHeading>
      <FormAlert tone="success" messageKey={saved ? 'results.saved' : null} />
      <ResultForm key={loaded.id} partnershipId={partnershipId} result={loaded} label={t('results.editTitle')} canEdit={canEdit} onSaved={() => setSaved(true)} />
      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t('results.indicators')}</h2>
        {loaded.indicators.length === 0 && <p>{t('results.noIndicators')}</p>}
        <ul className="indicator-list">
          {loaded.indicators.map((indicator) => (
            <li key={indicator.id}>
              <h3>
                <Link to={paths.indicator.href(partnershipId, loaded.id, indicator.id)}>{indicator.title}</Link>
              </h3>
              <IndicatorProgressSummary indicator={indicator} />
            </li>
          ))}
        </ul>
        {canEdit && (
          <p>
            <Link to={paths.newIndicator.href(partnershipId, loaded.id)} className="button">
              {t('results.addIndicator')}
            </Link>
          </p>
        )}
      </section>
      <EvidencePanel partnershipId={partnershipId} owner={{ result_id: loaded.id }} canEdit={canEdit} heading={t('evidence.title')} />
      {canEdit && (
        <DeleteSection
          heading={t('results.deleteTitle')}
          button={t('results.delete')}
          confirmTitle={t('delete.confirmTitle', { title: loaded.title })}
          consequences={t('results.deleteBody')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={(close) => remove.mutate(loaded, { onSuccess: () => navigate(paths.results.href(partnershipId), { replace: true }), onSettled: close })}
        />
      )}
    </>
  );
}
