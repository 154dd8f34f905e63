import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { usePartnershipContext } from '@/app/layout/partnership-layout';
import { DeleteSection } from '@/components/dialog/delete-section';
import { PageHeading } from '@/components/layout/page-heading';
import { Loading } from '@/components/status/loading';
import { NotFound } from '@/components/status/not-found';
import { paths } from '@/config/paths';
import { EvidencePanel } from '@/features/evidence/components/evidence-panel';
import type { FrozenState } from '@/features/reports/api/get-reports';
import { useDeleteIndicator } from '@/features/results/api/delete-result';
import { resultQueries, type IndicatorValue } from '@/features/results/api/get-results';
import { IndicatorProgressSummary } from '@/features/results/components/indicator-progress-summary';
import { ValueGrid } from '@/features/results/components/value-grid';
import { useFormat } from '@/lib/format';

export function IndicatorRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { partnership, role, frozenYearStates: frozen } = usePartnershipContext();
  const partnershipId = partnership.id;
  const { resultId = '', indicatorId = '' } = useParams();
  const indicator = useQuery(resultQueries.indicator(indicatorId));
  const remove = useDeleteIndicator();
  if (indicator.isPending) return <Loading />;
  if (indicator.isError) throw indicator.error;
  if (!indicator.data || indicator.data.result_id !== resultId || indicator.data.partnership_id !== partnershipId) return <NotFound />;
  const loaded = indicator.data;
  const canEdit = role !== null;
  // Every year of the partnership, and any year that already has a value.
  const lastYear = Math.max(partnership.ends_year ?? new Date().getFullYear(), ...loaded.indicator_values.map((value) => value.year));
  const firstYear = Math.min(partnership.starts_year, ...loaded.indicator_values.map((value) => value.year));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  return (
    <>
      <p>
        <Link to={paths.result.href(partnershipId, resultId)}>{t('indicators.backToResult')}</Link>
      </p>
      <PageHeading>{loaded.title}</PageHeading>
      <dl className="facts">
        {loaded.sdg_indicator_id && (
          <>
            <dt>{t('indicators.official')}</dt>
            <dd>{loaded.sdg_indicator_id}</dd>
          </>
        )}
        <dt>{t('indicators.measure')}</dt>
        <dd>
          {t(`indicators.measures.${loaded.measure}`)}
          {loaded.unit && ` (${loaded.unit})`}
        </dd>
        <dt>{t('indicators.direction')}</dt>
        <dd>{t(`indicators.directions.${loaded.higher_is_better ? 'higher' : 'lower'}`)}</dd>
        <dt>{t('indicators.baseline')}</dt>
        <dd>{loaded.baseline_value === null ? '—' : t('indicators.baselineText', { value: format.amount(loaded.baseline_value, loaded.unit), year: loaded.baseline_year })}</dd>
      </dl>
      {canEdit && (
        <p>
          <Link to={paths.editIndicator.href(partnershipId, resultId, indicatorId)}>{t('indicators.editTitle')}</Link>
        </p>
      )}
      <h2>{t('indicators.progress')}</h2>
      <IndicatorProgressSummary indicator={loaded} />
      <h2>{t('indicators.valuesTitle')}</h2>
      <ValueGrid key={`${loaded.id}-${loaded.disaggregated_by_sex}`} indicator={loaded} years={years} frozenYears={frozen} canEdit={canEdit} />
      <ValueEvidence partnershipId={partnershipId} values={loaded.indicator_values.filter((value) => value.sex === 'total')} frozenYears={frozen} canEdit={canEdit} />
      {canEdit && (
        <DeleteSection
          heading={t('indicators.deleteTitle')}
          button={t('indicators.delete')}
          confirmTitle={t('delete.confirmTitle', { title: loaded.title })}
          consequences={t('indicators.deleteBody')}
          isPending={remove.isPending}
          error={remove.error}
          onConfirm={(close) => remove.mutate(loaded, { onSuccess: () => navigate(paths.result.href(partnershipId, resultId), { replace: true }), onSettled: close })}
        />
      )}
    </>
  );
}

/**
 * Evidence belongs to one year's value: the reader picks the year, then sees and adds its files.
 * Coming from a year's report (?year=), that year comes first; otherwise the latest.
 */
function ValueEvidence({ partnershipId, values, frozenYears, canEdit }: { partnershipId: string; values: IndicatorValue[]; frozenYears: ReadonlyMap<number, FrozenState>; canEdit: boolean }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const fromReport = values.find((value) => String(value.year) === searchParams.get('year'));
  const [chosenId, setChosenId] = useState((fromReport ?? values.at(-1))?.id ?? '');
  const chosen = values.find((value) => value.id === chosenId);
  if (values.length === 0) return null;
  return (
    <section aria-labelledby="value-evidence-heading">
      <h2 id="value-evidence-heading">{t('indicators.evidenceTitle')}</h2>
      <div className="field">
        <label htmlFor="value-evidence-year">{t('indicators.evidenceYear')}</label>
        <select id="value-evidence-year" value={chosenId} onChange={(event) => setChosenId(event.target.value)}>
          {values.map((value) => (
            <option key={value.id} value={value.id}>
              {value.year}
            </option>
          ))}
        </select>
      </div>
      {chosen && (
        <EvidencePanel
          key={chosen.id}
          partnershipId={partnershipId}
          owner={{ indicator_value_id: chosen.id }}
          canEdit={canEdit && !frozenYears.has(chosen.year)}
          heading={t('indicators.evidenceOfYear', { year: chosen.year })}
        />
      )}
    </section>
  );
}
