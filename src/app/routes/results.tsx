import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { paths } from '@/config/paths';
import { resultQueries } from '@/features/results/api/get-results';
import { IndicatorProgressSummary } from '@/features/results/components/indicator-progress-summary';
import { PartnershipTabs } from './partnership-tabs';

export function ResultsRoute() {
  const { t } = useTranslation();
  const { partnership, role } = usePartnershipContext();
  const partnershipId = partnership.id;
  const results = useQuery(resultQueries.list(partnershipId));
  if (results.isPending) return <Loading />;
  if (results.isError) throw results.error;
  return (
    <>
      <PageHeading>{t('results.title')}</PageHeading>
      <PartnershipTabs partnershipId={partnershipId} name={partnership.name} />
      <p className="lead">{t('results.intro', { partnership: partnership.name })}</p>
      {role && (
        <p>
          <Link to={paths.newResult.href(partnershipId)} className="button button-primary">
            {t('results.newResult')}
          </Link>
        </p>
      )}
      {results.data.length === 0 ? (
        <p>{t('results.none')}</p>
      ) : (
        <ul className="result-list">
          {results.data.map((result) => (
            <li key={result.id} className="card">
              <h2>
                <Link to={paths.result.href(partnershipId, result.id)}>{result.title}</Link>
              </h2>
              <p className="muted">
                {t(`results.levels.${result.level}`)} · {result.change_level ? t(`results.changeLevels.${result.change_level}`) : t('results.notClassified')}
                {result.change_side && ` · ${t(`results.changeSides.${result.change_side}`)}`} · {result.result_targets.map((link) => `${link.target_id} (${t(`targetLinks.${link.contribution}`)})`).join(', ')}
              </p>
              {result.indicators.length === 0 ? (
                <p>{t('results.noIndicators')}</p>
              ) : (
                <ul className="indicator-list">
                  {result.indicators.map((indicator) => (
                    <li key={indicator.id}>
                      <h3>
                        <Link to={paths.indicator.href(partnershipId, result.id, indicator.id)}>{indicator.title}</Link>
                        {indicator.sdg_indicator_id && <span className="muted"> · {t('indicators.officialShort', { id: indicator.sdg_indicator_id })}</span>}
                      </h3>
                      <IndicatorProgressSummary indicator={indicator} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
