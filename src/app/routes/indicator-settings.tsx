import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { resultQueries } from '@/features/results/api/get-results';
import { IndicatorForm } from '@/features/results/components/indicator-form';

/** Adds an indicator to a result, or (with an indicator in the path) changes its definition. */
export function IndicatorSettingsRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { partnership, role } = usePartnershipContext();
  const partnershipId = partnership.id;
  const { resultId = '', indicatorId } = useParams();
  const result = useQuery(resultQueries.detail(resultId));
  const indicator = useQuery({ ...resultQueries.indicator(indicatorId ?? ''), enabled: Boolean(indicatorId) });
  if (result.isPending || (indicatorId && indicator.isPending)) return <Loading />;
  if (result.isError) throw result.error;
  if (indicator.isError) throw indicator.error;
  if (!result.data || result.data.partnership_id !== partnershipId || (indicatorId && indicator.data?.result_id !== resultId)) return <NotFound />;
  const title = indicatorId ? t('indicators.editTitle') : t('indicators.newTitle');
  return (
    <>
      <p>
        <Link to={paths.result.href(partnershipId, resultId)}>{result.data.title}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      <IndicatorForm
        key={indicatorId ?? 'new'}
        result={result.data}
        indicator={indicator.data ?? undefined}
        label={title}
        canEdit={role !== null}
        onSaved={(savedId) => navigate(paths.indicator.href(partnershipId, resultId, savedId), { state: { saved: true } })}
      />
    </>
  );
}
